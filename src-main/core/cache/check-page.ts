import {
  syncedTables,
  type ColumnBlock,
  type PullResponse,
  type SyncedTable,
} from '../../../src-shared/contract/sync.ts';
import { tableKeys } from './table-keys.ts';

/**
 * Refuses a page that does not fit the mirror before anything is written. Column names end up in
 * SQL text, so only the known ones may pass.
 */
export function checkPage(page: PullResponse): void {
  for (const [table, block] of Object.entries(page.tables)) checkBlock(knownTable(table), block);
  for (const table of Object.keys(page.tombstones)) {
    if (tableKeys[knownTable(table)].length !== 1) throw new Error(`同步数据无效：${table} 不支持删除`);
  }
}

function knownTable(table: string): SyncedTable {
  if (!Object.hasOwn(syncedTables, table)) throw new Error(`同步数据无效：未知的表 ${table}`);
  return table as SyncedTable;
}

function checkBlock(table: SyncedTable, block: ColumnBlock): void {
  const known: readonly string[] = syncedTables[table];
  const { columns, values } = block;
  const unknown = columns.find((column) => !known.includes(column));
  if (unknown !== undefined) throw new Error(`同步数据无效：${table} 没有列 ${unknown}`);
  if (new Set(columns).size !== columns.length) throw new Error(`同步数据无效：${table} 的列重复`);
  if (tableKeys[table].some((key) => !columns.includes(key))) {
    throw new Error(`同步数据无效：${table} 缺少主键列`);
  }
  const rows = values[0]?.length ?? 0;
  if (values.length !== columns.length || values.some((column) => column.length !== rows)) {
    throw new Error(`同步数据无效：${table} 的列长度不一致`);
  }
}
