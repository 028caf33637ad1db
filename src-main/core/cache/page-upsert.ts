import type Database from 'better-sqlite3';
import { rowWriterFor, type RowWriter } from './row-writer.ts';

/** Takes a page's rows of one table as they are bound; `finish` ends the table's part of the page. */
export interface PageWriter extends RowWriter {
  finish(): void;
}

/**
 * The columns whose assignment makes SQLite maintain an index or fire an `update of` trigger of the
 * table, or null when any column may (a partial or expression index). SQLite decides that from the
 * SET list, not from the values: an upsert that assigns every column rewrites all of a row's index
 * entries even when nothing in them changed.
 */
function watchedColumns(sqlite: Database.Database, table: string): ReadonlySet<string> | null {
  const watched = new Set<string>();
  const indexes = sqlite.pragma(`index_list("${table}")`) as { name: string; partial: number }[];
  for (const index of indexes) {
    if (index.partial) return null;
    const columns = sqlite.pragma(`index_info("${index.name}")`) as { name: string | null }[];
    for (const { name } of columns) {
      if (name === null) return null;
      watched.add(name);
    }
  }
  const triggers = sqlite
    .prepare<[string], string>("select sql from sqlite_schema where type = 'trigger' and tbl_name = ?")
    .pluck()
    .all(table);
  for (const trigger of triggers) {
    const listed = /\bupdate\s+of\s+(.+?)\s+on\s/is.exec(trigger)?.[1];
    if (listed === undefined) continue;
    for (const column of listed.split(',')) watched.add(column.trim().replace(/^"|"$/g, ''));
  }
  return watched;
}

const quoted = (column: string) => `"${column}"`;
const assignments = (columns: readonly string[]) =>
  columns.map((column) => `${quoted(column)} = excluded.${quoted(column)}`).join(', ');

/**
 * The statements that move the staged rows into the table. A new row is inserted whole; a row whose
 * watched columns are as the table has them (a decision coming back from the server with its new
 * seq, an edited remark) takes only its other columns; a row whose watched columns changed takes
 * every column. Both update in place, so rowids (which the search index refers to) stay.
 */
function moveSql(
  table: string,
  stage: string,
  keys: readonly string[],
  columns: readonly string[],
  watched: ReadonlySet<string> | null,
): string[] {
  const list = columns.map(quoted).join(', ');
  const insert = `insert into "${table}" (${list}) select ${list} from "${stage}" where true
    on conflict (${keys.map(quoted).join(', ')})`;
  const values = columns.filter((column) => !keys.includes(column));
  const watchedValues = values.filter((column) => watched === null || watched.has(column));
  const unwatched = values.filter((column) => !watchedValues.includes(column));
  if (watchedValues.length === 0) {
    return [`${insert} ${values.length > 0 ? `do update set ${assignments(values)}` : 'do nothing'}`];
  }
  const unchanged = watchedValues
    .map((column) => `"${table}".${quoted(column)} is excluded.${quoted(column)}`)
    .join(' and ');
  return [
    `${insert} ${unwatched.length > 0 ? `do update set ${assignments(unwatched)} where ${unchanged}` : 'do nothing'}`,
    `${insert} do update set ${assignments(values)} where not (${unchanged})`,
  ];
}

interface PreparedUpsert {
  /** Creates the staging table unless it exists: a rolled-back page takes its creation back too. */
  createStage: string;
  writer: PageWriter;
}

const prepared = new WeakMap<Database.Database, Map<string, PreparedUpsert>>();

function prepareUpsert(
  sqlite: Database.Database,
  table: string,
  stage: string,
  keys: readonly string[],
  columns: readonly string[],
): PreparedUpsert {
  const list = columns.map(quoted).join(', ');
  const createStage = `create temp table if not exists "${stage}" as select ${list} from "${table}" where false`;
  sqlite.exec(createStage);
  const staging = rowWriterFor(sqlite, stage, keys, columns, 'append');
  const moves = moveSql(table, stage, keys, columns, watchedColumns(sqlite, table)).map((sql) =>
    sqlite.prepare(sql),
  );
  const clear = sqlite.prepare(`delete from "${stage}"`);
  const finish = () => {
    for (const move of moves) move.run();
    clear.run();
  };
  return { createStage, writer: { many: staging.many, one: staging.one, finish } };
}

/**
 * Upserts a pulled page's rows of one table: staged in a temporary table as they are bound, then
 * moved into the table by set-based statements that leave its indexes and triggers alone where the
 * watched columns did not change. Prepared once per connection, table and column list.
 */
export function pageUpsertFor(
  sqlite: Database.Database,
  table: string,
  keys: readonly string[],
  columns: readonly string[],
): PageWriter {
  let byShape = prepared.get(sqlite);
  if (!byShape) prepared.set(sqlite, (byShape = new Map()));
  const shape = `${table}(${columns.join(',')})`;
  const known = byShape.get(shape);
  if (known) {
    sqlite.exec(known.createStage);
    return known.writer;
  }
  const upsert = prepareUpsert(sqlite, table, `incoming_${table}_${byShape.size}`, keys, columns);
  byShape.set(shape, upsert);
  return upsert.writer;
}
