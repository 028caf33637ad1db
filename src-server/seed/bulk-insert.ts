import { setImmediate as nextTurn } from 'node:timers/promises';
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { DialectName } from '../db/dialect.ts';
import type { ServerDatabase } from '../db/schema.ts';
import { allocateSeq } from '../db/sequence.ts';

type Table = keyof ServerDatabase;
type SequencedTable = 'units' | 'unit_admins' | 'departments' | 'staff' | 'declarations' | 'certificates';

/** Bound parameters one statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER, PostgreSQL's wire limit. */
const MAX_PARAMETERS: Readonly<Record<DialectName, number>> = { sqlite: 32_766, postgres: 65_535 };

const statements = new Map<string, string>();

function insertStatement(
  dialect: DialectName,
  table: Table,
  columns: readonly string[],
  rows: number,
): string {
  const key = `${dialect}:${table}:${columns.join(',')}:${rows}`;
  let text = statements.get(key);
  if (text === undefined) {
    let parameter = 0;
    const placeholder = dialect === 'postgres' ? () => `$${++parameter}` : () => '?';
    const tuples = Array.from({ length: rows }, () => `(${columns.map(placeholder).join(',')})`);
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values ${tuples.join(',')}`;
    statements.set(key, text);
  }
  return text;
}

/**
 * Inserts rows with multi-row statements as large as the engine's parameter limit allows: the seed's
 * hot path, so it skips the query builder. Every row must have the first row's columns.
 */
export async function insertRows<T extends Table>(
  trx: Kysely<ServerDatabase>,
  dialect: DialectName,
  table: T,
  rows: readonly Insertable<ServerDatabase[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.floor(MAX_PARAMETERS[dialect] / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      const values = row as Record<string, unknown>;
      for (const column of columns) parameters.push(values[column]);
    }
    const text = insertStatement(dialect, table, columns, chunk.length);
    await trx.executeQuery(CompiledQuery.raw(text, parameters));
    // better-sqlite3 frees a garbage statement (megabytes for one this size) in a finalizer that runs
    // on a later turn of the event loop, which a synchronous engine never reaches inside a long
    // transaction: let it run, or a big seed holds every statement it prepared.
    await nextTurn();
  }
}

/** Gives the rows consecutive change sequence numbers from one block, then inserts them. */
export async function insertSequenced<T extends SequencedTable>(
  trx: Kysely<ServerDatabase>,
  dialect: DialectName,
  table: T,
  rows: Insertable<ServerDatabase[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const first = await allocateSeq(trx, rows.length);
  rows.forEach((row, index) => {
    (row as unknown as { seq: number }).seq = first + index;
  });
  await insertRows(trx, dialect, table, rows);
}
