// A core worker for the kill tests: it speaks the real core worker's messages (src-main/core/worker/
// messages.ts), so the real client (startCore) runs and kills it, and hosts the cache, the decisions
// and the sync engine the way the core worker does. Calls: open, approve, sync, close.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CallResult } from '../../../../src-shared/contract/index.ts';
import { openCache, type Cache } from '../../../../src-main/core/cache/index.ts';
import { approveDeclarations } from '../../../../src-main/core/decisions/index.ts';
import { createSyncEngine, type SyncEngine } from '../../../../src-main/core/sync/index.ts';
import type { CoreWorkerData, FromWorker, ToWorker } from '../../../../src-main/core/worker/messages.ts';
import { FAST_RETRY } from './sync-client.ts';

export interface OpenArgs {
  baseUrl: string;
  token: string;
  adminId: string;
  pageLimit?: number;
}

const port = parentPort!;
const { userDataDir } = workerData as CoreWorkerData;
let opened: { cache: Cache; engine: SyncEngine; adminId: string } | null = null;

async function open(args: OpenArgs) {
  const cache = await openCache(join(userDataDir, 'cache.sqlite'));
  const engine = createSyncEngine({
    cache,
    baseUrl: args.baseUrl,
    getToken: () => args.token,
    adminId: args.adminId,
    attachmentsDir: join(userDataDir, 'attachments'),
    prefetchBudgetBytes: 0,
    ...FAST_RETRY,
    ...(args.pageLimit ? { pageLimit: args.pageLimit } : {}),
  });
  opened = { cache, engine, adminId: args.adminId };
  return null;
}

function workspace() {
  if (!opened) throw new Error('not open');
  return opened;
}

const calls: Record<string, (args: never) => unknown> = {
  open,
  approve: ({ ids }: { ids: string[] }) => {
    const { cache, adminId } = workspace();
    return approveDeclarations({ cache, adminId }, ids);
  },
  sync: () => workspace().engine.syncNow(),
};

async function answer(channel: string, args: unknown): Promise<CallResult<unknown>> {
  try {
    return { ok: true, value: await calls[channel]!(args as never) };
  } catch (error) {
    return { ok: false, error: { code: 'INTERNAL', message: String(error) } };
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'call') {
    void answer(message.channel, message.args).then((result) =>
      port.postMessage({ type: 'result', id: message.id, result } satisfies FromWorker),
    );
  } else if (message.type === 'close') {
    void (async () => {
      await opened?.engine.stop();
      await opened?.cache.close();
      port.postMessage({ type: 'closed' } satisfies FromWorker);
      port.close();
    })();
  }
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
