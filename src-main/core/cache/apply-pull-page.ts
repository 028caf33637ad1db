import type Database from 'better-sqlite3';
import type { ColumnBlock, PullResponse, SyncedTable } from '../../../src-shared/contract/sync.ts';
import { checkPage } from './check-page.ts';
import type { Cache } from './open-cache.ts';
import { targetOf } from './shadow-tables.ts';
import { epochOfCursor, readSyncMeta } from './sync-meta.ts';
import { tableKeys } from './table-keys.ts';
import { pageUpsertFor, type PageWriter } from './page-upsert.ts';
import { ROWS_PER_STATEMENT, rowWriterFor } from './row-writer.ts';

/**
 * Writes one pulled page: upserts its rows, deletes its tombstones and moves the cursor, all in one
 * transaction, so a crash or a cut connection resumes exactly after the last page that committed.
 * While a resync runs, the page goes into the shadow tables instead. Returns the rows written.
 */
export function applyPullPage(cache: Cache, page: PullResponse, now: () => Date = () => new Date()): number {
  checkPage(page);
  return cache.sqlite.transaction(() => {
    const resyncing = readSyncMeta(cache.sqlite).resyncing === 1;
    let rows = 0;
    for (const [table, block] of Object.entries(page.tables) as [SyncedTable, ColumnBlock][]) {
      rows += writeBlock(cache.sqlite, table, resyncing, block);
    }
    for (const [table, keys] of Object.entries(page.tombstones) as [SyncedTable, string[]][]) {
      deleteRows(cache.sqlite, table, targetOf(table, resyncing), keys);
    }
    recordCursor(cache.sqlite, page, now);
    return rows;
  })();
}

/**
 * A resync appends to the key-less shadows (a row sent twice is resolved when the key is built);
 * otherwise rows are upserted by key (page-upsert.ts).
 */
function writeBlock(
  sqlite: Database.Database,
  table: SyncedTable,
  resyncing: boolean,
  block: ColumnBlock,
): number {
  const { columns, values } = block;
  const target = targetOf(table, resyncing);
  const writer: PageWriter = resyncing
    ? { ...rowWriterFor(sqlite, target, tableKeys[table], columns, 'append'), finish: () => {} }
    : pageUpsertFor(sqlite, target, tableKeys[table], columns);
  const rows = values[0]?.length ?? 0;
  const width = columns.length;
  const batch: unknown[] = new Array(width * ROWS_PER_STATEMENT);
  let row = 0;
  for (; row + ROWS_PER_STATEMENT <= rows; row += ROWS_PER_STATEMENT) {
    for (let offset = 0; offset < ROWS_PER_STATEMENT; offset++) {
      for (let column = 0; column < width; column++)
        batch[offset * width + column] = values[column]![row + offset];
    }
    writer.many.run(batch);
  }
  const single: unknown[] = new Array(width);
  for (; row < rows; row++) {
    for (let column = 0; column < width; column++) single[column] = values[column]![row];
    writer.one.run(single);
  }
  writer.finish();
  return rows;
}

/** Tombstones come for departments and sub-administrators, small tables even without a key. */
function deleteRows(sqlite: Database.Database, table: SyncedTable, target: string, keys: readonly string[]) {
  const remove = sqlite.prepare<[string]>(`delete from "${target}" where "${tableKeys[table][0]}" = ?`);
  for (const key of keys) remove.run(key);
}

function recordCursor(sqlite: Database.Database, page: PullResponse, now: () => Date): void {
  sqlite
    .prepare<[string, string | null, number, number, string | null]>(
      `update sync_meta set cursor = ?, epoch = coalesce(?, epoch), schema_version = ?,
         last_synced_at = case when ? then last_synced_at else ? end
       where id = 1`,
    )
    .run(
      page.cursor,
      epochOfCursor(page.cursor),
      page.schemaVersion,
      page.hasMore ? 1 : 0,
      now().toISOString(),
    );
}
