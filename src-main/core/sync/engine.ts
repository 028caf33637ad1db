import { readSyncMeta, type Cache } from '../cache/index.ts';
import type { AttachmentFile } from './attachment-files.ts';
import { createAttachmentStore, type PrefetchSummary } from './attachments.ts';
import type { BackoffOptions, RetryOptions } from './backoff.ts';
import { checkpoint, takeOverCheckpoints } from './checkpoint.ts';
import { reconnectProbe } from './connectivity.ts';
import { SyncCancelled, SyncError } from './errors.ts';
import { createSyncHttp } from './http-client.ts';
import { openConflictCount, waitingCount } from './outbox.ts';
import { pullChanges } from './pull.ts';
import { pushOutbox } from './push.ts';
import type { SyncRun } from './sync-run.ts';
import { syncStateStore, type SyncState, type SyncStateListener } from './sync-state.ts';

/**
 * Options of `createSyncEngine`. Only the first five are required.
 *
 * - `cache`: the account's open cache (openCache); the engine never closes it.
 * - `baseUrl`: the sync API root, e.g. `https://ce.example.cn/api/v1`.
 * - `getToken`: the session token for each request (sync or async); null when there is none, which
 *   the state shows as `unauthorized`. Called per request, so a new log-in takes effect at once.
 * - `adminId`: the signed-in administrator, written as `decided_by`/`printed_by` of optimistic rows.
 * - `attachmentsDir`: where scans are kept (one folder per cache).
 * - `prefetchBudgetBytes`: disk bytes for prefetched scans of pending declarations (default 256 MiB;
 *   0 turns prefetch off).
 * - `pageLimit`: rows per pull page (default 10,000; the server allows up to 20,000).
 * - `pushBatchSize`: mutations per push request (default and most 500).
 * - `requestTimeoutMs`: per request, body included (default 60 s).
 * - `retry`: attempts and backoff for network failures and 5xx within one sync (default 4 attempts,
 *   0.5 s doubling to 8 s, with jitter).
 * - `probe`: backoff of the health probe while offline (default 1 s doubling to 60 s).
 * - `decidedDelayMs`: after `decided()`, the pause before a push, so that decisions made in a row go
 *   together (default 1 s; only while started by `start`).
 *
 * The engine takes over the cache's WAL checkpoints (see checkpoint.ts): SQLite no longer runs them
 * inside a commit; the engine runs one after each push answer, between two pulled pages, and
 * shortly after each sync and each decision it is told of.
 * - `fetch`, `now`: for tests.
 * - `onState`: a first state listener (more with `onState`).
 */
export interface SyncEngineOptions {
  cache: Cache;
  baseUrl: string;
  getToken: () => string | null | Promise<string | null>;
  adminId: string;
  attachmentsDir: string;
  prefetchBudgetBytes?: number;
  pageLimit?: number;
  pushBatchSize?: number;
  requestTimeoutMs?: number;
  retry?: Omit<RetryOptions, 'signal'>;
  probe?: BackoffOptions;
  decidedDelayMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
  onState?: SyncStateListener;
}

export interface SyncEngine {
  /** Pushes, then pulls until caught up; one sync at a time (a call during a sync gets the next). Never throws. */
  syncNow(): Promise<SyncState>;
  /** Syncs now and then every `intervalMs` after each sync ends; while offline, the probe decides when. */
  start(intervalMs: number): void;
  /** Stops the timer and the probe, cancels the sync in flight and waits for it to end. */
  stop(): Promise<void>;
  state(): SyncState;
  /** Calls `listener` with every new state; returns the function that stops it. */
  onState(listener: SyncStateListener): () => void;
  /** A scan from this PC, or downloaded and kept; refuses (UNAVAILABLE) offline if not kept. */
  attachment(attachmentId: string): Promise<AttachmentFile>;
  /** Tells the engine a decision was recorded: the counts are refreshed and, if started, a push follows soon. */
  decided(): void;
  /** Downloads the scans of pending declarations within the budget (also run after each good sync). */
  prefetch(): Promise<PrefetchSummary>;
}

/** After a decision or a sync, the WAL is checkpointed once the UI has had time to show it done. */
const CHECKPOINT_DELAY_MS = 200;

const DEFAULTS = {
  prefetchBudgetBytes: 256 * 1024 * 1024,
  pageLimit: 10_000,
  pushBatchSize: 500,
  requestTimeoutMs: 60_000,
  retry: { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 },
  probe: { baseDelayMs: 1_000, maxDelayMs: 60_000 },
  decidedDelayMs: 1_000,
};

/** A failed request tells whether the server was reachable, and whether the session still holds. */
function connectionAfter(error: SyncError): SyncState['connection'] {
  if (error.kind === 'offline') return 'offline';
  return error.kind === 'unauthorized' ? 'unauthorized' : 'online';
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const settings = { ...DEFAULTS, ...options };
  const { cache } = options;
  const now = options.now ?? (() => new Date());
  const http = createSyncHttp({
    baseUrl: options.baseUrl,
    getToken: options.getToken,
    timeoutMs: settings.requestTimeoutMs,
    fetch: options.fetch,
  });
  const attachments = createAttachmentStore({
    dir: options.attachmentsDir,
    http,
    budgetBytes: settings.prefetchBudgetBytes,
  });
  takeOverCheckpoints(cache.sqlite);
  const counts = () => ({ waiting: waitingCount(cache.sqlite), conflicts: openConflictCount(cache.sqlite) });
  const store = syncStateStore({
    connection: 'online',
    phase: 'idle',
    lastSyncAt: readSyncMeta(cache.sqlite).last_synced_at,
    ...counts(),
  });
  if (options.onState) store.listen(options.onState);

  let controller = new AbortController();
  let running: Promise<SyncState> | null = null;
  let queued: Promise<SyncState> | null = null;
  let prefetching: Promise<PrefetchSummary> | null = null;
  let intervalMs: number | null = null;
  let timer: NodeJS.Timeout | null = null;
  let soon: NodeJS.Timeout | null = null;
  let checkpointSoon: NodeJS.Timeout | null = null;

  const probe = reconnectProbe(
    (signal) => http.isReachable(signal),
    () => {
      store.update({ connection: 'online' });
      void syncNow();
    },
    settings.probe,
  );

  function fail(error: unknown): void {
    const idle = { phase: 'idle' as const, ...counts() };
    // Stopping aborts whatever the run waits on (a request, a retry's back-off): not a failure.
    if (error instanceof SyncCancelled || controller.signal.aborted) return store.update(idle, ['progress']);
    if (!(error instanceof SyncError)) {
      console.error('[sync] sync failed', error);
      const message = `同步失败：${error instanceof Error ? error.message : String(error)}`;
      return store.update({ ...idle, lastError: message }, ['progress']);
    }
    store.update({ ...idle, connection: connectionAfter(error), lastError: error.message }, ['progress']);
    if (error.kind === 'offline') probe.start();
  }

  async function runOnce(): Promise<SyncState> {
    const run: SyncRun = {
      cache,
      http,
      adminId: options.adminId,
      now,
      signal: controller.signal,
      retry: settings.retry,
      report: (phase, progress) => store.update({ phase, ...(progress ? { progress } : {}), ...counts() }),
    };
    try {
      await pushOutbox(run, settings.pushBatchSize);
      await pullChanges(run, settings.pageLimit);
      probe.stop();
      const lastSyncAt = readSyncMeta(cache.sqlite).last_synced_at;
      store.update({ connection: 'online', phase: 'idle', lastSyncAt, ...counts() }, [
        'progress',
        'lastError',
      ]);
      if (settings.prefetchBudgetBytes > 0) void prefetch().catch(() => {});
    } catch (error) {
      fail(error);
    }
    checkpointShortly();
    return store.get();
  }

  function checkpointShortly(): void {
    if (checkpointSoon) clearTimeout(checkpointSoon);
    checkpointSoon = setTimeout(() => {
      checkpointSoon = null;
      checkpoint(cache.sqlite);
    }, CHECKPOINT_DELAY_MS);
  }

  function scheduleNext(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (intervalMs === null) return;
    timer = setTimeout(() => {
      timer = null;
      if (store.get().connection === 'offline') return scheduleNext();
      void syncNow();
    }, intervalMs);
  }

  function syncNow(): Promise<SyncState> {
    if (controller.signal.aborted) controller = new AbortController();
    if (!running) {
      running = runOnce().finally(() => {
        running = null;
        scheduleNext();
      });
      return running;
    }
    // The sync after the running one, unless the engine was stopped meanwhile.
    queued ??= running.then(() => {
      queued = null;
      return controller.signal.aborted ? store.get() : syncNow();
    });
    return queued;
  }

  function prefetch(): Promise<PrefetchSummary> {
    prefetching ??= attachments.prefetch(cache.sqlite, controller.signal).finally(() => {
      prefetching = null;
    });
    return prefetching;
  }

  return {
    syncNow,
    start(every) {
      intervalMs = every;
      void syncNow();
    },
    async stop() {
      intervalMs = null;
      for (const pending of [timer, soon, checkpointSoon]) if (pending) clearTimeout(pending);
      timer = soon = checkpointSoon = null;
      probe.stop();
      controller.abort();
      await Promise.allSettled([running, queued, prefetching]);
      checkpoint(cache.sqlite);
    },
    state: () => store.get(),
    onState: (listener) => store.listen(listener),
    attachment: (attachmentId) => attachments.get(attachmentId),
    decided() {
      store.update(counts());
      checkpointShortly();
      if (intervalMs === null || store.get().connection !== 'online') return;
      if (soon) clearTimeout(soon);
      soon = setTimeout(() => {
        soon = null;
        void syncNow();
      }, settings.decidedDelayMs);
    },
    prefetch,
  };
}
