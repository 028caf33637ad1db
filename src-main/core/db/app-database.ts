import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';

/** Tables of the app-wide database; per-account caches live in their own files. */
export type AppDatabaseSchema = Record<string, never>;

export interface AppDatabase {
  readonly path: string;
  readonly db: Kysely<AppDatabaseSchema>;
  sqliteVersion(): Promise<string>;
  close(): Promise<void>;
}

export function openAppDatabase(path: string): AppDatabase {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<AppDatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    path,
    db,
    async sqliteVersion() {
      const { rows } = await sql<{ version: string }>`select sqlite_version() as version`.execute(db);
      return rows[0]!.version;
    },
    async close() {
      // kysely's destroy is a no-op when no query ever ran, so the file is closed here as well.
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
