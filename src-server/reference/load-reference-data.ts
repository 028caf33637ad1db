import type { Kysely } from 'kysely';
import { ceTypes } from '../../src-shared/domain/ce-types.ts';
import { dictionaries, type CodeEntry } from '../../src-shared/domain/code-lists.ts';
import { hourRequirements } from '../../src-shared/domain/hours.ts';
import type { ServerDatabase } from '../db/schema.ts';
import { allocateSeq } from '../db/sequence.ts';

/**
 * Brings the reference tables in line with the code lists, CE catalogue and hour requirements of
 * src-shared. Only rows that are new or changed get a new seq, so clients receive exactly the changes
 * through the sync feed. Codes are never deleted: old records keep referring to them.
 */
export async function loadReferenceData(db: Kysely<ServerDatabase>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const changed = [
      ...(await changedDictionaryEntries(trx)),
      ...(await changedCeTypes(trx)),
      ...(await changedRequirements(trx)),
    ];
    if (changed.length === 0) return 0;
    const firstSeq = await allocateSeq(trx, changed.length);
    for (const [index, write] of changed.entries()) await write(trx, firstSeq + index);
    return changed.length;
  });
}

type Write = (trx: Kysely<ServerDatabase>, seq: number) => Promise<unknown>;

async function changedDictionaryEntries(trx: Kysely<ServerDatabase>): Promise<Write[]> {
  const existing = await trx.selectFrom('dictionary_entries').selectAll().execute();
  const byKey = new Map(existing.map((row) => [`${row.dictionary}:${row.code}`, row]));
  const writes: Write[] = [];
  for (const [dictionary, entries] of Object.entries(dictionaries) as [string, readonly CodeEntry[]][]) {
    entries.forEach((entry, sortOrder) => {
      const row = {
        dictionary,
        code: entry.code,
        label: entry.label,
        parent_code: entry.parent ?? null,
        sort_order: sortOrder,
      };
      const old = byKey.get(`${dictionary}:${entry.code}`);
      if (
        old &&
        old.label === row.label &&
        old.parent_code === row.parent_code &&
        old.sort_order === row.sort_order
      )
        return;
      writes.push((db, seq) =>
        db
          .insertInto('dictionary_entries')
          .values({ ...row, seq })
          .onConflict((oc) => oc.columns(['dictionary', 'code']).doUpdateSet({ ...row, seq }))
          .execute(),
      );
    });
  }
  return writes;
}

async function changedCeTypes(trx: Kysely<ServerDatabase>): Promise<Write[]> {
  const existing = new Map(
    (await trx.selectFrom('ce_types').selectAll().execute()).map((row) => [row.code, row]),
  );
  return ceTypes.flatMap((type, sortOrder): Write[] => {
    const row = { code: type.code, name: type.name, definition: JSON.stringify(type), sort_order: sortOrder };
    const old = existing.get(type.code);
    if (old && old.name === row.name && old.definition === row.definition && old.sort_order === sortOrder)
      return [];
    return [
      (db, seq) =>
        db
          .insertInto('ce_types')
          .values({ ...row, seq })
          .onConflict((oc) => oc.column('code').doUpdateSet({ ...row, seq }))
          .execute(),
    ];
  });
}

async function changedRequirements(trx: Kysely<ServerDatabase>): Promise<Write[]> {
  const existing = new Map(
    (await trx.selectFrom('hour_requirements').selectAll().execute()).map((row) => [row.year, row]),
  );
  return hourRequirements.flatMap((requirement): Write[] => {
    const row = {
      year: requirement.year,
      total_hours: requirement.totalHours,
      public_min_hours: requirement.publicMinHours,
      professional_min_hours: requirement.professionalMinHours,
    };
    const old = existing.get(requirement.year);
    const same =
      old &&
      old.total_hours === row.total_hours &&
      old.public_min_hours === row.public_min_hours &&
      old.professional_min_hours === row.professional_min_hours;
    if (same) return [];
    return [
      (db, seq) =>
        db
          .insertInto('hour_requirements')
          .values({ ...row, seq })
          .onConflict((oc) => oc.column('year').doUpdateSet({ ...row, seq }))
          .execute(),
    ];
  });
}
