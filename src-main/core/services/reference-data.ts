import type { Kysely } from 'kysely';
import { ceTypeSchema, type CeType } from '../../../src-shared/domain/ce-types.ts';
import type { ReferenceData } from '../../../src-shared/contract/index.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { readRequirements } from '../queries/year-hours.ts';

/** The code lists, CE types and requirements as the server last sent them. */
export async function readReferenceData(db: Kysely<CacheSchema>): Promise<ReferenceData> {
  const [entries, types, hourRequirements] = await Promise.all([
    db.selectFrom('dictionary_entries').selectAll().orderBy('dictionary').orderBy('sort_order').execute(),
    readCeTypes(db),
    readRequirements(db),
  ]);
  const dictionaries: ReferenceData['dictionaries'] = {};
  for (const entry of entries) {
    (dictionaries[entry.dictionary] ??= []).push({
      code: entry.code,
      label: entry.label,
      parentCode: entry.parent_code,
    });
  }
  return { dictionaries, ceTypes: types, hourRequirements };
}

/** The synced catalogue; a definition this version cannot read is left out rather than failing. */
export async function readCeTypes(db: Kysely<CacheSchema>): Promise<CeType[]> {
  const rows = await db.selectFrom('ce_types').select('definition').orderBy('sort_order').execute();
  return rows.flatMap((row) => {
    const parsed = ceTypeSchema.safeParse(JSON.parse(row.definition));
    return parsed.success ? [parsed.data] : [];
  });
}
