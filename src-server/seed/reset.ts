import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema.ts';

/** Every table the seed or the users fill, children before parents; reference tables stay. */
const DATA_TABLES = [
  'audit_log',
  'applied_mutations',
  'sync_clients',
  'mail_outbox',
  'login_failures',
  'captchas',
  'sessions',
  'certificate_leases',
  'certificates',
  'declarations',
  'staff',
  'departments',
  'unit_admins',
  'units',
  'attachments',
  'hr_admins',
] as const satisfies readonly (keyof ServerDatabase)[];

/** Whether anyone (a seed, a registration, an HR account) has written data. */
export async function holdsData(db: Kysely<ServerDatabase>): Promise<boolean> {
  for (const table of ['units', 'staff', 'hr_admins'] as const) {
    if (await db.selectFrom(table).select('id').limit(1).executeTakeFirst()) return true;
  }
  return false;
}

/**
 * Deletes all data but the reference tables and starts a new epoch, so every client's cursor is
 * answered RESYNC_REQUIRED and it pulls the new data set from scratch. Sequence numbers keep rising.
 */
export async function deleteAllData(db: Kysely<ServerDatabase>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of DATA_TABLES) await trx.deleteFrom(table).execute();
    await trx.updateTable('sync_state').set({ epoch: randomUUID() }).where('id', '=', 1).execute();
  });
}
