import type { Kysely } from 'kysely';
import type { ServerDatabase, SubjectKind } from './db/schema.ts';

export interface AuditEntry {
  at: string;
  actorKind: SubjectKind | 'system';
  actorId: string;
  unitId: string | null;
  clientId?: string | null;
  action: string;
  target: string;
  details?: unknown;
  address: string;
}

/** Records an administrator's action; call inside the transaction that makes the change. */
export async function writeAudit(db: Kysely<ServerDatabase>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor_kind: entry.actorKind,
      actor_id: entry.actorId,
      unit_id: entry.unitId,
      client_id: entry.clientId ?? null,
      action: entry.action,
      target: entry.target,
      details: JSON.stringify(entry.details ?? {}),
      address: entry.address,
    })
    .execute();
}
