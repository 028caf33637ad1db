import { randomUUID } from 'node:crypto';
import { Migrator, type Migration } from 'kysely/migration';
import type { ServerDb } from './connect.ts';
import type { DialectName } from './dialect.ts';
import { loadReferenceData } from '../reference/load-reference-data.ts';
import { initialSchema } from './migrations/0001-initial.ts';

/** Append-only: a new migration gets the next number; released ones never change. */
function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': initialSchema(dialect),
  };
}

/** Migrates, then loads the reference data of src-shared: what every start of the server does. */
export async function prepareDatabase(database: ServerDb): Promise<void> {
  await migrateToLatest(database);
  await loadReferenceData(database.db);
}

export async function migrateToLatest({ db, dialect }: ServerDb): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(dialect) } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error)
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  await db
    .insertInto('sync_state')
    .values({ id: 1, last_seq: 0, epoch: randomUUID() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
