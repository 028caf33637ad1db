import type { Kysely } from 'kysely';
import { waitingOutboxStatuses, type CacheSchema } from '../cache/schema.ts';

/** Whether a decision the server has not answered yet touches this row (待同步). */
export async function waitingOnRow(db: Kysely<CacheSchema>, table: string, rowId: string): Promise<boolean> {
  const row = await db
    .selectFrom('outbox_targets as target')
    .innerJoin('outbox', 'outbox.mutation_id', 'target.mutation_id')
    .select('target.row_id')
    .where('target.table_name', '=', table)
    .where('target.row_id', '=', rowId)
    .where('outbox.status', 'in', waitingOutboxStatuses)
    .executeTakeFirst();
  return row !== undefined;
}

/** The rows of a table some unanswered decision touches. */
export async function waitingRowsOf(db: Kysely<CacheSchema>, table: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('outbox_targets as target')
    .innerJoin('outbox', 'outbox.mutation_id', 'target.mutation_id')
    .select('target.row_id')
    .where('target.table_name', '=', table)
    .where('outbox.status', 'in', waitingOutboxStatuses)
    .execute();
  return new Set(rows.map((row) => row.row_id));
}
