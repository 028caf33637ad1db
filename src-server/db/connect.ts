import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.ts';
import type { ServerDatabase } from './schema.ts';
import { withStatementCache } from './statement-cache.ts';

export interface ServerDb {
  db: Kysely<ServerDatabase>;
  dialect: DialectName;
  close(): Promise<void>;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/**
 * PostgreSQL connections the server keeps. Under load on this 2-core machine (database and server on
 * the same CPUs) 4, 5, 10 and 25 gave the same throughput; fewer trimmed the p99 a little, more grew it.
 */
export const DEFAULT_PG_POOL_SIZE = 10;

/**
 * Opens the server's database from a URL: `postgres://…` for PostgreSQL, otherwise a SQLite file
 * path (optionally prefixed `sqlite:`).
 */
export function openServerDatabase(url: string, { poolSize = DEFAULT_PG_POOL_SIZE } = {}): ServerDb {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, poolSize);
  return openSqlite(url.replace(/^sqlite:/, ''));
}

/**
 * WAL with synchronous FULL: a commit is on the disk before the server answers, as PostgreSQL's
 * default `synchronous_commit` has it. A push answered `applied` lets the client forget the
 * mutation, so a power cut must not take it back on the server's side.
 */
function openSqlite(path: string): ServerDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqliteServerDb(sqlite);
}

/**
 * A second, read-only connection to a server's SQLite file, for the pull worker: WAL lets it read
 * committed data while the server's own connection writes.
 */
export function openSqliteReader(path: string): ServerDb {
  const sqlite = new Database(path, { fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('query_only = ON');
  return sqliteServerDb(sqlite);
}

function sqliteServerDb(sqlite: Database.Database): ServerDb {
  const db = new Kysely<ServerDatabase>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return {
    db,
    dialect: 'sqlite',
    async close() {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}

function openPostgres(url: string, poolSize: number): ServerDb {
  // Sequence numbers and counts are int8; they stay far below 2^53, so plain numbers are exact.
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === PG_INT8 || oid === PG_NUMERIC ? Number : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: types as pg.CustomTypesConfig });
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
