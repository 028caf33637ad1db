import { sql } from 'kysely';
import type { DialectName } from '../db/dialect.ts';

/**
 * ` for update` on PostgreSQL, so the rows a transaction decides on stay as read until it commits;
 * nothing on SQLite, which runs one write transaction at a time anyway.
 */
export function forUpdate(dialect: DialectName) {
  return dialect === 'postgres' ? sql` for update` : sql``;
}
