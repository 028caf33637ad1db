import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src-server/auth/passwords.ts';
import { createSession } from '../../src-server/auth/sessions.ts';
import type { ServerContext } from '../../src-server/context.ts';
import type {
  DeclarationsTable,
  StaffTable,
  UnitAdminsTable,
  UnitsTable,
} from '../../src-server/db/schema.ts';
import { allocateSeq } from '../../src-server/db/sequence.ts';
import { makeResidentId, makeSocialCreditCode } from '../../src-server/seed/identity-numbers.ts';

/** Rows for tests, written straight into the database with proper sequence numbers. */
export const FIXTURE_PASSWORD = 'Passw0rd!2026';
const fixtureHash = hashPassword(FIXTURE_PASSWORD);
let serial = 1;
const next = () => serial++;

async function seqOf(context: ServerContext): Promise<number> {
  return context.db.transaction().execute((trx) => allocateSeq(trx));
}

export async function insertUnit(
  context: ServerContext,
  overrides: Partial<UnitsTable> = {},
): Promise<UnitsTable> {
  const n = next();
  const row: UnitsTable = {
    id: randomUUID(),
    code: makeSocialCreditCode('12', '410100', 41000000 + n),
    code_kind: 'socialCreditCode',
    name: `测试单位${n}`,
    region_code: '410100',
    nature_code: '22',
    competent_department: '河南省卫生健康委员会',
    hr_department_code: 'HR410100',
    affiliation_code: '40',
    level_code: '2',
    industry_code: 'Q',
    address: '郑州市金水区',
    contact_name: '联系人',
    contact_phone: '037165550000',
    status: 'approved',
    reject_reason: null,
    scan_attachment_id: null,
    registered_at: context.now().toISOString(),
    decided_at: context.now().toISOString(),
    version: 1,
    seq: await seqOf(context),
    ...overrides,
  };
  await context.db.insertInto('units').values(row).execute();
  return row;
}

export async function insertUnitAdmin(
  context: ServerContext,
  unitId: string,
  overrides: Partial<UnitAdminsTable> = {},
): Promise<UnitAdminsTable> {
  const n = next();
  const row: UnitAdminsTable = {
    id: randomUUID(),
    unit_id: unitId,
    id_number: makeResidentId('410105', '1980-05-01', n),
    name: `管理员${n}`,
    phone: '13800000000',
    email: `admin${n}@example.com`,
    password_hash: await fixtureHash,
    role: 'admin',
    permissions: '[]',
    status: 'active',
    created_at: context.now().toISOString(),
    deleted: 0,
    version: 1,
    seq: await seqOf(context),
    ...overrides,
  };
  await context.db.insertInto('unit_admins').values(row).execute();
  return row;
}

export async function insertDepartment(
  context: ServerContext,
  unitId: string,
  overrides: { parent_id?: string | null; name?: string } = {},
): Promise<{ id: string; unit_id: string; parent_id: string | null; name: string; version: number }> {
  const row = {
    id: randomUUID(),
    unit_id: unitId,
    parent_id: overrides.parent_id ?? null,
    name: overrides.name ?? `科室${next()}`,
    sort_order: 0,
    created_at: context.now().toISOString(),
    deleted: 0,
    version: 1,
    seq: await seqOf(context),
  };
  await context.db.insertInto('departments').values(row).execute();
  return row;
}

export async function insertStaff(
  context: ServerContext,
  unitId: string,
  overrides: Partial<StaffTable> = {},
): Promise<StaffTable> {
  const n = next();
  const row: StaffTable = {
    id: randomUUID(),
    unit_id: unitId,
    department_id: null,
    id_number: makeResidentId('410105', '1990-03-15', n),
    name: `职工${n}`,
    gender: n % 2 === 1 ? '1' : '2',
    birth_date: '1990-03-15',
    ethnicity: '01',
    native_place: '河南郑州',
    school: '郑州大学',
    major: '临床医学',
    education: '21',
    title_level: '3',
    title_name: '主治医师',
    phone: '13900000000',
    email: `staff${n}@example.com`,
    password_hash: await fixtureHash,
    status: 'approved',
    reject_reason: null,
    registered_at: context.now().toISOString(),
    decided_at: null,
    left_at: null,
    version: 1,
    seq: await seqOf(context),
    ...overrides,
  };
  await context.db.insertInto('staff').values(row).execute();
  return row;
}

export async function insertDeclaration(
  context: ServerContext,
  staff: Pick<StaffTable, 'id' | 'unit_id'>,
  overrides: Partial<DeclarationsTable> = {},
): Promise<DeclarationsTable> {
  const row: DeclarationsTable = {
    id: randomUUID(),
    unit_id: staff.unit_id,
    staff_id: staff.id,
    type_code: 'public_course',
    category: 'public',
    year: 2026,
    title: '专业技术人员职业道德',
    hours: 12,
    fields: JSON.stringify({
      courseName: '专业技术人员职业道德',
      platform: '河南省专业技术人员继续教育公共服务平台',
      mode: 'online',
      completionDate: '2026-06-01',
      completedHours: 12,
    }),
    remarks: '',
    attachment_id: null,
    attachment_media_type: null,
    attachment_size: null,
    status: 'pending',
    reject_reason: null,
    source: 'staff',
    activity_id: null,
    submitted_at: context.now().toISOString(),
    decided_at: null,
    decided_by: null,
    version: 1,
    seq: await seqOf(context),
    ...overrides,
  };
  await context.db.insertInto('declarations').values(row).execute();
  return row;
}

/** A bearer token for a subject, without going through the captcha. */
export async function tokenFor(
  context: ServerContext,
  subject: { kind: 'staff' | 'unit_admin' | 'hr_admin'; id: string; unitId?: string | null },
): Promise<string> {
  const { token } = await createSession(
    context,
    { kind: subject.kind, id: subject.id, unitId: subject.unitId ?? null },
    '127.0.0.1',
  );
  return token;
}

export async function insertHrAdmin(context: ServerContext, hrDepartmentCode = 'HR410100') {
  const row = {
    id: randomUUID(),
    hr_department_code: hrDepartmentCode,
    username: `hr${next()}`,
    name: '人社审核员',
    password_hash: await fixtureHash,
    created_at: context.now().toISOString(),
  };
  await context.db.insertInto('hr_admins').values(row).execute();
  return row;
}
