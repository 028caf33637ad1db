import type { Migration } from 'kysely/migration';
import { initialCacheSchema } from './0001-initial.ts';
import { syncEngineSchema } from './0002-sync-engine.ts';

/** Append-only: a new migration gets the next number; released ones never change. */
export const cacheMigrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initialCacheSchema,
  '0002-sync-engine': syncEngineSchema,
};
