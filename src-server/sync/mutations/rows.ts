import { sql } from 'kysely';
import { syncedTables, type SyncedTable } from '../../../src-shared/contract/sync.ts';
import type { DialectName } from '../../db/dialect.ts';
import type { Row } from '../../db/schema.ts';
import { forUpdate } from '../row-lock.ts';
import type { MutationContext } from './types.ts';

/** Tables whose rows belong to one unit through their `unit_id`. */
export type UnitTable = 'unit_admins' | 'departments' | 'staff' | 'declarations' | 'certificates';

/** Rows read per statement: far below both engines' limits on bound parameters. */
export const CHUNK_SIZE = 1000;

export function chunksOf<T>(values: readonly T[], size = CHUNK_SIZE): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}

/** A row as the sync feed carries it: the table's synced columns, as an object. */
export function feedObject(table: SyncedTable, row: object): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  return Object.fromEntries(syncedTables[table].map((column) => [column, source[column]]));
}

/**
 * `unit_id = <unit>` as a filter that no index serves. Without statistics SQLite takes an equality on
 * the `(unit_id, seq)` index for more selective than `id in (…)` and walks every row of the unit: a
 * batch of 1,000 ids on a unit of 1,000,000 declarations then reads the whole unit. The unary plus
 * (SQLite's documented way to disqualify a term from index use) leaves it the primary key; PostgreSQL
 * has statistics, and no unary plus on text.
 */
function unitFilter(dialect: DialectName, unitId: string) {
  const column = dialect === 'sqlite' ? sql`+unit_id` : sql`unit_id`;
  return sql`${column} = ${unitId}`;
}

/** The statement that reads (and on PostgreSQL locks) a unit's rows by id, in id order. */
export function unitRowsStatement<T extends UnitTable>(
  dialect: DialectName,
  unitId: string,
  table: T,
  ids: readonly string[],
) {
  return sql<Row<T>>`
    select * from ${sql.table(table)}
    where id in (${sql.join(ids)}) and ${unitFilter(dialect, unitId)}
    order by id${forUpdate(dialect)}`;
}

/**
 * The unit's rows of a table with these ids, locked, by id; rows of other units are simply absent.
 * Ids are read in sorted order so that concurrent batches lock in the same order.
 */
export async function lockUnitRows<T extends UnitTable>(
  context: MutationContext,
  table: T,
  ids: readonly string[],
): Promise<Map<string, Row<T>>> {
  const rows = new Map<string, Row<T>>();
  const sorted = [...new Set(ids)].sort();
  for (const chunk of chunksOf(sorted)) {
    const statement = unitRowsStatement(context.server.dialect, context.caller.unitId, table, chunk);
    const found = await statement.execute(context.trx);
    for (const row of found.rows) rows.set((row as { id: string }).id, row);
  }
  return rows;
}

export async function lockUnitRow<T extends UnitTable>(
  context: MutationContext,
  table: T,
  id: string,
): Promise<Row<T> | undefined> {
  return (await lockUnitRows(context, table, [id])).get(id);
}

/** The caller's unit, as read; for what a mutation only reports (names, codes in e-mails). */
export async function ownUnit(context: MutationContext): Promise<Row<'units'>> {
  return context.trx
    .selectFrom('units')
    .selectAll()
    .where('id', '=', context.caller.unitId)
    .executeTakeFirstOrThrow();
}

export async function lockOwnUnit(context: MutationContext): Promise<Row<'units'>> {
  const { rows } = await sql<Row<'units'>>`
    select * from units where id = ${context.caller.unitId}${forUpdate(context.server.dialect)}`.execute(
    context.trx,
  );
  if (!rows[0]) throw new Error(`unit ${context.caller.unitId} of a signed-in administrator is missing`);
  return rows[0];
}
