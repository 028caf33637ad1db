import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.ts';
import type { ServerDatabase } from './schema.ts';

export interface ServerDb {
  db: Kysely<ServerDatabase>;
  dialect: DialectName;
  close(): Promise<void>;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/**
 * Opens the server's database from a URL: `postgres://…` for PostgreSQL, otherwise a SQLite file
 * path (optionally prefixed `sqlite:`).
 */
export function openServerDatabase(url: string): ServerDb {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  return openSqlite(url.replace(/^sqlite:/, ''));
}

function openSqlite(path: string): ServerDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<ServerDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    async close() {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}

function openPostgres(url: string): ServerDb {
  // Sequence numbers and counts are int8; they stay far below 2^53, so plain numbers are exact.
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === PG_INT8 || oid === PG_NUMERIC ? Number : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: url, max: 10, types: types as pg.CustomTypesConfig });
  let closing = false;
  // An idle connection can fail (a database restart, an administrator ending it); without a listener
  // the pool would crash the process. Queries on a broken connection still fail and are answered 5xx.
  pool.on('error', (error) => {
    if (!closing) console.error('[db] idle PostgreSQL connection failed:', error.message);
  });
  const db = new Kysely<ServerDatabase>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    close() {
      closing = true;
      return db.destroy();
    },
  };
}
