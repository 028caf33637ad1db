import type Database from 'better-sqlite3';
import type { ItemResult, MutationName, MutationResult } from '../../../src-shared/contract/sync.ts';
import { mutationEffects, type DecidedTable, type Target } from '../decisions/effects/index.ts';
import { provisionalPrefix } from '../decisions/effects/unit-declaration-effects.ts';
import type { OutboxEntry } from './outbox.ts';
import { reapplyWaiting } from './reapply.ts';
import { cachedRowJson, restoreTarget, writeServerRow } from './restore.ts';

/** One refused row of a decision: what is undone locally and shown to the administrator. */
interface Refusal {
  status: 'conflict' | 'rejected';
  /** The row the decision changed in the cache, undone. */
  restore: Target | undefined;
  /** The row the conflict is about, as the administrator sees it. */
  shown: Target;
  decided: Record<string, unknown>;
  reason: string | undefined;
  current: Record<string, unknown> | undefined;
}

type Args = Record<string, unknown> & { items?: Args[]; staffIds?: string[] };
type Outcome = Pick<ItemResult, 'status' | 'reason' | 'current'>;

function mainTable(name: MutationName): DecidedTable {
  return Object.keys(mutationEffects[name].before)[0] as DecidedTable;
}

function targetsOf(sqlite: Database.Database, mutationId: number): Target[] {
  return sqlite
    .prepare<[number], { table: DecidedTable; rowId: string }>(
      'select table_name as "table", row_id as rowId from outbox_targets where mutation_id = ? order by rowid',
    )
    .all(mutationId);
}

/**
 * One refused row: what is undone and what the administrator is shown. A batch shows each person's
 * or declaration's own item (never the whole batch again); a unit declaration, the person left out.
 */
function refusal(entry: OutboxEntry, args: Args, rowId: string, outcome: Outcome): Refusal {
  const { items, staffIds, ...shared } = args;
  const base = {
    status: outcome.status as Refusal['status'],
    reason: outcome.reason,
    current: outcome.current,
  };
  if (staffIds) {
    const restore = { table: 'declarations' as const, rowId: provisionalPrefix(entry.mutationId) + rowId };
    const decided = { name: entry.name, ...shared, staffId: rowId };
    return { ...base, restore, shown: { table: 'staff', rowId }, decided };
  }
  const target = { table: mainTable(entry.name), rowId };
  if (items) {
    const item = items.find((candidate) => candidate.staffId === rowId || candidate.declarationId === rowId);
    return { ...base, restore: target, shown: target, decided: { name: entry.name, ...shared, item } };
  }
  const decided = { name: entry.name, args, baseVersion: entry.baseVersion };
  return { ...base, restore: target, shown: target, decided };
}

/** The refused rows of an answered mutation: each row of a refused one, or each refused item. */
function refusalsOf(sqlite: Database.Database, entry: OutboxEntry, result: MutationResult): Refusal[] {
  const args = JSON.parse(entry.args) as Args;
  if (result.status === 'applied') {
    const refused = (result.items ?? []).filter((item) => item.status !== 'applied');
    return refused.map((item) => refusal(entry, args, item.id, item));
  }
  const prefix = provisionalPrefix(entry.mutationId);
  const rowIds = targetsOf(sqlite, entry.mutationId).map((target) => target.rowId.replace(prefix, ''));
  if (rowIds.length > 0) return rowIds.map((rowId) => refusal(entry, args, rowId, result));
  const unknown = refusal(entry, args, '', result);
  return [{ ...unknown, restore: undefined }];
}

function recordConflict(sqlite: Database.Database, mutationId: number, refusal: Refusal, at: string): void {
  const { table, rowId } = refusal.shown;
  const serverRow = refusal.current
    ? JSON.stringify(refusal.current)
    : (cachedRowJson(sqlite, table, rowId) ?? 'null');
  sqlite
    .prepare(
      `insert into conflicts (mutation_id, table_name, row_id, decided, server_row, reason, status, created_at)
       values (?, ?, ?, ?, ?, ?, 'open', ?)`,
    )
    .run(mutationId, table, rowId, JSON.stringify(refusal.decided), serverRow, refusal.reason ?? null, at);
}

/**
 * Records the server's answers to a push in one transaction: each mutation's status and result; for
 * each refused row (a conflicting or rejected mutation, or item of a batch) the local effect is
 * undone, the server's row (if sent) written, and a conflict opened for the administrator. Then the
 * decisions still waiting are applied again over the rows that changed.
 */
export function recordPushResults(
  sqlite: Database.Database,
  batch: readonly OutboxEntry[],
  results: readonly MutationResult[],
  context: { adminId: string; now: Date },
): void {
  const entries = new Map(batch.map((entry) => [entry.mutationId, entry]));
  const record = sqlite.prepare<[string, string, number]>(
    "update outbox set status = ?, result = ? where mutation_id = ? and status in ('queued', 'sent')",
  );
  const at = context.now.toISOString();
  sqlite.transaction(() => {
    for (const result of results) {
      const entry = entries.get(result.mutationId);
      if (!entry || record.run(result.status, JSON.stringify(result), entry.mutationId).changes === 0)
        continue;
      for (const refusal of refusalsOf(sqlite, entry, result)) {
        if (refusal.restore)
          restoreTarget(sqlite, entry.mutationId, refusal.restore.table, refusal.restore.rowId);
        if (refusal.current) writeServerRow(sqlite, refusal.shown.table as DecidedTable, refusal.current);
        recordConflict(sqlite, entry.mutationId, refusal, at);
      }
    }
    reapplyWaiting(sqlite, context.adminId);
  })();
}
