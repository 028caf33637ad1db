import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ceTypes } from '../../../src-shared/domain/ce-types.ts';
import { checkDeclaration } from '../../../src-shared/domain/declaration-rules.ts';
import { checkResidentId } from '../../../src-shared/domain/resident-id.ts';
import { openServerDatabase, type ServerDb } from '../../../src-server/db/connect.ts';
import { prepareDatabase } from '../../../src-server/db/migrate.ts';
import { syncEpoch } from '../../../src-server/db/sequence.ts';
import { RARE_NAME_CHARACTERS } from '../../../src-server/seed/chinese-names.ts';
import { seedDatabase, type SeedReport } from '../../../src-server/seed/run-seed.ts';
import type { SeedOptions } from '../../../src-server/seed/seed-options.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../support/test-server.ts';

const DEMO: SeedOptions = { seed: 1, reset: false };
const SCALED: SeedOptions = { seed: 1, reset: false, bigUnit: { staff: 500, declarations: 5_000 } };
const SEED_TIMEOUT = 120_000;

interface Seeded {
  database: TestDatabase;
  serverDb: ServerDb;
  report: SeedReport;
}

async function seedFresh(dialect: (typeof testDialects)[number], options: SeedOptions): Promise<Seeded> {
  const database = await createTestDatabase(dialect);
  const serverDb = openServerDatabase(database.url);
  await prepareDatabase(serverDb);
  return { database, serverDb, report: await seedDatabase(serverDb, options) };
}

async function close(seeded: Seeded | undefined): Promise<void> {
  await seeded?.serverDb.close();
  await seeded?.database.drop();
}

const codePoints = (text: string) => [...text].map((char) => char.codePointAt(0)!);

describe.each(testDialects)('seed on %s', (dialect) => {
  let first: Seeded;
  let second: Seeded;
  let scaled: Seeded;
  beforeAll(async () => {
    [first, second, scaled] = await Promise.all([
      seedFresh(dialect, DEMO),
      seedFresh(dialect, DEMO),
      seedFresh(dialect, SCALED),
    ]);
  }, SEED_TIMEOUT);
  afterAll(async () => {
    await Promise.all([close(first), close(second), close(scaled)]);
  });

  it('is deterministic: the same options give the same rows and ids', async () => {
    const rowsOf = async (seeded: Seeded) => ({
      declarations: await seeded.serverDb.db.selectFrom('declarations').selectAll().orderBy('id').execute(),
      staff: await seeded.serverDb.db
        .selectFrom('staff')
        .selectAll()
        .orderBy('id')
        .execute()
        // Password hashes are salted at random; everything else must match.
        .then((rows) => rows.map(({ password_hash: _hash, ...row }) => row)),
      certificates: await seeded.serverDb.db.selectFrom('certificates').selectAll().orderBy('id').execute(),
    });
    const [a, b] = await Promise.all([rowsOf(first), rowsOf(second)]);
    expect(a.declarations.length).toBeGreaterThan(1000);
    expect(b).toEqual(a);
    expect(second.report.logins).toEqual(first.report.logins);
  });

  it('holds every CE type in every status, and staff and units in every status', async () => {
    const { db } = first.serverDb;
    const pairs = await db.selectFrom('declarations').select(['type_code', 'status']).distinct().execute();
    expect(pairs).toHaveLength(ceTypes.length * 4);
    const statuses = async (table: 'staff' | 'units') =>
      (await db.selectFrom(table).select('status').distinct().execute()).map((row) => row.status).sort();
    expect(await statuses('staff')).toEqual(['approved', 'left', 'pending', 'rejected', 'withdrawn']);
    expect(await statuses('units')).toEqual(['approved', 'pending', 'rejected']);
    const reasons = await db
      .selectFrom('declarations')
      .select('reject_reason')
      .distinct()
      .where('status', '=', 'rejected')
      .execute();
    expect(reasons.map((row) => row.reject_reason).sort()).toEqual([
      '不符合继续教育认定范围',
      '学时超过上限',
      '扫描件不清晰',
    ]);
    const unitDeclared = await db
      .selectFrom('declarations')
      .select('activity_id')
      .where('source', '=', 'unit')
      .execute();
    expect(new Set(unitDeclared.map((row) => row.activity_id)).size).toBeLessThan(unitDeclared.length);
  });

  it('stores names with rare characters intact, Extension B included', async () => {
    const names = (await first.serverDb.db.selectFrom('staff').select('name').execute()).map(
      (row) => row.name,
    );
    const stored = new Set(names.flatMap(codePoints));
    for (const character of RARE_NAME_CHARACTERS) expect(stored).toContain(character.codePointAt(0));
    expect(stored).toContain(0x20bb7); // 𠮷, outside the BMP
    const withJi = names.find((name) => name.includes('𠮷'))!;
    expect(codePoints(withJi)).toContain(0x20bb7);
    expect(withJi.length).toBe([...withJi].length + 1); // one surrogate pair, not mangled
  });

  it('writes valid resident ID numbers that match each person', async () => {
    const { db } = first.serverDb;
    const staff = await db.selectFrom('staff').select(['id_number', 'birth_date', 'gender']).execute();
    const admins = await db.selectFrom('unit_admins').select('id_number').execute();
    for (const person of staff) {
      const check = checkResidentId(person.id_number);
      expect(check).toMatchObject({ ok: true, birthDate: person.birth_date });
      expect(check.ok && check.gender).toBe(person.gender === '1' ? 'male' : 'female');
      expect(person.id_number.slice(0, 2)).toBe('41');
    }
    for (const admin of admins) expect(checkResidentId(admin.id_number).ok).toBe(true);
  });

  it('writes only declarations that the rules accept', async () => {
    const rows = await first.serverDb.db.selectFrom('declarations').selectAll().execute();
    for (const row of rows) {
      const input = {
        typeCode: row.type_code,
        year: row.year,
        hours: row.hours,
        fields: JSON.parse(row.fields),
        remarks: row.remarks,
      };
      const check = checkDeclaration(input, { currentYear: 2026 });
      expect(check.ok ? check.value.category : check.errors).toBe(row.category);
    }
  });

  it('seeds a scaled unit with exact counts and consecutive sequence numbers', async () => {
    const { db } = scaled.serverDb;
    const unit = await db
      .selectFrom('units')
      .select('id')
      .where('code', '=', scaled.report.bigUnit!.unitCode)
      .executeTakeFirstOrThrow();
    const count = async (table: 'staff' | 'declarations') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('unit_id', '=', unit.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('staff')).toBe(500);
    expect(await count('declarations')).toBe(5_000);
    const seqs = await db
      .selectFrom('declarations')
      .select('seq')
      .where('unit_id', '=', unit.id)
      .orderBy('seq')
      .execute();
    expect(seqs.at(-1)!.seq - seqs[0]!.seq).toBe(4_999);
    expect((await syncEpoch(db)).lastSeq).toBeGreaterThanOrEqual(seqs.at(-1)!.seq);
  });

  it('refuses to seed a database twice unless told to reset, which starts a new epoch', async () => {
    const { serverDb } = second;
    await expect(seedDatabase(serverDb, DEMO)).rejects.toThrow(/--reset/);
    const before = await syncEpoch(serverDb.db);
    const report = await seedDatabase(serverDb, { ...DEMO, reset: true });
    const after = await syncEpoch(serverDb.db);
    expect(after.epoch).not.toBe(before.epoch);
    expect(after.lastSeq).toBeGreaterThan(before.lastSeq);
    expect(report.logins).toEqual(first.report.logins);
    const units = await serverDb.db.selectFrom('units').select('id').execute();
    expect(units).toHaveLength(first.report.logins.length);
  });
});
