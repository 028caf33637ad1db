import {
  mutationArgsSchemas,
  type MutationArgs,
  type MutationName,
} from '../../../src-shared/contract/sync.ts';
import type { Cache } from '../cache/open-cache.ts';
import { clientIdOf } from '../sync/outbox.ts';
import { mutationEffects, type EffectEnv, type MutationEffect } from './effects/index.ts';
import { recordTargets } from './record-targets.ts';
import { parsedArguments } from './refusal.ts';

/** What every decision runs with. */
export interface DecisionContext {
  cache: Cache;
  /** The signed-in administrator (this cache's account). */
  adminId: string;
  now?: () => Date;
}

export interface DecisionResult {
  /** The outbox entry that carries the decision (the last one, when a large batch took several). */
  mutationId: number;
  /** Rows the decision changed in the cache. */
  affected: number;
}

/** A mutation a decision makes, as it will be pushed. */
export interface PlannedMutation<N extends MutationName = MutationName> {
  name: N;
  args: MutationArgs<N>;
  /** The version of the row decided on, for single-row mutations. */
  baseVersion?: number;
}

function appendToOutbox(cache: Cache, mutation: PlannedMutation, args: unknown, createdAt: string): number {
  const { lastInsertRowid } = cache.sqlite
    .prepare(
      `insert into outbox (name, args, base_version, created_at, status, result)
       values (?, ?, ?, ?, 'queued', null)`,
    )
    .run(mutation.name, JSON.stringify(args), mutation.baseVersion ?? null, createdAt);
  return Number(lastInsertRowid);
}

/** Queues one mutation and applies its effect; returns the mutation id and the rows changed. */
function commit(context: DecisionContext, mutation: PlannedMutation, decidedAt: string): DecisionResult {
  const args = parsedArguments(mutationArgsSchemas[mutation.name], mutation.args);
  const mutationId = appendToOutbox(context.cache, mutation, args, decidedAt);
  const env: EffectEnv = {
    mutationId,
    decidedAt,
    adminId: context.adminId,
    clientId: clientIdOf(context.cache.sqlite),
    baseVersion: mutation.baseVersion ?? null,
  };
  const effect = mutationEffects[mutation.name] as MutationEffect<never>;
  const sqlite = context.cache.sqlite;
  recordTargets(sqlite, mutationId, effect, effect.targets(sqlite, args as never, env));
  return { mutationId, affected: effect.apply(sqlite, args as never, env) };
}

/**
 * Makes a decision durable before the UI is told it is done: in one cache transaction, `plan` checks
 * it against the cache (throwing a refusal the administrator reads) and names the mutations; each is
 * appended to the outbox with the rows it touches, and its effect is applied to the cached rows.
 */
export function decide(
  context: DecisionContext,
  plan: (sqlite: Cache['sqlite']) => PlannedMutation[],
): DecisionResult {
  const decidedAt = (context.now?.() ?? new Date()).toISOString();
  return context.cache.sqlite.transaction(() => {
    let result: DecisionResult = { mutationId: 0, affected: 0 };
    for (const mutation of plan(context.cache.sqlite)) {
      const committed = commit(context, mutation, decidedAt);
      result = { mutationId: committed.mutationId, affected: result.affected + committed.affected };
    }
    return result;
  })();
}
