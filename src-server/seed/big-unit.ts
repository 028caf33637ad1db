import type { Kysely } from 'kysely';
import { ceTypes, type CeTypeCode } from '../../src-shared/domain/ce-types.ts';
import type { DialectName } from '../db/dialect.ts';
import type { NewRow, ServerDatabase, StaffStatus } from '../db/schema.ts';
import { attachmentRow, refOf } from './attachment-rows.ts';
import { insertSequenced } from './bulk-insert.ts';
import { randomContent, type DeclarationContent } from './declaration-content.ts';
import { declarationRow, randomDeclarationStatus } from './declaration-rows.ts';
import { PROFESSIONAL_TYPES } from './demo-declarations.ts';
import type { DemoLogin } from './demo-unit-world.ts';
import type { DemoUnit } from './demo-units.ts';
import { departmentRows } from './department-rows.ts';
import { makePerson, type IdNumberRegistry } from './people.ts';
import type { Prng } from './prng.ts';
import { samplePdf, samplePng } from './sample-files.ts';
import { emptyBatch, writeBatch } from './seed-batch.ts';
import { SEED_YEARS } from './seed-calendar.ts';
import { sectorProfiles } from './sector-profiles.ts';
import { declarableYears, staffRow } from './staff-rows.ts';
import { unitRows } from './unit-rows.ts';

export interface BigUnitOptions {
  staff: number;
  declarations: number;
}

export interface BigUnitContext {
  db: Kysely<ServerDatabase>;
  dialect: DialectName;
  ids: IdNumberRegistry;
  passwordHash: string;
}

/** The big unit's name, by which benchmarks find it. */
export const BIG_UNIT_NAME = '河南省直第三人民医院';

const BIG_UNIT: DemoUnit = {
  name: BIG_UNIT_NAME,
  sector: 'hospital',
  regionCode: '410000',
  codeCategory: '12',
  natureCode: '23',
  affiliationCode: '20',
  levelCode: '1',
  industryCode: 'Q',
  competentDepartment: '河南省卫生健康委员会',
  address: '郑州市二七区大学路',
  status: 'approved',
  staffCount: 0,
};

const STAFF_STATUSES: readonly (readonly [StaffStatus, number])[] = [
  ['approved', 92],
  ['pending', 3],
  ['rejected', 2],
  ['left', 2],
  ['withdrawn', 1],
];

const ALL_TYPES: readonly (readonly [CeTypeCode, number])[] = [['public_course', 35], ...PROFESSIONAL_TYPES];

/**
 * Declarations per transaction and per generated chunk: few commits (random UUID keys dirty index
 * pages all over, and each commit writes them out again), while only one chunk is held in memory.
 */
const DECLARATIONS_PER_TRANSACTION = 250_000;
const DECLARATIONS_PER_CHUNK = 25_000;
/** Distinct contents per type and year that the big unit's declarations share. */
const CONTENTS_PER_TYPE_YEAR = 16;

/** Checked contents by `type:year`: the rules run once per content, not once per row. */
function contentPool(rng: Prng): Map<string, DeclarationContent[]> {
  const profile = sectorProfiles[BIG_UNIT.sector];
  const pool = new Map<string, DeclarationContent[]>();
  for (const type of ceTypes) {
    for (const year of SEED_YEARS) {
      const contents = Array.from({ length: CONTENTS_PER_TYPE_YEAR }, () =>
        randomContent(rng, type.code, year, profile),
      );
      pool.set(`${type.code}:${year}`, contents);
    }
  }
  return pool;
}

async function writeDeclarations(
  context: BigUnitContext,
  count: number,
  makeRow: () => NewRow<'declarations'>,
): Promise<void> {
  for (let written = 0; written < count; written += DECLARATIONS_PER_TRANSACTION) {
    const inTransaction = Math.min(DECLARATIONS_PER_TRANSACTION, count - written);
    await context.db.transaction().execute(async (trx) => {
      for (let done = 0; done < inTransaction; done += DECLARATIONS_PER_CHUNK) {
        const rows = Array.from({ length: Math.min(DECLARATIONS_PER_CHUNK, inTransaction - done) }, makeRow);
        await insertSequenced(trx, context.dialect, 'declarations', rows);
      }
    });
  }
}

/**
 * One large unit for load and scale tests: `staff` people (mostly approved) and `declarations` spread
 * over them, the years, the types and the statuses, written in large multi-row transactions.
 */
export async function seedBigUnit(
  rng: Prng,
  options: BigUnitOptions,
  context: BigUnitContext,
): Promise<DemoLogin> {
  const seeded = unitRows(rng, BIG_UNIT, context);
  const decidedAt = seeded.unit.decided_at!;
  const departments = departmentRows(rng, seeded.unit.id, sectorProfiles.hospital.departments, decidedAt);
  const uploader = { unitId: seeded.unit.id, uploadedBy: seeded.mainAdmin.id, createdAt: decidedAt };
  const proofs = [attachmentRow(rng, samplePng, uploader), attachmentRow(rng, samplePdf, uploader)];
  const staff = Array.from({ length: options.staff }, () => {
    const person = makePerson(rng, {
      regionCode: BIG_UNIT.regionCode,
      sector: BIG_UNIT.sector,
      ids: context.ids,
    });
    const placement = {
      unitId: seeded.unit.id,
      departmentId: rng.pick(departments).id,
      unitApprovedAt: Date.parse(decidedAt),
      passwordHash: context.passwordHash,
    };
    return staffRow(rng, person, placement, rng.weighted(STAFF_STATUSES));
  });
  await writeBatch(context.db, context.dialect, {
    ...emptyBatch(),
    units: [seeded.unit],
    unit_admins: [seeded.mainAdmin],
    attachments: [seeded.scan, ...proofs],
    departments,
    staff,
  });

  const declarants = staff
    .map((row) => ({ id: row.id, years: declarableYears(row, SEED_YEARS) }))
    .filter((entry) => entry.years.length > 0);
  if (options.declarations > 0 && declarants.length === 0)
    throw new Error('The big unit has no staff who could declare.');
  const pool = contentPool(rng.fork('contents'));
  const attachments = proofs.map(refOf);
  await writeDeclarations(context, options.declarations, () => {
    const declarant = rng.pick(declarants);
    const year = rng.pick(declarant.years);
    const content = rng.pick(pool.get(`${rng.weighted(ALL_TYPES)}:${year}`)!);
    const parties = {
      unitId: seeded.unit.id,
      staffId: declarant.id,
      adminId: seeded.mainAdmin.id,
      attachment: rng.pick(attachments),
    };
    return declarationRow(rng, content, parties, randomDeclarationStatus(rng, year));
  });
  return {
    unitName: BIG_UNIT.name,
    unitCode: seeded.unit.code,
    unitStatus: BIG_UNIT.status,
    adminIdNumber: seeded.mainAdmin.id_number,
  };
}
