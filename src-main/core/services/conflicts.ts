import type { Kysely } from 'kysely';
import type { Conflict } from '../../../src-shared/contract/index.ts';
import type { MutationResult } from '../../../src-shared/contract/sync.ts';
import { CallFailure } from '../api/call-failure.ts';
import type { Cache } from '../cache/index.ts';
import type { CacheRow, CacheSchema } from '../cache/schema.ts';

/** What the sync engine recorded of a refused decision (see sync/push-results.ts). */
export type DecidedRecord = Record<string, unknown> & { name: string };

export interface OpenConflict {
  row: CacheRow<'conflicts'>;
  decided: DecidedRecord;
}

/** Open conflicts and refused decisions, newest first, beside what the server has. */
export async function listConflicts(db: Kysely<CacheSchema>): Promise<Conflict[]> {
  const rows = await db
    .selectFrom('conflicts')
    .innerJoin('outbox', 'outbox.mutation_id', 'conflicts.mutation_id')
    .selectAll('conflicts')
    .select(['outbox.name as mutation_name', 'outbox.result'])
    .where('conflicts.status', '=', 'open')
    .orderBy('conflicts.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    mutationId: row.mutation_id,
    mutationName: row.mutation_name,
    outcome: outcomeOf(row.result, row.row_id),
    table: row.table_name,
    rowId: row.row_id,
    decided: JSON.parse(row.decided) as Record<string, unknown>,
    serverRow: JSON.parse(row.server_row) as Record<string, unknown> | null,
    reason: row.reason,
    createdAt: row.created_at,
  }));
}

/** The mutation's own status, or for a batch the status of the item the conflict is about. */
function outcomeOf(resultJson: string | null, rowId: string): Conflict['outcome'] {
  const result = resultJson ? (JSON.parse(resultJson) as MutationResult) : null;
  const status =
    result?.status === 'applied' ? result.items?.find((item) => item.id === rowId)?.status : result?.status;
  return status === 'rejected' ? 'rejected' : 'conflict';
}

export function openConflict(cache: Cache, conflictId: number): OpenConflict {
  const row = cache.sqlite
    .prepare<[number], CacheRow<'conflicts'>>("select * from conflicts where id = ? and status = 'open'")
    .get(conflictId);
  if (!row) throw new CallFailure('NOT_FOUND', '冲突不存在或已处理');
  return { row, decided: JSON.parse(row.decided) as DecidedRecord };
}

export function closeConflict(cache: Cache, conflictId: number, status: 'redone' | 'discarded'): void {
  const { changes } = cache.sqlite
    .prepare("update conflicts set status = ? where id = ? and status = 'open'")
    .run(status, conflictId);
  if (changes === 0) throw new CallFailure('NOT_FOUND', '冲突不存在或已处理');
}

/** Accepts the server's row: the conflict is closed and the decision is not made again. */
export function discardConflict(cache: Cache, conflictId: number): void {
  closeConflict(cache, conflictId, 'discarded');
}
