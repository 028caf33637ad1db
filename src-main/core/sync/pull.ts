import { SYNC_SCHEMA_VERSION, type PullResponse } from '../../../src-shared/contract/sync.ts';
import {
  applyPullPage,
  beginResync,
  finishResync,
  indexBuildSettings,
  pageCommitSettings,
  readSyncMeta,
  shadowAppendSettings,
  type Cache,
} from '../cache/index.ts';
import { withRetries } from './backoff.ts';
import { checkpoint } from './checkpoint.ts';
import { SyncError } from './errors.ts';
import type { Answer } from './http-client.ts';
import { dropAnsweredTargets, reapplyWaiting } from './reapply.ts';
import type { SyncProgress, SyncRun } from './sync-run.ts';

/** A stale cursor met again while resyncing (the server replaced its data twice) starts over, a few times. */
const RESYNC_RESTARTS = 3;

const retryable = (error: unknown) => error instanceof SyncError && error.retryable;
const resyncing = (cache: Cache) => readSyncMeta(cache.sqlite).resyncing === 1;

/**
 * A first sync, and a cache of another schema version, pull everything into the shadow tables (the
 * fast path: appended without indexes, swapped in once complete). A resync left unfinished resumes.
 */
function needsFullPull(cache: Cache): boolean {
  const meta = readSyncMeta(cache.sqlite);
  if (meta.resyncing === 1) return false;
  return (
    meta.cursor === null || (meta.schema_version !== null && meta.schema_version !== SYNC_SCHEMA_VERSION)
  );
}

/**
 * Writes a page with its cursor in one transaction; in the live tables, the decisions still waiting
 * are applied again in the same transaction, so no reader ever sees a pulled row hide one.
 */
function applyPage(run: SyncRun, page: PullResponse): number {
  const { sqlite } = run.cache;
  const intoShadows = resyncing(run.cache);
  const restore = pageCommitSettings(sqlite, intoShadows);
  let written: number;
  try {
    written = sqlite.transaction(() => {
      const rows = applyPullPage(run.cache, page, run.now);
      if (intoShadows) return rows;
      if (rows > 0 || Object.keys(page.tombstones).length > 0) reapplyWaiting(sqlite, run.adminId);
      if (!page.hasMore) dropAnsweredTargets(sqlite);
      return rows;
    })();
  } finally {
    restore();
  }
  // Between pages the WAL is copied back at once, to keep it short; after the last one the engine
  // does it shortly after the sync ends, so the administrator does not wait for it.
  if (page.hasMore) checkpoint(sqlite);
  return written;
}

/**
 * Swaps the complete shadow tables in, with the waiting decisions applied on them, in one
 * transaction, under the index-building settings (see bulk-load.ts).
 */
function finishFullPull(run: SyncRun): void {
  const { sqlite } = run.cache;
  const restore = indexBuildSettings(sqlite);
  try {
    sqlite.transaction(() => {
      finishResync(run.cache);
      reapplyWaiting(sqlite, run.adminId);
      dropAnsweredTargets(sqlite);
    })();
  } finally {
    restore();
  }
  checkpoint(sqlite);
}

/**
 * Pulls page after page from the cursor the cache committed last. The next page is asked for as
 * soon as a page has arrived, so the server reads it while this one is written.
 */
async function pullPages(run: SyncRun, limit: number): Promise<void> {
  const pages = new AbortController();
  const signal = AbortSignal.any([run.signal, pages.signal]);
  const fetchPage = (cursor: string | null, withRemaining: boolean) =>
    withRetries(
      () =>
        run.http.postJson<PullResponse>(
          '/sync/pull',
          JSON.stringify({ cursor, limit, withRemaining }),
          signal,
        ),
      retryable,
      { ...run.retry, signal },
    );
  const progress: SyncProgress = { rowsDone: 0, rowsTotal: 0, bytes: 0 };
  run.report(resyncing(run.cache) ? 'resyncing' : 'pulling', { ...progress });
  let pending: Promise<Answer<PullResponse>> | undefined = fetchPage(
    readSyncMeta(run.cache.sqlite).cursor,
    true,
  );
  try {
    while (pending) {
      const { value: page, bytes }: Answer<PullResponse> = await pending;
      if (page.schemaVersion !== SYNC_SCHEMA_VERSION) {
        throw new SyncError('refused', '服务器的同步协议版本已更新，请升级客户端后再同步');
      }
      pending = page.hasMore ? fetchPage(page.cursor, false) : undefined;
      pending?.catch(() => {});
      const rows = applyPage(run, page);
      progress.rowsDone += rows;
      progress.rowsTotal = Math.max(progress.rowsTotal, progress.rowsDone + (page.remaining ?? 0));
      progress.bytes += bytes;
      run.report(resyncing(run.cache) ? 'resyncing' : 'pulling', { ...progress });
    }
  } finally {
    pages.abort();
  }
}

/**
 * Pulls until caught up. A resync fills the shadow tables under the bulk-append settings, put back
 * before the swap, which runs with the cache's usual durability.
 */
async function pullAll(run: SyncRun, limit: number): Promise<void> {
  if (!resyncing(run.cache)) return pullPages(run, limit);
  const restore = shadowAppendSettings(run.cache.sqlite);
  try {
    await pullPages(run, limit);
  } finally {
    restore();
  }
  finishFullPull(run);
}

/**
 * Pulls the unit's changes until caught up. A stale cursor (409 RESYNC_REQUIRED) or a cache of an
 * older schema version pulls everything again into shadow tables, swapped in only when complete.
 */
export async function pullChanges(run: SyncRun, limit: number): Promise<void> {
  if (needsFullPull(run.cache)) beginResync(run.cache);
  for (let restarts = 0; ; restarts++) {
    try {
      await pullAll(run, limit);
      return;
    } catch (error) {
      if (!(error instanceof SyncError && error.kind === 'resync') || restarts >= RESYNC_RESTARTS)
        throw error;
      beginResync(run.cache);
    }
  }
}
