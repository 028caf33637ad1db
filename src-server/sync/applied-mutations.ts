import type { Kysely } from 'kysely';
import type { MutationResult } from '../../src-shared/contract/sync.ts';
import type { ServerDatabase } from '../db/schema.ts';
import { forbidden } from '../http/http-error.ts';
import type { UnitAdminCaller } from './mutations/types.ts';

export interface MutationKey {
  clientId: string;
  mutationId: number;
  unitId: string;
}

/** The answer a mutation got when it was first processed, if it was. */
export async function storedResult(
  db: Kysely<ServerDatabase>,
  key: MutationKey,
): Promise<MutationResult | undefined> {
  const row = await db
    .selectFrom('applied_mutations')
    .select('result')
    .where('client_id', '=', key.clientId)
    .where('mutation_id', '=', key.mutationId)
    .where('unit_id', '=', key.unitId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.result) as MutationResult) : undefined;
}

/** Records a processed mutation and its answer; a second record of the same key fails (primary key). */
export async function recordResult(
  db: Kysely<ServerDatabase>,
  key: MutationKey & { name: string; at: string },
  result: MutationResult,
): Promise<void> {
  await db
    .insertInto('applied_mutations')
    .values({
      client_id: key.clientId,
      mutation_id: key.mutationId,
      unit_id: key.unitId,
      name: key.name,
      result: JSON.stringify(result),
      applied_at: key.at,
    })
    .execute();
}

/** Remembers the client, its administrator and the highest mutation id it has had processed. */
export async function trackClient(
  db: Kysely<ServerDatabase>,
  caller: UnitAdminCaller,
  key: MutationKey & { at: string },
): Promise<void> {
  await db
    .insertInto('sync_clients')
    .values({
      client_id: key.clientId,
      unit_id: caller.unitId,
      admin_id: caller.adminId,
      last_mutation_id: key.mutationId,
      last_seen_at: key.at,
    })
    .onConflict((oc) =>
      oc.column('client_id').doUpdateSet((eb) => ({
        admin_id: eb.ref('excluded.admin_id'),
        last_seen_at: eb.ref('excluded.last_seen_at'),
        last_mutation_id: eb
          .case()
          .when('excluded.last_mutation_id', '>', eb.ref('sync_clients.last_mutation_id'))
          .then(eb.ref('excluded.last_mutation_id'))
          .else(eb.ref('sync_clients.last_mutation_id'))
          .end(),
      })),
    )
    .execute();
}

/** A client id belongs to the unit that first pushed with it; nobody else may use its answers. */
export async function assertClientOfUnit(
  db: Kysely<ServerDatabase>,
  clientId: string,
  caller: UnitAdminCaller,
): Promise<void> {
  const client = await db
    .selectFrom('sync_clients')
    .select('unit_id')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (client && client.unit_id !== caller.unitId) throw forbidden('该客户端已绑定其他单位，不能用于本单位');
}
