import type { ItemResult, SyncedTable } from '../../../src-shared/contract/sync.ts';
import { feedObject } from './rows.ts';
import type { AuditNote, MutationContext, MutationOutcome } from './types.ts';

export const applied = (audit: AuditNote): MutationOutcome => ({ status: 'applied', audit });

export const rejected = (reason: string, audit: AuditNote): MutationOutcome => ({
  status: 'rejected',
  reason,
  audit: { ...audit, summary: { ...audit.summary, reason } },
});

const conflict = (current: Record<string, unknown>, audit: AuditNote): MutationOutcome => ({
  status: 'conflict',
  current,
  audit: { ...audit, summary: { ...audit.summary, version: current.version } },
});

/** A processed batch: `applied` whatever its items' outcomes; the audit lists the rows changed. */
export function batchOutcome(target: string, items: ItemResult[], extra?: Record<string, unknown>) {
  const count = (status: ItemResult['status']) => items.filter((item) => item.status === status).length;
  const appliedIds = items.filter((item) => item.status === 'applied').map((item) => item.id);
  const summary = {
    ...extra,
    applied: appliedIds.length,
    conflict: count('conflict'),
    rejected: count('rejected'),
    ids: appliedIds,
  };
  return { status: 'applied', items, audit: { target, summary } } satisfies MutationOutcome;
}

/** A conflict when the administrator decided on another version of the row than the server's. */
export function staleBaseVersion(
  context: MutationContext,
  table: SyncedTable,
  row: { version: number },
  audit: AuditNote,
): MutationOutcome | undefined {
  if (context.baseVersion === undefined || context.baseVersion === row.version) return undefined;
  return conflict(feedObject(table, row), audit);
}
