import type { Decision } from '../../../src-shared/contract/index.ts';
import type { Cache } from '../cache/index.ts';
import type { DecisionResult } from '../decisions/index.ts';

/** The chosen rows a batch decision was asked about, and what to say of those it left out. */
export interface Selection {
  ids: readonly string[];
  /** Why a chosen row was left out, e.g. '已不是待审核状态'. */
  reason: string;
}

interface QueuedMutation {
  mutation_id: number;
  args: string;
}

/**
 * Runs a decision (synchronous: nothing else touches the cache meanwhile) and reports it as the
 * contract says: the outbox entries it appended, the rows it changed, and the chosen rows it left out,
 * read from the arguments it queued.
 */
export function runDecision<T extends DecisionResult>(
  cache: Cache,
  decide: () => T,
  selection?: Selection,
): { decision: Decision; outcome: T } {
  const before = lastMutationId(cache);
  const outcome = decide();
  const queued = cache.sqlite
    .prepare<[number], QueuedMutation>(
      'select mutation_id, args from outbox where mutation_id > ? order by mutation_id',
    )
    .all(before);
  const taken = new Set(queued.flatMap((row) => chosenIdsOf(JSON.parse(row.args))));
  const skipped = selection
    ? [...new Set(selection.ids)]
        .filter((id) => !taken.has(id))
        .map((id) => ({ id, reason: selection.reason }))
    : [];
  const decision = { mutationIds: queued.map((row) => row.mutation_id), applied: outcome.affected, skipped };
  return { decision, outcome };
}

function lastMutationId(cache: Cache): number {
  const row = cache.sqlite
    .prepare<[], { last: number | null }>('select max(mutation_id) as last from outbox')
    .get();
  return row?.last ?? 0;
}

/** The rows a batch mutation's arguments name: `items` of staff or declarations, or `staffIds`. */
function chosenIdsOf(args: { items?: { staffId?: string; declarationId?: string }[]; staffIds?: string[] }) {
  if (args.staffIds) return args.staffIds;
  return (args.items ?? []).flatMap((item) => item.staffId ?? item.declarationId ?? []);
}
