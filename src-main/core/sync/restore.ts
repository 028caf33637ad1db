import type Database from 'better-sqlite3';
import { syncedTables, type SyncedTable } from '../../../src-shared/contract/sync.ts';
import { rowWriterFor } from '../cache/row-writer.ts';
import { tableKeys } from '../cache/table-keys.ts';
import type { DecidedTable } from '../decisions/effects/index.ts';

type RowValues = Record<string, unknown>;

function cachedSeq(sqlite: Database.Database, table: DecidedTable, id: string): number | undefined {
  return sqlite.prepare<[string], { seq: number }>(`select seq from "${table}" where id = ?`).get(id)?.seq;
}

/** Writes a whole row as the server sent it, keyed as a pull writes it. */
function writeRow(sqlite: Database.Database, table: SyncedTable, row: RowValues): void {
  const columns = syncedTables[table];
  rowWriterFor(sqlite, table, tableKeys[table], columns, 'upsert').one.run(
    columns.map((column) => row[column]),
  );
}

const isWholeRow = (table: DecidedTable, row: RowValues) =>
  syncedTables[table].every((column) => column in row);

/**
 * Undoes a decision on one row the server refused: a row it created locally goes; otherwise the
 * columns kept before the decision come back, unless a pull has replaced the row since (its seq moved
 * on), in which case the row already shows the server's.
 */
export function restoreTarget(
  sqlite: Database.Database,
  mutationId: number,
  table: DecidedTable,
  rowId: string,
): void {
  const target = sqlite
    .prepare<[number, string, string], { before: string | null }>(
      'select before from outbox_targets where mutation_id = ? and table_name = ? and row_id = ?',
    )
    .get(mutationId, table, rowId);
  if (!target) return;
  if (target.before === null) {
    sqlite.prepare(`delete from "${table}" where id = ? and seq = 0`).run(rowId);
    return;
  }
  const before = JSON.parse(target.before) as RowValues;
  const seq = cachedSeq(sqlite, table, rowId);
  if (seq === undefined) {
    if (isWholeRow(table, before)) writeRow(sqlite, table, before);
    return;
  }
  if (seq !== before.seq) return;
  const columns = Object.keys(before).filter((column) => column !== 'id');
  if (columns.length === 0) return;
  sqlite
    .prepare(`update "${table}" set ${columns.map((column) => `"${column}" = ?`).join(', ')} where id = ?`)
    .run(...columns.map((column) => before[column]), rowId);
}

/** Puts the server's current row (sent with a conflict) in the cache, unless a newer one is there. */
export function writeServerRow(sqlite: Database.Database, table: DecidedTable, row: RowValues): void {
  if (!isWholeRow(table, row) || typeof row.id !== 'string') return;
  const seq = cachedSeq(sqlite, table, row.id);
  if (seq !== undefined && seq > Number(row.seq)) return;
  writeRow(sqlite, table, row);
}

/** The cached row as JSON, for what a conflict shows of a refused decision's row. */
export function cachedRowJson(sqlite: Database.Database, table: DecidedTable, id: string): string | null {
  const row = sqlite.prepare<[string], RowValues>(`select * from "${table}" where id = ?`).get(id);
  return row ? JSON.stringify(row) : null;
}
