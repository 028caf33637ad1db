import type Database from 'better-sqlite3';

/** Rows bound per statement: one call per row costs more than SQLite's work for the row. */
export const ROWS_PER_STATEMENT = 50;

export interface RowWriter {
  /** Writes ROWS_PER_STATEMENT rows, their values row after row. */
  many: Database.Statement<unknown[]>;
  /** Writes one row, for the rest of a block. */
  one: Database.Statement<unknown[]>;
}

/**
 * `upsert` updates a row with the same key in place (keeping its rowid, which the search index
 * refers to); `append` only inserts, for the key-less shadow tables of a resync.
 */
export type WriteMode = 'upsert' | 'append';

const prepared = new WeakMap<Database.Database, Map<string, RowWriter>>();

/**
 * The prepared writes of a physical table and column list, kept per connection: a sync sends the
 * same shapes page after page.
 */
export function rowWriterFor(
  sqlite: Database.Database,
  table: string,
  keys: readonly string[],
  columns: readonly string[],
  mode: WriteMode,
): RowWriter {
  let statements = prepared.get(sqlite);
  if (!statements) prepared.set(sqlite, (statements = new Map()));
  const signature = `${mode} ${table}(${columns.join(',')})`;
  let writer = statements.get(signature);
  if (!writer) {
    const sql = (rows: number) => writeSql(table, mode === 'upsert' ? keys : undefined, columns, rows);
    writer = { many: sqlite.prepare(sql(ROWS_PER_STATEMENT)), one: sqlite.prepare(sql(1)) };
    statements.set(signature, writer);
  }
  return writer;
}

function writeSql(
  table: string,
  keys: readonly string[] | undefined,
  columns: readonly string[],
  rows: number,
): string {
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const insert = `insert into "${table}" (${columns.map((column) => `"${column}"`).join(',')})
    values ${Array.from({ length: rows }, () => tuple).join(',')}`;
  if (!keys) return insert;
  const updates = columns.filter((column) => !keys.includes(column));
  const action = updates.length
    ? `do update set ${updates.map((column) => `"${column}" = excluded."${column}"`).join(', ')}`
    : 'do nothing';
  return `${insert} on conflict (${keys.map((key) => `"${key}"`).join(',')}) ${action}`;
}
