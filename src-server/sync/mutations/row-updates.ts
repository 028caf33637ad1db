import { sql } from 'kysely';
import { allocateSeq } from '../../db/sequence.ts';
import { CHUNK_SIZE, chunksOf, type UnitTable } from './rows.ts';
import type { MutationContext } from './types.ts';

export type ColumnChanges = Record<string, string | number | null>;

/**
 * Applies the same changes to rows by id, bumping each row's version and giving each its own seq from
 * one allocated block, with one statement per chunk (`update … from (values (id, seq), …)`, which both
 * engines run as an index lookup per value row).
 */
export async function updateRows(
  context: MutationContext,
  table: UnitTable | 'units',
  ids: readonly string[],
  changes: ColumnChanges,
): Promise<void> {
  if (ids.length === 0) return;
  const firstSeq = await allocateSeq(context.trx, ids.length);
  const assignments = Object.entries(changes).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  for (const [n, chunk] of chunksOf(ids).entries()) {
    const values = chunk.map((id, k) => sql`(${id}, cast(${firstSeq + n * CHUNK_SIZE + k} as bigint))`);
    await sql`
      update ${sql.table(table)}
      set ${sql.join([...assignments, sql`version = version + 1`, sql`seq = v.column2`])}
      from (values ${sql.join(values)}) as v
      where ${sql.ref(`${table}.id`)} = v.column1`.execute(context.trx);
  }
}
