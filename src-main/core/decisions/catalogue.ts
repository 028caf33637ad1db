import type Database from 'better-sqlite3';
import { ceTypes, type CeType } from '../../../src-shared/domain/ce-types.ts';

/** The CE type catalogue the server sent (table `ce_types`), or the built-in one before a first sync. */
export function cachedCatalogue(sqlite: Database.Database): readonly CeType[] {
  const rows = sqlite
    .prepare<[], { definition: string }>('select definition from ce_types order by sort_order')
    .all();
  return rows.length === 0 ? ceTypes : rows.map((row) => JSON.parse(row.definition) as CeType);
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar year in China, where the year-end deadline falls (as the server counts it). */
export const chinaYear = (now: Date) => new Date(now.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
