import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared; batch statements (`in (?, ?, …)` of any length) vary the most. */
const CACHED_STATEMENTS = 300;
/** Longer statements (the seed's multi-row inserts of thousands of rows) are prepared each time. */
const LONGEST_CACHED_SQL = 64 * 1024;

/**
 * The connection as kysely's SQLite dialect sees it, with prepared statements reused: kysely prepares
 * every query it runs anew, and under load preparing took about a tenth of the server's time. A
 * statement still being iterated (a streamed query) is never handed out twice; a fresh one is.
 * The least recently used statement goes when the cache is full; very long ones are not kept.
 */
export function withStatementCache(sqlite: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      if (sql.length > LONGEST_CACHED_SQL) return sqlite.prepare(sql) as unknown as SqliteStatement;
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached as unknown as SqliteStatement;
      }
      const statement = sqlite.prepare(sql);
      if (!cached) statements.set(sql, statement);
      if (statements.size > CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
      return statement as unknown as SqliteStatement;
    },
  };
}
