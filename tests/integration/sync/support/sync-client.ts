import { join } from 'node:path';
import { openCache, type Cache } from '../../../../src-main/core/cache/index.ts';
import type { DecisionContext } from '../../../../src-main/core/decisions/index.ts';
import {
  createSyncEngine,
  type SyncEngine,
  type SyncEngineOptions,
} from '../../../../src-main/core/sync/index.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';

/** A desktop client's cache and sync engine, talking to `origin` (the proxy) quickly retrying. */
export interface SyncClient {
  dir: string;
  cache: Cache;
  engine: SyncEngine;
  decisions: DecisionContext;
  clientId(): string;
  close(): Promise<void>;
}

export const FAST_RETRY = {
  retry: { attempts: 8, baseDelayMs: 10, maxDelayMs: 100 },
  probe: { baseDelayMs: 20, maxDelayMs: 200 },
  requestTimeoutMs: 5_000,
};

export async function openSyncClient(
  origin: string,
  account: { adminId: string; token: string },
  overrides: Partial<SyncEngineOptions> = {},
): Promise<SyncClient> {
  const dir = makeTempDir('sync-client');
  const cache = await openCache(join(dir.path, 'cache.sqlite'));
  const engine = createSyncEngine({
    cache,
    baseUrl: `${origin}/api/v1`,
    getToken: () => account.token,
    adminId: account.adminId,
    attachmentsDir: join(dir.path, 'attachments'),
    prefetchBudgetBytes: 0,
    ...FAST_RETRY,
    ...overrides,
  });
  return {
    dir: dir.path,
    cache,
    engine,
    decisions: { cache, adminId: account.adminId },
    clientId: () =>
      cache.sqlite.prepare<[], { client_id: string }>('select client_id from sync_meta').get()!.client_id,
    async close() {
      await engine.stop();
      await cache.close();
      dir.remove();
    },
  };
}
