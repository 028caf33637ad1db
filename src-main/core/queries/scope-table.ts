import { sql, type Kysely } from 'kysely';
import type { CacheSchema } from '../cache/schema.ts';
import { staffInScope, type StaffScope } from './staff-scope.ts';

/** The temporary table listing the people in scope (a type alias: kysely wants an indexable shape). */
export type ScopeTable = { picked_staff: { id: string } };
export type Scoped = CacheSchema & ScopeTable;

/**
 * Runs a query with the people in scope listed in a keyed temporary table. A list merging many
 * partitions checks each row against the scope; a subquery would be listed again for every
 * partition, the table is listed once. The connection is held for the whole run, so another query
 * can't refill the table in between.
 */
export function withScopeTable<T>(
  db: Kysely<CacheSchema>,
  scope: StaffScope,
  run: (db: Kysely<Scoped>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    const scoped = connection.withTables<ScopeTable>();
    await scoped.schema
      .createTable('picked_staff')
      .temporary()
      .ifNotExists()
      .addColumn('id', 'text', (column) => column.primaryKey())
      .modifyEnd(sql`without rowid`)
      .execute();
    await scoped.deleteFrom('picked_staff').execute();
    await scoped
      .insertInto('picked_staff')
      .columns(['id'])
      .expression(staffInScope(connection, scope))
      .execute();
    return run(scoped);
  });
}
