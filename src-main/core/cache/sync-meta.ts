import type Database from 'better-sqlite3';
import type { CacheRow } from './schema.ts';

/** Where the pull stands. */
export type SyncMeta = Pick<
  CacheRow<'sync_meta'>,
  'cursor' | 'epoch' | 'schema_version' | 'last_synced_at' | 'resyncing'
>;

export function readSyncMeta(sqlite: Database.Database): SyncMeta {
  return sqlite
    .prepare<[], SyncMeta>(
      'select cursor, epoch, schema_version, last_synced_at, resyncing from sync_meta where id = 1',
    )
    .get()!;
}

/**
 * The epoch inside a cursor (`<schema version>:<epoch>:<seq>`, docs/sync-protocol.md), kept to tell
 * which server data set the cache mirrors; null for a cursor of another shape.
 */
export function epochOfCursor(cursor: string): string | null {
  const parts = cursor.split(':');
  return parts.length === 3 && parts[1] ? parts[1] : null;
}
