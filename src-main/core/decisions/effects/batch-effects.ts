import type Database from 'better-sqlite3';
import type { MutationArgs } from '../../../../src-shared/contract/sync.ts';
import type { EffectEnv, MutationEffect } from './effect.ts';

type BatchName =
  | 'registrations.approve'
  | 'registrations.reject'
  | 'declarations.approve'
  | 'declarations.reject'
  | 'staff.transfer'
  | 'staff.markLeft';

type Changes = Record<string, string | number | null>;

interface BatchSpec<N extends BatchName> {
  table: 'staff' | 'declarations';
  /** The item field naming the row. */
  idKey: 'staffId' | 'declarationId';
  /** The status a row must be in for the decision to apply to it. */
  fromStatus: 'pending' | 'approved';
  /** What the decision sets on each row (besides version, bumped as the server does). */
  changes(args: MutationArgs<N>, env: EffectEnv): Changes;
}

/** The columns any batch decision on the table may change, kept to undo it. */
const BEFORE = {
  staff: ['department_id', 'status', 'reject_reason', 'decided_at', 'left_at', 'version', 'seq'],
  declarations: ['status', 'reject_reason', 'decided_at', 'decided_by', 'version', 'seq'],
} as const;

/**
 * One statement for the whole batch: the items come in as one JSON array and each joins its row by
 * key, so 10,000 items cost 10,000 index lookups and no statement per row.
 */
function applyBatch<N extends BatchName>(
  sqlite: Database.Database,
  spec: BatchSpec<N>,
  args: MutationArgs<N>,
  env: EffectEnv,
): number {
  const changes = Object.entries(spec.changes(args, env));
  const assignments = changes.map(([column]) => `"${column}" = ?`).join(', ');
  // CROSS JOIN keeps the items outermost: the planner would otherwise walk a status index and
  // search the items once per row.
  const statement = sqlite.prepare(`update "${spec.table}" set ${assignments}, version = version + 1
    where rowid in (
      select row.rowid from json_each(?) as item cross join "${spec.table}" as row
      where row.id = item.value ->> '$.${spec.idKey}' and row.version = item.value ->> '$.version'
        and row.status = ?)`);
  const items = (args as { items: unknown[] }).items;
  return statement.run(...changes.map(([, value]) => value), JSON.stringify(items), spec.fromStatus).changes;
}

function batchEffect<N extends BatchName>(spec: BatchSpec<N>): MutationEffect<N> {
  return {
    targets: (_sqlite, args) =>
      (args as { items: Record<string, unknown>[] }).items.map((item) => ({
        table: spec.table,
        rowId: String(item[spec.idKey]),
      })),
    before: { [spec.table]: BEFORE[spec.table] },
    apply: (sqlite, args, env) => applyBatch(sqlite, spec, args, env),
  };
}

const decided = (status: string, reason: string | null, env: EffectEnv) => ({
  status,
  reject_reason: reason,
  decided_at: env.decidedAt,
});

export const batchEffects: { [N in BatchName]: MutationEffect<N> } = {
  'registrations.approve': batchEffect<'registrations.approve'>({
    table: 'staff',
    idKey: 'staffId',
    fromStatus: 'pending',
    changes: (_args, env) => decided('approved', null, env),
  }),
  'registrations.reject': batchEffect<'registrations.reject'>({
    table: 'staff',
    idKey: 'staffId',
    fromStatus: 'pending',
    changes: (args, env) => decided('rejected', args.reason, env),
  }),
  'declarations.approve': batchEffect<'declarations.approve'>({
    table: 'declarations',
    idKey: 'declarationId',
    fromStatus: 'pending',
    changes: (_args, env) => ({ ...decided('approved', null, env), decided_by: env.adminId }),
  }),
  'declarations.reject': batchEffect<'declarations.reject'>({
    table: 'declarations',
    idKey: 'declarationId',
    fromStatus: 'pending',
    changes: (args, env) => ({ ...decided('rejected', args.reason, env), decided_by: env.adminId }),
  }),
  'staff.transfer': batchEffect<'staff.transfer'>({
    table: 'staff',
    idKey: 'staffId',
    fromStatus: 'approved',
    changes: (args) => ({ department_id: args.departmentId }),
  }),
  'staff.markLeft': batchEffect<'staff.markLeft'>({
    table: 'staff',
    idKey: 'staffId',
    fromStatus: 'approved',
    changes: (_args, env) => ({ status: 'left', left_at: env.decidedAt }),
  }),
};
