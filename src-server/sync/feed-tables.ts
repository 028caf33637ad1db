import { sql, type RawBuilder } from 'kysely';
import { syncedTableNames, type SyncedTable } from '../../src-shared/contract/sync.ts';

/**
 * Which rows of a synced table a unit sees: every row of the reference tables, its own `units` row,
 * and the rows of the other tables that carry its `unit_id` (served by the `(unit_id, seq)` indexes).
 */
type Scope = 'reference' | 'ownUnit' | 'unitRows';

export interface FeedTable {
  name: SyncedTable;
  scope: Scope;
  /** Deleted rows stay with `deleted = 1` and travel as tombstones (their ids), not as rows. */
  hasTombstones: boolean;
}

const SCOPES: Record<SyncedTable, Scope> = {
  dictionary_entries: 'reference',
  ce_types: 'reference',
  hour_requirements: 'reference',
  units: 'ownUnit',
  unit_admins: 'unitRows',
  departments: 'unitRows',
  staff: 'unitRows',
  declarations: 'unitRows',
  certificates: 'unitRows',
};

const TOMBSTONE_TABLES: ReadonlySet<SyncedTable> = new Set(['departments', 'unit_admins']);

export const feedTables: readonly FeedTable[] = syncedTableNames.map((name) => ({
  name,
  scope: SCOPES[name],
  hasTombstones: TOMBSTONE_TABLES.has(name),
}));

/** `<scope> and seq > after [and seq <= upTo]`, for a unit's view of the table. */
export function feedCondition(
  table: FeedTable,
  unitId: string,
  range: { after: number; upTo?: number },
): RawBuilder<unknown> {
  const conditions = [sql`seq > ${range.after}`];
  if (table.scope === 'ownUnit') conditions.unshift(sql`id = ${unitId}`);
  if (table.scope === 'unitRows') conditions.unshift(sql`unit_id = ${unitId}`);
  if (range.upTo !== undefined) conditions.push(sql`seq <= ${range.upTo}`);
  return sql.join(conditions, sql` and `);
}
