import type Database from 'better-sqlite3';
import { BATCH_MAX_ITEMS } from '../../../src-shared/contract/sync.ts';
import type { DecidedTable } from './effects/index.ts';

export interface VersionedRow {
  id: string;
  version: number;
}

/** The rows among `ids` (first occurrence order, repeats dropped) that are in `status`. */
export function rowsInStatus(
  sqlite: Database.Database,
  table: 'staff' | 'declarations',
  ids: readonly string[],
  status: string,
): VersionedRow[] {
  return sqlite
    .prepare<[string, string], VersionedRow>(
      `select row.id, row.version from json_each(?) as chosen cross join "${table}" as row
       where row.id = chosen.value and row.status = ? order by chosen.key`,
    )
    .all(JSON.stringify([...new Set(ids)]), status);
}

/** One row by id, with the columns asked for, if the cache has it. */
export function cachedRow<T>(
  sqlite: Database.Database,
  table: DecidedTable,
  id: string,
  columns = '*',
): T | undefined {
  return sqlite.prepare<[string], T>(`select ${columns} from "${table}" where id = ?`).get(id);
}

/** A large batch travels as several mutations of at most BATCH_MAX_ITEMS items. */
export function batches<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_MAX_ITEMS) chunks.push(items.slice(i, i + BATCH_MAX_ITEMS));
  return chunks;
}
