import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ceTypes } from '../../../src-shared/domain/ce-types.ts';
import { verifyPassword } from '../../../src-server/auth/passwords.ts';
import type { StaffTable, UnitsTable } from '../../../src-server/db/schema.ts';
import {
  FIXTURE_PASSWORD,
  insertDeclaration,
  insertDepartment,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
  tokenFor,
} from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

const encoder = new TextEncoder();
const PDF = encoder.encode(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
const JPG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]);
const TEN_MIB = 10 * 1024 * 1024;

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are inspected field by field
}

interface Upload {
  bytes: Uint8Array<ArrayBuffer>;
  name: string;
  type?: string;
}

const publicCourse = (overrides: Record<string, unknown> = {}) => ({
  typeCode: 'public_course',
  year: 2026,
  title: '专业技术人员职业道德',
  hours: 12,
  fields: {
    courseName: '专业技术人员职业道德',
    platform: '河南省专业技术人员公共服务平台',
    mode: 'online',
    completionDate: '2026-05-10',
    completedHours: 12,
  },
  remarks: '',
  ...overrides,
});

const nationalConference = (hours: number) => ({
  typeCode: 'conference',
  year: 2026,
  title: '全国心血管病学术年会',
  hours,
  fields: {
    title: '全国心血管病学术年会',
    organizer: '中华医学会',
    level: 'national',
    meetingDate: '2026-06-01',
    paperPresented: false,
  },
  remarks: '',
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const pdf: Upload = { bytes: PDF, name: '结业证书.pdf', type: 'application/pdf' };

describe.each(testDialects)('staff portal on %s', (dialect) => {
  let server: TestServer;
  let unit: UnitsTable;
  let otherUnit: UnitsTable;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    unit = await insertUnit(server.context);
    otherUnit = await insertUnit(server.context);
  });
  afterAll(() => server.close());

  async function call(token: string | null, method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return answer(await fetch(`${server.baseUrl}${path}`, init));
  }

  async function answer(response: Response): Promise<Answer> {
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  function declarationForm(data: unknown, upload: Upload | null = pdf): FormData {
    const form = new FormData();
    if (data !== undefined) form.append('data', typeof data === 'string' ? data : JSON.stringify(data));
    if (upload) form.append('attachment', new Blob([upload.bytes], { type: upload.type ?? '' }), upload.name);
    return form;
  }

  async function post(token: string, path: string, body: BodyInit, headers: Record<string, string> = {}) {
    const init = { method: 'POST', headers: { ...headers, authorization: `Bearer ${token}` }, body };
    return answer(await fetch(`${server.baseUrl}${path}`, init));
  }

  const submit = (token: string, data: unknown, upload: Upload | null = pdf) =>
    post(token, '/me/declarations', declarationForm(data, upload));

  /** A fresh approved staff member and a session, so tests never share rows. */
  async function newStaff(overrides: Partial<StaffTable> = {}) {
    const staff = await insertStaff(server.context, unit.id, overrides);
    const token = await tokenFor(server.context, { kind: 'staff', id: staff.id, unitId: unit.id });
    return { staff, token };
  }

  /** Everything a refused request must leave as it was. */
  async function snapshot() {
    const { db } = server.context;
    const [staff, declarations, attachments, sessions, state] = await Promise.all([
      db.selectFrom('staff').selectAll().orderBy('id').execute(),
      db.selectFrom('declarations').selectAll().orderBy('id').execute(),
      db.selectFrom('attachments').select(['id', 'size']).orderBy('id').execute(),
      db.selectFrom('sessions').select('token_hash').orderBy('token_hash').execute(),
      db.selectFrom('sync_state').select('last_seq').executeTakeFirstOrThrow(),
    ]);
    return { staff, declarations, attachments, sessions, lastSeq: state.last_seq };
  }

  async function expectRefusedUnchanged(request: () => Promise<Answer>, status: number, field?: string) {
    const before = await snapshot();
    const refused = await request();
    expect(refused.status).toBe(status);
    expect(refused.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    if (field) expect(refused.body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(await snapshot()).toEqual(before);
    return refused.body.error as { code: string; message: string; fields?: { field: string }[] };
  }

  const lastSeq = async () =>
    (await server.context.db.selectFrom('sync_state').select('last_seq').executeTakeFirstOrThrow()).last_seq;

  const staffRow = (id: string) =>
    server.context.db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  describe('access', () => {
    it('answers 401 without a session and 403 to a unit administrator', async () => {
      expect((await call(null, 'GET', '/me')).status).toBe(401);
      expect((await call(null, 'GET', '/me/hours')).status).toBe(401);
      const admin = await insertUnitAdmin(server.context, unit.id);
      const adminToken = await tokenFor(server.context, {
        kind: 'unit_admin',
        id: admin.id,
        unitId: unit.id,
      });
      const refused = await call(adminToken, 'GET', '/me/declarations');
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
    });
  });

  describe('profile', () => {
    it('shows the own profile with unit and department names, never the password hash', async () => {
      const department = await insertDepartment(server.context, unit.id, { name: '心内科' });
      const { staff, token } = await newStaff({ department_id: department.id, name: '张𠮷' });
      const { status, body } = await call(token, 'GET', '/me');
      expect(status).toBe(200);
      expect(body.profile).toMatchObject({
        id: staff.id,
        idNumber: staff.id_number,
        name: '张𠮷',
        unitId: unit.id,
        unitName: unit.name,
        departmentId: department.id,
        departmentName: '心内科',
        phone: staff.phone,
        version: 1,
      });
      expect(JSON.stringify(body)).not.toContain('scrypt');
    });

    it('saves editable fields, normalises the phone and gives the row a new seq and version', async () => {
      const department = await insertDepartment(server.context, unit.id);
      const { staff, token } = await newStaff();
      const seqBefore = await lastSeq();
      const { status, body } = await call(token, 'PUT', '/me', {
        departmentId: department.id,
        phone: '+86 138-1234-5678',
        email: ' new.mail@example.com ',
        gender: '2',
        birthDate: '1990-03-15',
        ethnicity: '03',
        nativePlace: ' 河南开封 ',
        school: '河南大学',
        major: '护理学',
        education: '14',
        titleLevel: '2',
        titleName: '副主任护师',
      });
      expect(status).toBe(200);
      expect(body.profile).toMatchObject({
        departmentId: department.id,
        phone: '13812345678',
        email: 'new.mail@example.com',
        nativePlace: '河南开封',
        education: '14',
        titleLevel: '2',
        version: 2,
      });
      const row = await staffRow(staff.id);
      expect(row).toMatchObject({ phone: '13812345678', ethnicity: '03', version: 2, seq: seqBefore + 1 });
      expect(await lastSeq()).toBe(seqBefore + 1);
    });

    it('saves nothing and syncs nothing when no value changes', async () => {
      const { staff, token } = await newStaff();
      const before = await snapshot();
      const { status, body } = await call(token, 'PUT', '/me', { phone: staff.phone, email: staff.email });
      expect(status).toBe(200);
      expect(body.profile.version).toBe(1);
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['idNumber', '410105199003150000'],
      ['name', '李四'],
      ['unitId', 'another-unit'],
    ])('refuses the locked field %s with LOCKED_FIELD', async (field, value) => {
      const { staff, token } = await newStaff();
      const sameValue = { idNumber: staff.id_number, name: staff.name, unitId: staff.unit_id }[field];
      for (const attempt of [value, sameValue]) {
        const error = await expectRefusedUnchanged(
          () => call(token, 'PUT', '/me', { phone: '13700000000', [field]: attempt }),
          400,
          field,
        );
        expect(error.code).toBe('LOCKED_FIELD');
        expect(error.message).toContain('不允许修改');
      }
    });

    it.each([
      ['phone', { phone: '12345' }],
      ['email', { email: 'not-an-email' }],
      ['gender', { gender: '男' }],
      ['ethnicity', { ethnicity: '99' }],
      ['education', { education: '本科' }],
      ['titleLevel', { titleLevel: '中级' }],
      ['birthDate', { birthDate: '2027-01-01' }],
      ['birthDate', { birthDate: '1990-02-30' }],
      ['nativePlace', { nativePlace: '   ' }],
      ['school', { school: 'x'.repeat(101) }],
      ['major', { major: '临床\u0000医学' }],
      ['status', { status: 'approved' }],
      ['departmentId', { departmentId: '%%%' }],
    ])('refuses an invalid %s, naming it', async (field, body) => {
      const { token } = await newStaff();
      const error = await expectRefusedUnchanged(() => call(token, 'PUT', '/me', body), 400, field);
      expect(error.code).toBe('INVALID_ARGUMENT');
    });

    it('refuses an empty change, a non-object body and a department outside the own unit', async () => {
      const { token } = await newStaff();
      await expectRefusedUnchanged(() => call(token, 'PUT', '/me', {}), 400);
      await expectRefusedUnchanged(() => call(token, 'PUT', '/me', ['phone']), 400);
      await expectRefusedUnchanged(() => call(token, 'PUT', '/me', null), 400);
      const foreign = await insertDepartment(server.context, otherUnit.id);
      await expectRefusedUnchanged(
        () => call(token, 'PUT', '/me', { departmentId: foreign.id }),
        400,
        'departmentId',
      );
      const deleted = await insertDepartment(server.context, unit.id);
      await server.context.db
        .updateTable('departments')
        .set({ deleted: 1 })
        .where('id', '=', deleted.id)
        .execute();
      await expectRefusedUnchanged(
        () => call(token, 'PUT', '/me', { departmentId: deleted.id }),
        400,
        'departmentId',
      );
    });
  });

  describe('password', () => {
    it('refuses a wrong old password, naming oldPassword', async () => {
      const { token } = await newStaff();
      const error = await expectRefusedUnchanged(
        () => call(token, 'POST', '/me/password', { oldPassword: 'Wrong0ld!', newPassword: 'Better2026x' }),
        400,
        'oldPassword',
      );
      expect(error).toMatchObject({ code: 'WRONG_PASSWORD', message: '原密码错误' });
    });

    it.each([
      ['too short', 'abc123'],
      ['letters only', 'abcdefghij'],
      ['digits only', '1234567890'],
      ['too long', `a1${'x'.repeat(63)}`],
      ['the old one', FIXTURE_PASSWORD],
    ])('refuses a new password that is %s', async (_, newPassword) => {
      const { token } = await newStaff();
      await expectRefusedUnchanged(
        () => call(token, 'POST', '/me/password', { oldPassword: FIXTURE_PASSWORD, newPassword }),
        400,
        'newPassword',
      );
    });

    it('refuses a missing old password and unknown keys', async () => {
      const { token } = await newStaff();
      await expectRefusedUnchanged(
        () => call(token, 'POST', '/me/password', { newPassword: 'Better2026x' }),
        400,
        'oldPassword',
      );
      await expectRefusedUnchanged(
        () =>
          call(token, 'POST', '/me/password', {
            oldPassword: FIXTURE_PASSWORD,
            newPassword: 'Better2026x',
            staffId: 'x',
          }),
        400,
      );
    });

    it('changes the password, ends every other session and answers a fresh token', async () => {
      const { staff, token } = await newStaff();
      const otherSession = await tokenFor(server.context, { kind: 'staff', id: staff.id, unitId: unit.id });
      const seqBefore = await lastSeq();
      const { status, body } = await call(token, 'POST', '/me/password', {
        oldPassword: FIXTURE_PASSWORD,
        newPassword: 'Better2026x',
      });
      expect(status).toBe(200);
      expect(body.session).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
      expect((await call(token, 'GET', '/me')).status).toBe(401);
      expect((await call(otherSession, 'GET', '/me')).status).toBe(401);
      expect((await call(body.session.token, 'GET', '/me')).status).toBe(200);
      const row = await staffRow(staff.id);
      expect(await verifyPassword('Better2026x', row.password_hash)).toBe(true);
      expect(row.version).toBe(1);
      expect(await lastSeq()).toBe(seqBefore);
    });
  });

  describe('declaring', () => {
    it('accepts a PDF and stores a pending staff declaration with its attachment', async () => {
      const { staff, token } = await newStaff();
      const seqBefore = await lastSeq();
      const { status, body } = await submit(token, publicCourse({ remarks: '  线上学习  ' }));
      expect(status).toBe(201);
      const { declaration } = body;
      expect(declaration).toMatchObject({
        typeCode: 'public_course',
        typeName: '公需科目',
        category: 'public',
        year: 2026,
        hours: 12,
        status: 'pending',
        source: 'staff',
        remarks: '线上学习',
        fields: { mode: 'online', completedHours: 12 },
        attachment: { mediaType: 'application/pdf', size: PDF.length },
        version: 1,
      });
      expect(declaration.attachment.url).toBe(`/api/v1/attachments/${declaration.attachment.id}`);
      const row = await server.context.db
        .selectFrom('declarations')
        .selectAll()
        .where('id', '=', declaration.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        staff_id: staff.id,
        unit_id: unit.id,
        status: 'pending',
        source: 'staff',
        attachment_media_type: 'application/pdf',
        attachment_size: PDF.length,
        seq: seqBefore + 1,
        version: 1,
      });
      const stored = await server.context.db
        .selectFrom('attachments')
        .selectAll()
        .where('id', '=', declaration.attachment.id)
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({
        unit_id: unit.id,
        uploaded_by: staff.id,
        media_type: 'application/pdf',
      });
      expect(Buffer.from(stored.content)).toEqual(Buffer.from(PDF));
    });

    it.each([
      ['JPG', JPG, 'image/jpeg'],
      ['PNG', PNG, 'image/png'],
      ['ZIP', ZIP, 'application/zip'],
    ])('recognises a %s by its content, whatever its name', async (_, bytes, mediaType) => {
      const { token } = await newStaff();
      const { status, body } = await submit(token, publicCourse(), { bytes, name: 'scan.bin' });
      expect(status).toBe(201);
      expect(body.declaration.attachment.mediaType).toBe(mediaType);
    });

    it('checks the hours against the type rule: a national conference without a paper allows 12', async () => {
      const { token } = await newStaff();
      const error = await expectRefusedUnchanged(() => submit(token, nationalConference(20)), 400, 'hours');
      expect(error.message).toContain('12');
      const accepted = await submit(token, nationalConference(12));
      expect(accepted.status).toBe(201);
      expect(accepted.body.declaration).toMatchObject({ category: 'professional', hours: 12 });
    });

    it('counts remarks in characters: 1000 × 𠮷 are accepted, 1001 refused', async () => {
      const { token } = await newStaff();
      const accepted = await submit(token, publicCourse({ remarks: '𠮷'.repeat(1000) }));
      expect(accepted.status).toBe(201);
      const detail = await call(token, 'GET', `/me/declarations/${accepted.body.declaration.id}`);
      expect(detail.body.declaration.remarks).toBe('𠮷'.repeat(1000));
      await expectRefusedUnchanged(
        () => submit(token, publicCourse({ remarks: '𠮷'.repeat(1001) })),
        400,
        'remarks',
      );
    });

    it.each([
      ['an unknown type', publicCourse({ typeCode: 'yoga' }), 'typeCode'],
      [
        'a missing required field',
        { ...nationalConference(12), fields: { level: 'national' } },
        'fields.organizer',
      ],
      ['a year after next', publicCourse({ year: 2028 }), 'year'],
      ['hours not in half-hour steps', publicCourse({ hours: 1.3 }), 'hours'],
      ['an empty title', publicCourse({ title: '  ' }), 'title'],
      ['a title of 101 characters', publicCourse({ title: '题'.repeat(101) }), 'title'],
      [
        'a NUL in a field',
        publicCourse({ fields: { ...publicCourse().fields, platform: 'a\u0000b' } }),
        'fields.platform',
      ],
      ['an unknown key', { ...publicCourse(), status: 'approved' }, 'status'],
      ['a missing hours', { ...publicCourse(), hours: undefined }, 'hours'],
      ['fields that are not an object', publicCourse({ fields: 'x' }), 'fields'],
      ['data that is not JSON', '{"typeCode":', 'data'],
      ['data that is not an object', '42', ''],
    ])('refuses %s, naming the field', async (_, data, field) => {
      const { token } = await newStaff();
      await expectRefusedUnchanged(() => submit(token, data), 400, field || undefined);
    });

    it('refuses a text file named .pdf, naming attachment', async () => {
      const { token } = await newStaff();
      const fake = { bytes: encoder.encode('just some text'), name: 'proof.pdf', type: 'application/pdf' };
      const error = await expectRefusedUnchanged(
        () => submit(token, publicCourse(), fake),
        400,
        'attachment',
      );
      expect(error.message).toContain('文件格式不正确');
    });

    it('refuses a file over 10 MiB with a Chinese message naming attachment', async () => {
      const { token } = await newStaff();
      const big = new Uint8Array(TEN_MIB + 1);
      big.set(PDF);
      const error = await expectRefusedUnchanged(
        () => submit(token, publicCourse(), { bytes: big, name: 'big.pdf' }),
        413,
        'attachment',
      );
      expect(error.message).toContain('10MB');
      const exact = new Uint8Array(TEN_MIB);
      exact.set(PDF);
      expect((await submit(token, publicCourse(), { bytes: exact, name: 'max.pdf' })).status).toBe(201);
    });

    it('requires exactly one attachment and the data field, and multipart at all', async () => {
      const { token } = await newStaff();
      await expectRefusedUnchanged(() => submit(token, publicCourse(), null), 400, 'attachment');
      await expectRefusedUnchanged(
        () => submit(token, publicCourse(), { bytes: new Uint8Array(), name: 'a.pdf' }),
        400,
        'attachment',
      );
      await expectRefusedUnchanged(() => submit(token, undefined), 400, 'data');
      const twoFiles = declarationForm(publicCourse());
      twoFiles.append('attachment', new Blob([PDF]), 'second.pdf');
      await expectRefusedUnchanged(() => post(token, '/me/declarations', twoFiles), 400, 'attachment');
      const extra = declarationForm(publicCourse());
      extra.append('status', 'approved');
      await expectRefusedUnchanged(() => post(token, '/me/declarations', extra), 400, 'status');
      const asJson = () =>
        post(token, '/me/declarations', JSON.stringify(publicCourse()), {
          'content-type': 'application/json',
        });
      expect((await expectRefusedUnchanged(asJson, 415)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });
  });

  describe('reading and withdrawing declarations', () => {
    it('lists the own declarations newest first, filtered and paginated with a total', async () => {
      const { staff, token } = await newStaff();
      const other = await newStaff();
      await insertDeclaration(server.context, other.staff);
      const at = (day: number) => `2026-0${day}-01T00:00:00.000Z`;
      const rows = [
        await insertDeclaration(server.context, staff, {
          year: 2025,
          submitted_at: at(1),
          status: 'approved',
        }),
        await insertDeclaration(server.context, staff, {
          year: 2026,
          submitted_at: at(3),
          status: 'pending',
        }),
        await insertDeclaration(server.context, staff, {
          year: 2026,
          submitted_at: at(2),
          status: 'approved',
          type_code: 'conference',
          category: 'professional',
        }),
        await insertDeclaration(server.context, staff, {
          year: 2026,
          submitted_at: at(4),
          status: 'rejected',
        }),
      ];
      const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
      const all = await call(token, 'GET', '/me/declarations');
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
      expect(ids(all.body)).toEqual([rows[3]!.id, rows[1]!.id, rows[2]!.id, rows[0]!.id]);
      expect(all.body.items[0]).not.toHaveProperty('fields');

      const page2 = await call(token, 'GET', '/me/declarations?page=2&pageSize=3');
      expect(page2.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(ids(page2.body)).toEqual([rows[0]!.id]);

      const filter = async (query: string) =>
        ids((await call(token, 'GET', `/me/declarations?${query}`)).body);
      expect(await filter('year=2025')).toEqual([rows[0]!.id]);
      expect(await filter('status=approved')).toEqual([rows[2]!.id, rows[0]!.id]);
      expect(await filter('typeCode=conference')).toEqual([rows[2]!.id]);
      expect(await filter('category=public&year=2026')).toEqual([rows[3]!.id, rows[1]!.id]);
      expect(await filter('year=2024')).toEqual([]);
    });

    it.each([
      ['year=abc', 'year'],
      ['status=done', 'status'],
      ['typeCode=yoga', 'typeCode'],
      ['category=both', 'category'],
      ['page=0', 'page'],
      ['pageSize=101', 'pageSize'],
      ['staffId=x', 'staffId'],
    ])('refuses the list query %s', async (query, field) => {
      const { token } = await newStaff();
      const { status, body } = await call(token, 'GET', `/me/declarations?${query}`);
      expect(status).toBe(400);
      expect(body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
    });

    it('shows the detail of an own declaration and 404 for anyone else’s', async () => {
      const { staff, token } = await newStaff();
      const other = await newStaff();
      const submitted = await submit(token, nationalConference(12));
      const { status, body } = await call(token, 'GET', `/me/declarations/${submitted.body.declaration.id}`);
      expect(status).toBe(200);
      expect(body.declaration).toMatchObject({
        id: submitted.body.declaration.id,
        typeName: '学术会议',
        fields: { level: 'national', organizer: '中华医学会', paperPresented: false },
        attachment: { url: `/api/v1/attachments/${submitted.body.declaration.attachment.id}` },
      });
      const theirs = await insertDeclaration(server.context, other.staff);
      expect((await call(token, 'GET', `/me/declarations/${theirs.id}`)).status).toBe(404);
      expect((await call(token, 'GET', '/me/declarations/no-such-id')).status).toBe(404);
      expect((await call(token, 'GET', '/me/declarations/a%00b')).status).toBe(400);
      const unitMade = await insertDeclaration(server.context, staff, { source: 'unit', status: 'approved' });
      const shown = await call(token, 'GET', `/me/declarations/${unitMade.id}`);
      expect(shown.body.declaration).toMatchObject({ source: 'unit', attachment: null });
    });

    it('withdraws a pending declaration once, with a new seq and version', async () => {
      const { staff, token } = await newStaff();
      const pending = await insertDeclaration(server.context, staff);
      const seqBefore = await lastSeq();
      const { status, body } = await call(token, 'POST', `/me/declarations/${pending.id}/withdraw`);
      expect(status).toBe(200);
      expect(body.declaration).toMatchObject({ id: pending.id, status: 'withdrawn', version: 2 });
      const row = await server.context.db
        .selectFrom('declarations')
        .selectAll()
        .where('id', '=', pending.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'withdrawn', version: 2, seq: seqBefore + 1 });
      const again = await expectRefusedUnchanged(
        () => call(token, 'POST', `/me/declarations/${pending.id}/withdraw`),
        409,
      );
      expect(again.message).toBe('该申报已撤回');
    });

    it('refuses to withdraw an approved or rejected declaration (409) and anyone else’s (404)', async () => {
      const { staff, token } = await newStaff();
      const approved = await insertDeclaration(server.context, staff, { status: 'approved' });
      const rejected = await insertDeclaration(server.context, staff, { status: 'rejected' });
      const approvedError = await expectRefusedUnchanged(
        () => call(token, 'POST', `/me/declarations/${approved.id}/withdraw`),
        409,
      );
      expect(approvedError).toMatchObject({ code: 'CONFLICT', message: '该申报已审核通过，不能撤回' });
      await expectRefusedUnchanged(
        () => call(token, 'POST', `/me/declarations/${rejected.id}/withdraw`),
        409,
      );
      const other = await newStaff();
      const theirs = await insertDeclaration(server.context, other.staff);
      await expectRefusedUnchanged(() => call(token, 'POST', `/me/declarations/${theirs.id}/withdraw`), 404);
    });
  });

  describe('hours', () => {
    it('sums approved hours per year and category against each year’s requirement', async () => {
      const { staff, token } = await newStaff({ registered_at: '2024-03-01T00:00:00.000Z' });
      const other = await newStaff();
      const declare = (year: number, category: 'public' | 'professional', hours: number, status: string) =>
        insertDeclaration(server.context, staff, {
          year,
          category,
          hours,
          status: status as 'approved',
          type_code: category === 'public' ? 'public_course' : 'conference',
        });
      await declare(2023, 'public', 10, 'withdrawn');
      await declare(2025, 'public', 24, 'approved');
      await declare(2025, 'professional', 40, 'approved');
      await declare(2025, 'professional', 30, 'pending');
      await declare(2025, 'public', 10, 'rejected');
      await declare(2026, 'public', 30.5, 'approved');
      await declare(2026, 'public', 6, 'approved');
      await declare(2026, 'professional', 64, 'approved');
      await declare(2026, 'professional', 20, 'withdrawn');
      await declare(2027, 'professional', 8, 'pending');
      await insertDeclaration(server.context, other.staff, { year: 2026, hours: 90, status: 'approved' });

      const { status, body } = await call(token, 'GET', '/me/hours');
      expect(status).toBe(200);
      const requirement = (year: number) => ({
        year,
        totalHours: 90,
        publicMinHours: 24,
        professionalMinHours: 60,
      });
      const nothing = (year: number) => ({
        year,
        publicHours: 0,
        professionalHours: 0,
        totalHours: 0,
        requirement: requirement(year),
        publicMet: false,
        professionalMet: false,
        totalMet: false,
        met: false,
      });
      expect(body.years).toEqual([
        nothing(2023),
        nothing(2024),
        {
          year: 2025,
          publicHours: 24,
          professionalHours: 40,
          totalHours: 64,
          requirement: requirement(2025),
          publicMet: true,
          professionalMet: false,
          totalMet: false,
          met: false,
        },
        {
          year: 2026,
          publicHours: 36.5,
          professionalHours: 64,
          totalHours: 100.5,
          requirement: requirement(2026),
          publicMet: true,
          professionalMet: true,
          totalMet: true,
          met: true,
        },
        nothing(2027),
      ]);
    });

    it('shows the current year for someone who has declared nothing yet', async () => {
      const { token } = await newStaff();
      const { body } = await call(token, 'GET', '/me/hours');
      expect(body.years).toHaveLength(1);
      expect(body.years[0]).toMatchObject({ year: 2026, totalHours: 0, met: false });
    });
  });

  describe('random input', () => {
    const typeCodes = ceTypes.map((type) => type.code);
    const scalar = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.integer({ min: -5, max: 3000 }),
      fc.double(),
      fc.boolean(),
      fc.constantFrom('national', 'online', '2026-05-10', '13812345678', '1', '01', '', null),
    );
    /** Mostly the valid value, sometimes anything: most cases then differ from a valid body in one place. */
    const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<unknown> = scalar) =>
      fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: other });

    const course = publicCourse().fields;
    const validData = fc.record({
      typeCode: fc.constant('public_course'),
      year: fc.integer({ min: 2024, max: 2027 }),
      title: fc
        .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 100 })
        .filter((t) => t.trim() !== ''),
      hours: fc.constantFrom(0.5, 6, 12),
      fields: fc.record({
        courseName: fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
          .filter((t) => /\p{L}/u.test(t)),
        platform: fc.constant(course.platform),
        mode: fc.constantFrom('online', 'offline'),
        completionDate: fc.constantFrom('2026-05-10', '2026/1/2'),
        completedHours: fc.constant(12),
      }),
      remarks: fc.string({ unit: 'grapheme', maxLength: 100 }),
    });
    /** A valid body with one part replaced by anything. */
    const mutatedData = fc
      .tuple(
        validData,
        fc.constantFrom('typeCode', 'year', 'title', 'hours', 'fields', 'remarks', 'extra'),
        fc.oneof(scalar, fc.constantFrom(...typeCodes)),
      )
      .map(([data, key, value]) => ({ ...data, [key]: value }));
    const mutatedField = fc
      .tuple(validData, fc.constantFrom(...Object.keys(course)), scalar)
      .map(([data, key, value]) => ({ ...data, fields: { ...data.fields, [key]: value } }));
    const declarationData = fc.oneof(
      { weight: 3, arbitrary: validData },
      { weight: 1, arbitrary: mutatedData },
      { weight: 1, arbitrary: mutatedField },
    );
    const dataText = fc.oneof(
      { weight: 4, arbitrary: declarationData.map((data) => JSON.stringify(data)) },
      { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
    );
    const anyBytes = fc.uint8Array({ maxLength: 200 });
    const prefixed = (prefix: Uint8Array) => anyBytes.map((tail) => Uint8Array.from([...prefix, ...tail]));
    const file = fc.record({
      bytes: fc.oneof(
        { weight: 4, arbitrary: prefixed(PDF) },
        { weight: 1, arbitrary: prefixed(new Uint8Array()) },
        { weight: 1, arbitrary: prefixed(PNG.slice(0, 7)) },
      ),
      name: fc.string({ unit: 'binary', maxLength: 300 }),
    });
    const formPart = fc.tuple(
      fc.oneof(fc.constantFrom('data', 'attachment', '__proto__', 'constructor'), fc.string()),
      fc.string(),
    );
    const multipartCase = fc.record({
      data: fc.option(dataText, { freq: 10 }),
      file: fc.option(file, { freq: 10 }),
      extra: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: formPart }),
    });
    const declarationRequest = fc.oneof(
      { weight: 8, arbitrary: multipartCase.map((parts) => ({ kind: 'form' as const, parts })) },
      { weight: 1, arbitrary: fc.jsonValue().map((value) => ({ kind: 'json' as const, value })) },
      {
        weight: 1,
        arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'raw' as const, bytes })),
      },
    );

    async function sendDeclaration(token: string, request: ValueOf<typeof declarationRequest>) {
      if (request.kind === 'json') {
        return post(token, '/me/declarations', JSON.stringify(request.value), {
          'content-type': 'application/json',
        });
      }
      if (request.kind === 'raw') {
        return post(token, '/me/declarations', request.bytes, {
          'content-type': 'multipart/form-data; boundary=----fuzz',
        });
      }
      const { data, file: upload, extra } = request.parts;
      const form = new FormData();
      if (data !== null) form.append('data', data);
      if (upload) form.append('attachment', new Blob([upload.bytes]), upload.name);
      if (extra) form.append(extra[0], extra[1]);
      return post(token, '/me/declarations', form);
    }

    /** Status counts, so a run that only ever refuses (and so proves little) fails. */
    async function expectNeverFailsAndRefusalsChangeNothing(send: () => Promise<Answer>, seen: Set<string>) {
      const before = await snapshot();
      const { status, body } = await send();
      expect(status, JSON.stringify(body)).toBeLessThan(500);
      seen.add(status < 300 ? 'success' : 'refusal');
      if (status >= 400) {
        expect(body.error.message).toEqual(expect.any(String));
        expect(await snapshot()).toEqual(before);
      }
    }

    it('answers random declaration uploads with 2xx or 4xx, and a 4xx changes nothing', async () => {
      const { token } = await newStaff();
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(declarationRequest, (request) =>
          expectNeverFailsAndRefusalsChangeNothing(() => sendDeclaration(token, request), seen),
        ),
        { numRuns: 50 },
      );
      expect(seen).toEqual(new Set(['success', 'refusal']));
    });

    it('answers random profile changes with 2xx or 4xx, and a 4xx changes nothing', async () => {
      const department = await insertDepartment(server.context, unit.id);
      const { token } = await newStaff();
      const change = fc.record(
        {
          departmentId: mostly(fc.constant(department.id), fc.string({ unit: 'binary' })),
          phone: mostly(fc.constantFrom('13812345678', '+86 139 1234 5678')),
          email: mostly(fc.constantFrom('a@example.com', 'b.c@example.org')),
          gender: mostly(fc.constantFrom('1', '2')),
          birthDate: mostly(
            fc.constantFrom('1990-03-15', '1985-12-31'),
            fc.oneof(fc.string(), fc.constant('2030-01-01')),
          ),
          ethnicity: mostly(fc.constantFrom('01', '03')),
          nativePlace: mostly(
            fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
            fc.string({ unit: 'binary' }),
          ),
          education: mostly(fc.constantFrom('', '21')),
          titleLevel: mostly(fc.constantFrom('', '3')),
          titleName: mostly(fc.string({ unit: 'grapheme', maxLength: 60 })),
          name: fc.string(),
          extra: scalar,
        },
        { requiredKeys: [] },
      );
      const withoutLockedOrExtra = change.map(({ name: _name, extra: _extra, ...rest }) => rest);
      const body = fc.oneof(
        { weight: 3, arbitrary: withoutLockedOrExtra },
        { weight: 1, arbitrary: change },
        { weight: 1, arbitrary: fc.jsonValue() },
      );
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(body, (value) =>
          expectNeverFailsAndRefusalsChangeNothing(() => call(token, 'PUT', '/me', value), seen),
        ),
        { numRuns: 50 },
      );
      expect(seen).toEqual(new Set(['success', 'refusal']));
    });
  });
});
