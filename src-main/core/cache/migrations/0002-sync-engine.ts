import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * What the sync engine keeps besides the outbox: the client id the server keys this cache's
 * mutation ids by (made with the cache, so a new cache file never reuses an old id's numbers), and
 * each touched row's columns as they were before a decision, to put back when the server refuses it.
 */
export const syncEngineSchema: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('sync_meta').addColumn('client_id', 'text').execute();
    await sql`update sync_meta set client_id = ${randomUUID()} where id = 1`.execute(db);
    await db.schema.alterTable('outbox_targets').addColumn('before', 'text').execute();
  },
};
