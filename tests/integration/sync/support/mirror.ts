import { sql } from 'kysely';
import { syncedTableNames, syncedTables, type SyncedTable } from '../../../../src-shared/contract/sync.ts';
import type { Cache } from '../../../../src-main/core/cache/index.ts';
import { tableKeys } from '../../../../src-main/core/cache/table-keys.ts';
import type { ServerContext } from '../../../../src-server/context.ts';

type Row = Record<string, unknown>;
export type Mirror = Record<SyncedTable, Row[]>;

const REFERENCE = new Set<SyncedTable>(['dictionary_entries', 'ce_types', 'hour_requirements']);
const TOMBSTONED = new Set<SyncedTable>(['departments', 'unit_admins']);

const keyOf = (table: SyncedTable, row: Row) =>
  tableKeys[table].map((key) => String(row[key])).join('\u0000');

function sorted(table: SyncedTable, rows: Row[]): Row[] {
  return rows
    .map((row) => Object.fromEntries(syncedTables[table].map((column) => [column, row[column] ?? null])))
    .sort((a, b) => (keyOf(table, a) < keyOf(table, b) ? -1 : keyOf(table, a) > keyOf(table, b) ? 1 : 0));
}

/** What the unit's client should hold: every synced table, as the server has it now. */
export async function serverMirror(context: ServerContext, unitId: string): Promise<Mirror> {
  const mirror = {} as Mirror;
  for (const table of syncedTableNames) {
    const columns = sql.join(syncedTables[table].map((column) => sql.ref(column)));
    const scope = REFERENCE.has(table)
      ? sql`1 = 1`
      : table === 'units'
        ? sql`id = ${unitId}`
        : TOMBSTONED.has(table)
          ? sql`unit_id = ${unitId} and deleted = 0`
          : sql`unit_id = ${unitId}`;
    const { rows } = await sql<Row>`select ${columns} from ${sql.table(table)} where ${scope}`.execute(
      context.db,
    );
    mirror[table] = sorted(table, rows);
  }
  return mirror;
}

/** Every synced table as the client's cache holds it. */
export function cacheMirror(cache: Cache): Mirror {
  const mirror = {} as Mirror;
  for (const table of syncedTableNames) {
    const columns = syncedTables[table].map((column) => `"${column}"`).join(', ');
    mirror[table] = sorted(table, cache.sqlite.prepare<[], Row>(`select ${columns} from "${table}"`).all());
  }
  return mirror;
}

/** How many times the server recorded each of this client's mutations (exactly once is 1 each). */
export async function appliedCounts(context: ServerContext, clientId: string): Promise<Map<number, number>> {
  const rows = await context.db
    .selectFrom('applied_mutations')
    .select(['mutation_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('client_id', '=', clientId)
    .groupBy('mutation_id')
    .execute();
  return new Map(rows.map((row) => [Number(row.mutation_id), Number(row.n)]));
}
