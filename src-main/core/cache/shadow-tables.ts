import type Database from 'better-sqlite3';
import { SqliteError } from 'better-sqlite3';
import { syncedTableNames, type SyncedTable } from '../../../src-shared/contract/sync.ts';
import { tableKeys } from './table-keys.ts';

const SHADOW_SUFFIX = '__shadow';

export function shadowOf(table: SyncedTable): string {
  return `${table}${SHADOW_SUFFIX}`;
}

/** The table a page goes into: the live one, or its shadow while a resync fills the shadows. */
export function targetOf(table: SyncedTable, resyncing: boolean): string {
  return resyncing ? shadowOf(table) : table;
}

/**
 * Empty copies of every mirrored table: the same columns, and no indexes (the keys are unique
 * indexes too), so that pages are appended as fast as SQLite can write.
 */
export function createShadows(sqlite: Database.Database): void {
  const definition = sqlite.prepare<[string], { sql: string }>(
    "select sql from sqlite_schema where type = 'table' and name = ?",
  );
  for (const table of syncedTableNames) {
    sqlite.exec(`drop table if exists "${shadowOf(table)}"`);
    const { sql } = definition.get(table)!;
    sqlite.exec(sql.replace(/^create table "?\w+"?/i, `create table "${shadowOf(table)}"`));
  }
}

/**
 * Puts each shadow in place of its live table. The live table's indexes and triggers go with it,
 * so they are read first and created again on the new table: building an index once over the full
 * table is much faster than keeping it up to date row by row.
 */
export function swapInShadows(sqlite: Database.Database): void {
  const dependents = sqlite.prepare<[string], { sql: string }>(
    "select sql from sqlite_schema where type in ('index', 'trigger') and tbl_name = ? and sql is not null",
  );
  for (const table of syncedTableNames) {
    const definitions = dependents.all(table).map((row) => row.sql);
    sqlite.exec(`drop table "${table}"`);
    sqlite.exec(`alter table "${shadowOf(table)}" rename to "${table}"`);
    for (const definition of definitions) createDependent(sqlite, table, definition);
  }
}

/** A key fails to build when a row changed during the resync and came twice: the later one wins. */
function createDependent(sqlite: Database.Database, table: SyncedTable, definition: string): void {
  try {
    sqlite.exec(definition);
  } catch (error) {
    if (!(error instanceof SqliteError) || error.code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
    removeSuperseded(sqlite, table);
    sqlite.exec(definition);
  }
}

/** Pages are appended in seq order, so of the rows with one key the last inserted is the newest. */
function removeSuperseded(sqlite: Database.Database, table: SyncedTable): void {
  const keys = tableKeys[table].map((key) => `"${key}"`).join(', ');
  sqlite.exec(`delete from "${table}" where rowid in (
    select rowid from (
      select rowid, row_number() over (partition by ${keys} order by rowid desc) as newer from "${table}"
    ) where newer > 1
  )`);
}
