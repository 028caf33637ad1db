import { sql, type Kysely } from 'kysely';
import { syncedTables } from '../../src-shared/contract/sync.ts';
import type { DialectName } from '../db/dialect.ts';
import type { ServerDatabase } from '../db/schema.ts';
import { feedCondition, type FeedTable } from './feed-tables.ts';

export interface BlockRange {
  unitId: string;
  after: number;
  upTo: number;
}

/**
 * Aggregates one column of the rows, in order, into a JSON array inside the database. SQLite hands
 * it over as a BLOB of UTF-8 bytes, which skips turning megabytes of Chinese text into a JavaScript
 * string and back.
 */
function jsonArrayOf(dialect: DialectName, column: string) {
  return dialect === 'postgres'
    ? sql<string>`json_agg(${sql.ref(column)})::text`
    : sql<Uint8Array>`cast(json_group_array(${sql.ref(column)}) as blob)`;
}

const OPEN_VALUES = Buffer.from(',"values":[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');
const bytesOf = (json: string | number | Uint8Array) =>
  json instanceof Uint8Array ? json : Buffer.from(String(json));

/**
 * The index a table's feed is read through in seq order: `(unit_id, seq)` for a unit's rows, `(seq)`
 * for the reference tables. A unit's own `units` row is a single row, read by its key.
 */
function seqIndex(table: FeedTable): string | null {
  if (table.scope === 'unitRows') return `${table.name}_unit_seq`;
  if (table.scope === 'reference') return `${table.name}_seq`;
  return null;
}

/**
 * The rows of a block, for the aggregates to consume in seq order. PostgreSQL aggregates an ordered
 * subquery in its order. SQLite runs such a subquery as a co-routine that copies every value on its
 * way to the aggregates (a third of the time of a page of declarations), so there the aggregates read
 * the table itself, through its seq index named with INDEXED BY: the scan follows the index's order,
 * and should the index ever be missing the statement fails instead of silently reading another way.
 */
function orderedRows(context: { dialect: DialectName }, table: FeedTable, range: BlockRange) {
  const columns = syncedTables[table.name];
  const live = table.hasTombstones ? sql` and deleted = 0` : sql``;
  const condition = sql`${feedCondition(table, range.unitId, range)}${live}`;
  if (context.dialect === 'postgres') {
    return sql`(
      select ${sql.join(columns.map((column) => sql.ref(column)))} from ${sql.table(table.name)}
      where ${condition}
      order by seq
    ) as page`;
  }
  const index = seqIndex(table);
  const indexed = index === null ? sql`` : sql` indexed by ${sql.ref(index)}`;
  return sql`${sql.table(table.name)}${indexed} where ${condition}`;
}

/**
 * Writes `prefix` and the JSON of a column block (`{"columns":[…],"values":[[…],…]}`) for the live
 * rows of a table in a seq range, as UTF-8 pieces, unless there are none (then returns false). The
 * database builds each column's JSON array, so no object is made per row here: that keeps a page of
 * 20,000 declarations cheap and memory-flat.
 */
export async function writeColumnBlock(
  context: { db: Kysely<ServerDatabase>; dialect: DialectName },
  table: FeedTable,
  range: BlockRange,
  prefix: string,
  write: (piece: Uint8Array) => void,
): Promise<boolean> {
  const columns = syncedTables[table.name];
  const aggregates = columns.map(
    (column, i) => sql`${jsonArrayOf(context.dialect, column)} as ${sql.ref(`c${i}`)}`,
  );
  const { rows } = await sql<Record<string, string | number | Uint8Array>>`
    select count(*) as row_count, ${sql.join(aggregates)}
    from ${orderedRows(context, table, range)}`.execute(context.db);
  const row = rows[0];
  if (!row || Number(row.row_count) === 0) return false;
  write(Buffer.from(`${prefix}{"columns":${JSON.stringify(columns)}`));
  columns.forEach((_, i) => {
    write(i === 0 ? OPEN_VALUES : COMMA);
    write(bytesOf(row[`c${i}`]!));
  });
  write(CLOSE);
  return true;
}

/** Ids of the rows deleted in a seq range. */
export async function tombstoneIds(
  db: Kysely<ServerDatabase>,
  table: FeedTable,
  range: BlockRange,
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select id from ${sql.table(table.name)}
    where ${feedCondition(table, range.unitId, range)} and deleted = 1
    order by seq`.execute(db);
  return rows.map((row) => row.id);
}
