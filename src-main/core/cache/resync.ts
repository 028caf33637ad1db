import { rebuildDerivedData } from './derived-data.ts';
import type { Cache } from './open-cache.ts';
import { createShadows, swapInShadows } from './shadow-tables.ts';
import { readSyncMeta } from './sync-meta.ts';

/**
 * Starts a full resync (stale cursor, new epoch or schema version): empty shadow tables receive the
 * pull from the beginning while the live tables stay readable. Starting again discards a resync
 * that was left unfinished.
 */
export function beginResync(cache: Cache): void {
  cache.sqlite.transaction(() => {
    createShadows(cache.sqlite);
    cache.sqlite.prepare('update sync_meta set cursor = null, resyncing = 1 where id = 1').run();
  })();
}

/**
 * Swaps the complete shadow tables in, in one transaction: readers see the old cache until the
 * commit and the new one after it, never a mix.
 */
export function finishResync(cache: Cache): void {
  cache.sqlite.transaction(() => {
    if (readSyncMeta(cache.sqlite).resyncing !== 1) throw new Error('没有进行中的重新同步');
    swapInShadows(cache.sqlite);
    rebuildDerivedData(cache.sqlite);
    cache.sqlite.prepare('update sync_meta set resyncing = 0 where id = 1').run();
  })();
}
