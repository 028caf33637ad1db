import type Database from 'better-sqlite3';

/**
 * The engine checkpoints the cache's WAL itself instead of SQLite doing it inside the commit that
 * crosses the threshold: a batch decision's commit then only appends to the WAL, and the copy back
 * into the database runs right after, once the administrator has been told the decision is done.
 */
export function takeOverCheckpoints(sqlite: Database.Database): void {
  sqlite.pragma('wal_autocheckpoint = 0');
}

/** Copies what it can of the WAL into the database without waiting for readers. */
export function checkpoint(sqlite: Database.Database): void {
  if (sqlite.open) sqlite.pragma('wal_checkpoint(PASSIVE)');
}
