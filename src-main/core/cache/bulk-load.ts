import type Database from 'better-sqlite3';

/**
 * Page cache while a resync appends to the shadow tables: a page's rows are appended to the ends of
 * index-less tables, so a few MiB of dirty pages per commit is all the cache ever holds usefully;
 * the cache's usual 64 MiB would only add to the worker's memory during a million-row pull.
 */
const APPEND_CACHE_KIB = 16 * 1024;

/**
 * Page cache, and so each sorter's in-memory run, while the swap builds the indexes: a million
 * index entries sort as a dozen 8 MiB runs merged in one pass, no slower than in 64 MiB runs, and
 * the runs of all sorter threads together stay a few dozen MiB.
 */
const INDEX_BUILD_CACHE_KIB = 8 * 1024;

/**
 * Sorter threads while the swap builds the indexes of the full tables: the server has answered the
 * last page by then, so the second core is free. Each thread sorts within the page cache's budget.
 */
const INDEX_BUILD_THREADS = 2;

type Setting = 'synchronous' | 'cache_size' | 'temp_store' | 'threads';

/** Sets pragmas on the connection and returns the function that puts the previous values back. */
function withPragmas(sqlite: Database.Database, values: Partial<Record<Setting, string | number>>) {
  const previous = Object.keys(values).map((name) => [name, sqlite.pragma(name, { simple: true })] as const);
  for (const [name, value] of Object.entries(values)) sqlite.pragma(`${name} = ${value}`);
  return () => {
    for (const [name, value] of previous.reverse()) {
      if (sqlite.open) sqlite.pragma(`${name} = ${String(value)}`);
    }
  };
}

/**
 * While a resync appends pages to the shadow tables: a small page cache. It holds for the whole pull,
 * across the waits for pages; durability does not (see `pageCommitSettings`).
 */
export function shadowAppendSettings(sqlite: Database.Database): () => void {
  return withPragmas(sqlite, { cache_size: -APPEND_CACHE_KIB });
}

/**
 * For the commit of one pulled page, set and put back around that transaction alone (never across
 * an await, when a decision may commit on the same connection): a page lost to a power cut is simply
 * pulled again, since its cursor is lost with it. A live page commits without waiting for the disk
 * (synchronous NORMAL: a crash of the app loses nothing, a power cut may lose the last pages); a
 * shadow page without fsync at all (OFF: a resync that a power cut interrupts starts over, shadows
 * discarded). Everything else commits with the cache's FULL (see open-cache.ts).
 */
export function pageCommitSettings(sqlite: Database.Database, resyncing: boolean): () => void {
  return withPragmas(sqlite, { synchronous: resyncing ? 'OFF' : 'NORMAL' });
}

/**
 * While the swap builds the indexes of the full tables (with the cache's full durability): sorts
 * spilled to temporary files rather than kept in memory (the worker's memory stays flat and
 * it is no slower), and sorter threads on the core the finished pull left free.
 */
export function indexBuildSettings(sqlite: Database.Database): () => void {
  return withPragmas(sqlite, {
    cache_size: -INDEX_BUILD_CACHE_KIB,
    temp_store: 'FILE',
    threads: INDEX_BUILD_THREADS,
  });
}
