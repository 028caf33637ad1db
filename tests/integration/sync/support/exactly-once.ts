import { expect } from 'vitest';
import type { Cache } from '../../../../src-main/core/cache/index.ts';
import type { ServerContext } from '../../../../src-server/context.ts';
import { appliedCounts } from './mirror.ts';

/**
 * Every decision of the client was answered, and the server processed each exactly once: one
 * recorded result and one audit entry per mutation, none for anything else.
 */
export async function expectEachAppliedOnce(context: ServerContext, cache: Cache, clientId: string) {
  const outbox = cache.sqlite
    .prepare('select mutation_id, status from outbox order by mutation_id')
    .all() as {
    mutation_id: number;
    status: string;
  }[];
  expect(outbox.filter((entry) => entry.status === 'queued' || entry.status === 'sent')).toEqual([]);
  const counts = await appliedCounts(context, clientId);
  expect([...counts.keys()].sort((a, b) => a - b)).toEqual(outbox.map((entry) => entry.mutation_id));
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
  const audit = await context.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('client_id', '=', clientId)
    .executeTakeFirstOrThrow();
  expect(Number(audit.n)).toBe(outbox.length);
}
