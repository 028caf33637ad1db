import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { cacheMigrations } from './migrations/index.ts';
import type { CacheSchema } from './schema.ts';

/** One account's cache: the typed query builder, and the raw handle the bulk writes prepare on. */
export interface Cache {
  readonly path: string;
  readonly db: Kysely<CacheSchema>;
  readonly sqlite: Database.Database;
  close(): Promise<void>;
}

/**
 * 64 MiB of page cache: the upper levels and busy leaves of the million-row indexes stay in memory
 * while a sync writes them, well within the client's memory budget.
 */
const CACHE_SIZE_KIB = 64 * 1024;

/**
 * Opens (creating if needed) and migrates a cache file. Foreign keys stay off: the server is the
 * truth, and pages may bring rows in any table order. WAL keeps readers going while a page commits.
 * Synchronous FULL: a commit (an administrator's decision with its outbox entry) is on the disk
 * before the UI is told it is done, so not even a power cut loses it; pulled pages, which can be
 * pulled again, relax this for their own commits (`pageCommitSettings`).
 */
export async function openCache(
  path: string,
  migrations: Readonly<Record<string, Migration>> = cacheMigrations,
): Promise<Cache> {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma(`cache_size = -${CACHE_SIZE_KIB}`);
  sqlite.pragma('temp_store = MEMORY');
  const db = new Kysely<CacheSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  const close = async () => {
    await db.destroy();
    if (sqlite.open) sqlite.close();
  };
  try {
    await migrate(db, migrations);
  } catch (error) {
    await close();
    throw error;
  }
  return { path, db, sqlite, close };
}

async function migrate(db: Kysely<CacheSchema>, migrations: Readonly<Record<string, Migration>>) {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === 'Error');
  throw new Error(`缓存数据库迁移失败：${failed?.migrationName ?? ''}`, { cause: error });
}
