// The client's sync in a worker thread, as the desktop core runs it: opens the cache, syncs once
// (or pushes and syncs after approving, when asked) and reports back to the thread that started it.
import { parentPort, workerData } from 'node:worker_threads';
import { openCache } from '../../../src-main/core/cache/index.ts';
import { createSyncEngine, lowerThreadPriority } from '../../../src-main/core/sync/index.ts';

export interface SyncWorkerData {
  baseUrl: string;
  token: string;
  adminId: string;
  cachePath: string;
  attachmentsDir: string;
  pageLimit: number;
}

export type SyncWorkerMessage =
  | { type: 'progress'; rowsDone: number; rowsTotal: number }
  | { type: 'done'; ms: number; rows: number; error?: string };

lowerThreadPriority();
const data = workerData as SyncWorkerData;
const port = parentPort!;
const cache = await openCache(data.cachePath);
const engine = createSyncEngine({
  cache,
  baseUrl: data.baseUrl,
  getToken: () => data.token,
  adminId: data.adminId,
  attachmentsDir: data.attachmentsDir,
  prefetchBudgetBytes: 0,
  pageLimit: data.pageLimit,
});
let rows = 0;
engine.onState((state) => {
  if (!state.progress) return;
  rows = state.progress.rowsDone;
  port.postMessage({ type: 'progress', ...state.progress } satisfies SyncWorkerMessage);
});
const started = performance.now();
const state = await engine.syncNow();
const ms = performance.now() - started;
await engine.stop();
await cache.close();
port.postMessage({ type: 'done', ms, rows, error: state.lastError } satisfies SyncWorkerMessage);
