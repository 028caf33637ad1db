import type { ItemResult } from '../../../src-shared/contract/sync.ts';
import type { Row } from '../../db/schema.ts';
import { updateRows, type ColumnChanges } from './row-updates.ts';
import { feedObject, lockUnitRows } from './rows.ts';
import type { MutationContext } from './types.ts';

type DecidedTable = 'staff' | 'declarations';
/** What a decision reads of a row. */
type Decidable<T extends DecidedTable> = Row<T> & { id: string; version: number; status: string };

export interface BatchDecision<T extends DecidedTable> {
  table: T;
  items: readonly { id: string; version: number }[];
  /** The status a row must be in for the decision to apply. */
  fromStatus: string;
  /** Why a row the client saw at its current version, but in another status, is refused. */
  wrongStatusReason: string;
  notFoundReason: string;
  /** What the decision sets on each row it applies to (besides version and seq). */
  changes: ColumnChanges;
}

function judge<T extends DecidedTable>(
  decision: BatchDecision<T>,
  item: { id: string; version: number },
  row: Decidable<T> | undefined,
): ItemResult {
  if (!row) return { id: item.id, status: 'rejected', reason: decision.notFoundReason };
  if (row.version !== item.version) {
    return { id: item.id, status: 'conflict', current: feedObject(decision.table, row) };
  }
  if (row.status !== decision.fromStatus) {
    return { id: item.id, status: 'rejected', reason: decision.wrongStatusReason };
  }
  return { id: item.id, status: 'applied' };
}

/**
 * Decides a batch of items on the unit's rows: rows are read (and locked) in chunks, each item is
 * judged against its row, and the rows it applies to are changed with a few statements. Returns one
 * result per item, in order (a repeated id shares its first result), and the changed rows as they were.
 */
export async function decideBatch<T extends DecidedTable>(
  context: MutationContext,
  decision: BatchDecision<T>,
): Promise<{ items: ItemResult[]; changed: Row<T>[] }> {
  const ids = decision.items.map((item) => item.id);
  const rows = (await lockUnitRows(context, decision.table, ids)) as Map<string, Decidable<T>>;
  const results = new Map<string, ItemResult>();
  const changed: Decidable<T>[] = [];
  for (const item of decision.items) {
    if (results.has(item.id)) continue;
    const row = rows.get(item.id);
    const result = judge(decision, item, row);
    results.set(item.id, result);
    if (result.status === 'applied' && row) changed.push(row);
  }
  await updateRows(
    context,
    decision.table,
    changed.map((row) => row.id),
    decision.changes,
  );
  return { items: decision.items.map((item) => results.get(item.id)!), changed };
}
