import { join } from 'node:path';
import { openCache, type Cache } from '../../../src-main/core/cache/index.ts';
import { createSyncEngine, type SyncEngine } from '../../../src-main/core/sync/index.ts';
import type { BigServer } from './big-server.ts';
import { BENCH_DIR, PAGE_LIMIT, removeDatabase } from './synced-cache.ts';

/** The engine on a cache, in this process: for timing what the core worker's thread would do. */
export interface InProcessClient {
  cache: Cache;
  engine: SyncEngine;
  close(): Promise<void>;
}

export async function openInProcessClient(big: BigServer, cachePath: string): Promise<InProcessClient> {
  const cache = await openCache(cachePath);
  const engine = createSyncEngine({
    cache,
    baseUrl: big.server.baseUrl,
    getToken: () => big.token,
    adminId: big.unit.adminId,
    attachmentsDir: join(BENCH_DIR, 'attachments-unused'),
    prefetchBudgetBytes: 0,
    pageLimit: PAGE_LIMIT,
  });
  return {
    cache,
    engine,
    async close() {
      await engine.stop();
      await cache.close();
      removeDatabase(cachePath);
    },
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds `work` takes. */
export async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
