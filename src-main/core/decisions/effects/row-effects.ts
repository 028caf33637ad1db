import type Database from 'better-sqlite3';
import type { DecidedTable } from './effect.ts';

export type ColumnValues = Record<string, string | number | null>;

/**
 * Sets columns of one row if it is still at the version the decision was made on, bumping the
 * version as the server does. Column names come from the mutation schemas (strict objects), never
 * from free input.
 */
export function updateAtVersion(
  sqlite: Database.Database,
  table: DecidedTable,
  id: string,
  baseVersion: number | null,
  values: ColumnValues,
): number {
  const entries = Object.entries(values);
  if (entries.length === 0) return 0;
  const assignments = entries.map(([column]) => `"${column}" = ?`).join(', ');
  return sqlite
    .prepare(`update "${table}" set ${assignments}, version = version + 1 where id = ? and version is ?`)
    .run(...entries.map(([, value]) => value), id, baseVersion).changes;
}

/** Deletes one row if it is still at the version the decision was made on. */
export function deleteAtVersion(
  sqlite: Database.Database,
  table: DecidedTable,
  id: string,
  baseVersion: number | null,
): number {
  return sqlite.prepare(`delete from "${table}" where id = ? and version is ?`).run(id, baseVersion).changes;
}

/**
 * Inserts a row the decision creates, unless a row with its id is there already (the server's, once
 * pulled, or this decision's own from an earlier run). Local rows have seq 0 until the server's
 * replaces them.
 */
export function insertIfAbsent(sqlite: Database.Database, table: DecidedTable, values: ColumnValues): number {
  const entries = Object.entries({ ...values, seq: 0 });
  const columns = entries.map(([column]) => `"${column}"`).join(', ');
  const placeholders = entries.map(() => '?').join(', ');
  return sqlite
    .prepare(
      `insert into "${table}" (${columns}) select ${placeholders}
       where not exists (select 1 from "${table}" where id = ?)`,
    )
    .run(...entries.map(([, value]) => value), values.id).changes;
}
