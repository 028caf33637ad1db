import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueCaptcha } from '../../../src-server/auth/captcha.ts';
import { makeResidentId, makeSocialCreditCode } from '../../../src-server/seed/identity-numbers.ts';
import { insertDepartment, insertStaff, insertUnit } from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
);
const PASSWORD = 'Regist3r!ok';
const TABLES = ['units', 'unit_admins', 'attachments', 'staff', 'mail_outbox'] as const;

interface ErrorAnswer {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

let serial = 0;
const nextSerial = () => ++serial;

function unitData(overrides: Record<string, unknown> = {}) {
  const n = nextSerial();
  return {
    code: makeSocialCreditCode('12', '410100', 52000000 + n),
    name: `郑州市第${n}人民医院`,
    regionCode: '410100',
    natureCode: '22',
    competentDepartment: '郑州市卫生健康委员会',
    hrDepartmentCode: 'HR410100',
    affiliationCode: '40',
    levelCode: '2',
    industryCode: 'Q',
    address: '郑州市金水区纬五路1号',
    contactName: '张联系',
    contactPhone: '0371-65550000',
    applicant: {
      idNumber: makeResidentId('410105', '1982-06-01', n),
      name: '王申请',
      password: PASSWORD,
      phone: '13800138000',
      email: `applicant${n}@example.com`,
    },
    ...overrides,
  };
}

describe.each(testDialects)('registration on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.context.db.deleteFrom('login_failures').execute();
  });

  async function rowCounts() {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await server.context.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    const { last_seq } = await server.context.db
      .selectFrom('sync_state')
      .select('last_seq')
      .executeTakeFirstOrThrow();
    return { ...counts, lastSeq: last_seq };
  }

  /** Runs a request that must be refused, and checks that it changed nothing. */
  async function refused(request: () => Promise<Response>, status: number): Promise<ErrorAnswer> {
    const before = await rowCounts();
    const response = await request();
    expect(response.status).toBe(status);
    const body = (await response.json()) as ErrorAnswer;
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await rowCounts()).toEqual(before);
    return body;
  }

  const fieldsOf = (answer: ErrorAnswer) => (answer.error.fields ?? []).map((f) => f.field);

  function postUnit(
    data: unknown,
    scan: { content: Uint8Array<ArrayBuffer>; name: string; type: string } | null = null,
  ) {
    const form = new FormData();
    if (data !== undefined) form.set('data', typeof data === 'string' ? data : JSON.stringify(data));
    const file = scan ?? { content: PNG, name: 'licence.png', type: 'image/png' };
    form.set('scan', new Blob([file.content], { type: file.type }), file.name);
    return fetch(`${server.baseUrl}/registrations/units`, { method: 'POST', body: form });
  }

  const postJson = (path: string, body: unknown) =>
    fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  const getJson = async (path: string) => {
    const response = await fetch(`${server.baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  describe('units', () => {
    it('registers a pending unit with its main administrator and scan', async () => {
      const data = unitData();
      const response = await postUnit({ ...data, code: ` ${data.code.toLowerCase()} ` });
      expect(response.status).toBe(201);
      const body = (await response.json()) as { unitId: string };
      expect(body).toEqual({
        unitId: expect.any(String),
        status: 'pending',
        message: '您已完成单位注册，请耐心等待所属人社部门审批',
      });
      const { db } = server.context;
      const unit = await db
        .selectFrom('units')
        .selectAll()
        .where('id', '=', body.unitId)
        .executeTakeFirstOrThrow();
      expect(unit).toMatchObject({
        code: data.code,
        code_kind: 'socialCreditCode',
        name: data.name,
        status: 'pending',
        hr_department_code: 'HR410100',
        version: 1,
      });
      expect(unit.seq).toBeGreaterThan(0);
      const admin = await db
        .selectFrom('unit_admins')
        .selectAll()
        .where('unit_id', '=', unit.id)
        .executeTakeFirstOrThrow();
      expect(admin).toMatchObject({
        id_number: data.applicant.idNumber,
        role: 'admin',
        status: 'active',
        deleted: 0,
      });
      expect(admin.password_hash).toMatch(/^scrypt\$/);
      expect(admin.seq).toBe(unit.seq + 1);
      const scan = await db
        .selectFrom('attachments')
        .selectAll()
        .where('id', '=', unit.scan_attachment_id!)
        .executeTakeFirstOrThrow();
      expect(scan.media_type).toBe('image/png');
      expect(Buffer.from(scan.content).equals(PNG)).toBe(true);

      // The applicant can't log in before the HR department approves.
      const captcha = await issueCaptcha(server.context);
      const login = await postJson('/auth/login', {
        userType: 'unit',
        orgCode: data.code,
        account: data.applicant.idNumber,
        password: PASSWORD,
        captchaId: captcha.captchaId,
        captchaText: captcha.text,
      });
      expect(login.status).toBe(403);
    });

    it('registers by the old organisation code, with or without its hyphen', async () => {
      const organizationCode = makeSocialCreditCode('12', '410100', 53000000 + nextSerial()).slice(8, 17);
      const response = await postUnit(
        unitData({ code: `${organizationCode.slice(0, 8)}-${organizationCode[8]}` }),
      );
      expect(response.status).toBe(201);
      const { unitId } = (await response.json()) as { unitId: string };
      const unit = await server.context.db
        .selectFrom('units')
        .selectAll()
        .where('id', '=', unitId)
        .executeTakeFirstOrThrow();
      expect(unit).toMatchObject({ code: organizationCode, code_kind: 'organizationCode' });
    });

    it('refuses an invalid code', async () => {
      const code = makeSocialCreditCode('12', '410100', 54000000);
      const broken = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      for (const bad of [broken, '12345', '']) {
        const answer = await refused(() => postUnit(unitData({ code: bad })), 400);
        expect(answer.error.code).toBe('INVALID_ARGUMENT');
        expect(fieldsOf(answer)).toEqual(['code']);
      }
    });

    it('refuses a code already registered, under either form, until the unit is rejected', async () => {
      const data = unitData();
      expect((await postUnit(data)).status).toBe(201);
      const again = await refused(() => postUnit(unitData({ code: data.code })), 409);
      expect(again.error.code).toBe('UNIT_EXISTS');
      const byOrganizationCode = await refused(
        () => postUnit(unitData({ code: data.code.slice(8, 17) })),
        409,
      );
      expect(byOrganizationCode.error.code).toBe('UNIT_EXISTS');

      await server.context.db
        .updateTable('units')
        .set({ status: 'rejected' })
        .where('code', '=', data.code)
        .execute();
      expect((await postUnit(unitData({ code: data.code }))).status).toBe(201);
    });

    it('recognises the scan by its content, not its name', async () => {
      const text = new TextEncoder().encode('this is not a picture');
      const answer = await refused(
        () => postUnit(unitData(), { content: text, name: 'licence.jpg', type: 'image/jpeg' }),
        400,
      );
      expect(fieldsOf(answer)).toEqual(['scan']);
      expect(answer.error.fields![0]!.message).toContain('JPG、PNG、PDF');

      const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
      const zipAnswer = await refused(
        () => postUnit(unitData(), { content: zip, name: 'scan.zip', type: 'application/zip' }),
        400,
      );
      expect(fieldsOf(zipAnswer)).toEqual(['scan']);

      const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1');
      expect(
        (await postUnit(unitData(), { content: pdf, name: 'scan.pdf', type: 'application/pdf' })).status,
      ).toBe(201);
    });

    it('requires the scan and the data, as multipart', async () => {
      const noScan = new FormData();
      noScan.set('data', JSON.stringify(unitData()));
      const missingScan = await refused(
        () => fetch(`${server.baseUrl}/registrations/units`, { method: 'POST', body: noScan }),
        400,
      );
      expect(fieldsOf(missingScan)).toEqual(['scan']);
      expect(fieldsOf(await refused(() => postUnit(undefined), 400))).toEqual(['data']);
      expect(fieldsOf(await refused(() => postUnit('{not json'), 400))).toEqual(['data']);
      const json = await refused(() => postJson('/registrations/units', unitData()), 415);
      expect(json.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers forms it cannot read while they are still arriving', async () => {
      // No boundary: each form is refused at its first byte, and megabytes follow that the client
      // must be able to finish sending, on a connection it then uses again, before it gets the answer.
      for (let attempt = 0; attempt < 4; attempt++) {
        const answer = await fetch(`${server.baseUrl}/registrations/units`, {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data' },
          body: 'x'.repeat(3 * 1024 * 1024),
          signal: AbortSignal.timeout(10_000),
        });
        expect(answer.status).toBe(400);
        expect(((await answer.json()) as ErrorAnswer).error.message).toMatch(/\p{Script=Han}/u);
      }
    });

    it('refuses a scan over 10 MiB', async () => {
      const big = Buffer.alloc(10 * 1024 * 1024 + 1);
      PNG.copy(big);
      await refused(() => postUnit(unitData(), { content: big, name: 'big.png', type: 'image/png' }), 413);
    });

    it('names each invalid field', async () => {
      const cases: [string, (data: ReturnType<typeof unitData>) => unknown][] = [
        ['name', (d) => ({ ...d, name: '  ' })],
        ['regionCode', (d) => ({ ...d, regionCode: '999999' })],
        ['natureCode', (d) => ({ ...d, natureCode: 'x' })],
        ['hrDepartmentCode', (d) => ({ ...d, hrDepartmentCode: 'HR999999' })],
        ['affiliationCode', (d) => ({ ...d, affiliationCode: '30' })],
        ['levelCode', (d) => ({ ...d, levelCode: '9' })],
        ['industryCode', (d) => ({ ...d, industryCode: 'Z' })],
        ['competentDepartment', (d) => ({ ...d, competentDepartment: undefined })],
        ['address', (d) => ({ ...d, address: '路'.repeat(201) })],
        ['contactPhone', (d) => ({ ...d, contactPhone: '12345' })],
        ['applicant', (d) => ({ ...d, applicant: undefined })],
        [
          'applicant.idNumber',
          (d) => ({ ...d, applicant: { ...d.applicant, idNumber: '410105198206011234' } }),
        ],
        ['applicant.password', (d) => ({ ...d, applicant: { ...d.applicant, password: 'short1' } })],
        ['applicant.phone', (d) => ({ ...d, applicant: { ...d.applicant, phone: '1380013800' } })],
        ['applicant.email', (d) => ({ ...d, applicant: { ...d.applicant, email: 'a@b' } })],
        ['extra', (d) => ({ ...d, extra: 1 })],
      ];
      for (const [field, change] of cases) {
        const answer = await refused(() => postUnit(change(unitData())), 400);
        expect(fieldsOf(answer), field).toEqual([field]);
      }
    });

    it('tells whether a code is valid and free', async () => {
      const data = unitData();
      const free = await getJson(`/registrations/units/check?code=${data.code}`);
      expect(free).toEqual({
        status: 200,
        body: {
          valid: true,
          available: true,
          code: data.code,
          kind: 'socialCreditCode',
          message: '该单位代码可以注册',
        },
      });
      await postUnit(data);
      const taken = await getJson(`/registrations/units/check?code=${data.code.slice(8, 17)}`);
      expect(taken.body).toMatchObject({ valid: true, available: false, kind: 'organizationCode' });
      const invalid = await getJson('/registrations/units/check?code=ABC');
      expect(invalid.body).toEqual({
        valid: false,
        available: false,
        message: '请输入18位统一社会信用代码或9位组织机构代码',
      });
      const missing = await getJson('/registrations/units/check');
      expect(missing.status).toBe(400);
      expect((missing.body as unknown as ErrorAnswer).error.fields).toEqual([
        { field: 'code', message: expect.any(String) },
      ]);
    });
  });

  describe('staff', () => {
    let unitId: string;
    let departmentId: string;

    beforeAll(async () => {
      const unit = await insertUnit(server.context, { name: '河南省人民医院' });
      unitId = unit.id;
      departmentId = (await insertDepartment(server.context, unit.id, { name: '内科' })).id;
    });

    function staffData(overrides: Record<string, unknown> = {}) {
      return {
        idNumber: makeResidentId('410105', '1990-03-15', 2 * nextSerial() + 1),
        password: PASSWORD,
        phone: '+86 139 0000 0000',
        email: 'doctor@example.com',
        unitId,
        departmentId,
        name: '𠮷田医生',
        gender: '1',
        birthDate: '1990-03-15',
        ethnicity: '01',
        nativePlace: '河南郑州',
        school: '郑州大学',
        major: '临床医学',
        education: '21',
        titleLevel: '3',
        titleName: '主治医师',
        ...overrides,
      };
    }

    it('registers a pending person', async () => {
      const data = staffData();
      const response = await postJson('/registrations/staff', data);
      expect(response.status).toBe(201);
      const body = (await response.json()) as { staffId: string };
      expect(body).toEqual({
        staffId: expect.any(String),
        status: 'pending',
        message: '您已完成专技人员注册，请耐心等待所属单位审批',
      });
      const row = await server.context.db
        .selectFrom('staff')
        .selectAll()
        .where('id', '=', body.staffId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        id_number: data.idNumber,
        unit_id: unitId,
        department_id: departmentId,
        name: '𠮷田医生',
        phone: '13900000000',
        status: 'pending',
        version: 1,
        title_level: '3',
      });
      expect(row.seq).toBeGreaterThan(0);
      expect(row.password_hash).not.toContain(PASSWORD);
    });

    it('accepts the optional fields left out or empty', async () => {
      const { education: _e, titleLevel: _t, titleName: _n, ...required } = staffData();
      expect((await postJson('/registrations/staff', required)).status).toBe(201);
      const empty = staffData({ education: '', titleLevel: null, titleName: '' });
      expect((await postJson('/registrations/staff', empty)).status).toBe(201);
    });

    it('names each invalid field', async () => {
      const otherUnit = await insertUnit(server.context);
      const otherDepartment = await insertDepartment(server.context, otherUnit.id);
      const pendingUnit = await insertUnit(server.context, { status: 'pending' });
      const deleted = await insertDepartment(server.context, unitId);
      await server.context.db
        .updateTable('departments')
        .set({ deleted: 1 })
        .where('id', '=', deleted.id)
        .execute();
      const valid = makeResidentId('410105', '1990-03-15', 801);
      const cases: [string, Record<string, unknown>][] = [
        ['idNumber', { idNumber: valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1') }],
        ['idNumber', { idNumber: '41010519900315' }],
        ['idNumber', { idNumber: undefined }],
        ['idNumber', { idNumber: makeResidentId('410105', '2099-01-01', 1) }],
        ['password', { password: 'abcdefgh' }],
        ['password', { password: '' }],
        ['phone', { phone: '0371-6555' }],
        ['email', { email: 'doctor@' }],
        ['unitId', { unitId: randomUUID() }],
        ['unitId', { unitId: pendingUnit.id }],
        ['unitId', { unitId: undefined }],
        ['departmentId', { departmentId: otherDepartment.id }],
        ['departmentId', { departmentId: deleted.id }],
        ['name', { name: '' }],
        ['gender', { gender: '3' }],
        ['gender', { gender: '2' }],
        ['birthDate', { birthDate: '1990/03/15' }],
        ['birthDate', { birthDate: '1991-03-15' }],
        ['ethnicity', { ethnicity: '57' }],
        ['nativePlace', { nativePlace: ' ' }],
        ['school', { school: undefined }],
        ['major', { major: '' }],
        ['education', { education: '22' }],
        ['titleLevel', { titleLevel: '中级' }],
        ['titleName', { titleName: '职'.repeat(51) }],
        ['unknownField', { unknownField: 'x' }],
      ];
      for (const [field, change] of cases) {
        const answer = await refused(() => postJson('/registrations/staff', staffData(change)), 400);
        expect(answer.error.code, field).toBe('INVALID_ARGUMENT');
        expect(fieldsOf(answer), JSON.stringify(change)).toEqual([field]);
      }
    });

    it('refuses a second live registration of the same ID number', async () => {
      const data = staffData();
      expect((await postJson('/registrations/staff', data)).status).toBe(201);
      const answer = await refused(
        () => postJson('/registrations/staff', { ...data, name: '另一个人' }),
        409,
      );
      expect(answer.error.code).toBe('ALREADY_REGISTERED');
    });

    it('lets a person withdraw and register again, e.g. with the right unit', async () => {
      const data = staffData();
      const first = (await (await postJson('/registrations/staff', data)).json()) as { staffId: string };
      const before = await server.context.db
        .selectFrom('staff')
        .selectAll()
        .where('id', '=', first.staffId)
        .executeTakeFirstOrThrow();

      const wrong = await refused(
        () => postJson('/registrations/staff/withdraw', { idNumber: data.idNumber, password: 'Wrong-pass1' }),
        401,
      );
      expect(wrong.error.code).toBe('WRONG_CREDENTIALS');
      await server.context.db.deleteFrom('login_failures').execute();

      const response = await postJson('/registrations/staff/withdraw', {
        idNumber: data.idNumber,
        password: PASSWORD,
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        staffId: first.staffId,
        status: 'withdrawn',
        message: '您的注册申请已撤回，可以重新注册',
      });
      const after = await server.context.db
        .selectFrom('staff')
        .selectAll()
        .where('id', '=', first.staffId)
        .executeTakeFirstOrThrow();
      expect(after).toMatchObject({ status: 'withdrawn', version: before.version + 1 });
      expect(after.seq).toBeGreaterThan(before.seq);

      const again = await postJson('/registrations/staff', data);
      expect(again.status).toBe(201);
      const second = (await again.json()) as { staffId: string };
      expect(second.staffId).not.toBe(first.staffId);
    });

    it('refuses to withdraw an approved registration or an unknown one', async () => {
      const approved = await insertStaff(server.context, unitId);
      const answer = await refused(
        () =>
          postJson('/registrations/staff/withdraw', {
            idNumber: approved.id_number,
            password: 'Passw0rd!2026',
          }),
        409,
      );
      expect(answer.error.code).toBe('NOT_PENDING');
      const unknown = await refused(
        () =>
          postJson('/registrations/staff/withdraw', {
            idNumber: makeResidentId('410105', '1970-01-01', 5),
            password: PASSWORD,
          }),
        401,
      );
      expect(unknown.error.code).toBe('WRONG_CREDENTIALS');
      const missing = await refused(
        () => postJson('/registrations/staff/withdraw', { idNumber: approved.id_number }),
        400,
      );
      expect(fieldsOf(missing)).toEqual(['password']);
    });

    it('throttles withdrawal like the log-in', async () => {
      const data = staffData();
      expect((await postJson('/registrations/staff', data)).status).toBe(201);
      const attempt = (password: string) =>
        postJson('/registrations/staff/withdraw', { idNumber: data.idNumber, password });
      for (let i = 0; i < 5; i++) expect((await attempt(`Guess-${i}x`)).status).toBe(401);
      const locked = await attempt(PASSWORD);
      expect(locked.status).toBe(429);
      expect(((await locked.json()) as ErrorAnswer).error.code).toBe('TOO_MANY_ATTEMPTS');
    });
  });

  describe('public look-ups', () => {
    it('lists the approved units of a region by name', async () => {
      await insertUnit(server.context, { name: '洛阳市中心医院', region_code: '410300' });
      await insertUnit(server.context, { name: '洛阳市第三医院', region_code: '410300', status: 'pending' });
      await insertUnit(server.context, { name: '洛阳市百分之百公司', region_code: '410300' });
      await insertUnit(server.context, { name: '洛阳%折扣店', region_code: '410300' });
      await insertUnit(server.context, { name: '郑州市中心医院', region_code: '410100' });
      const names = async (query: string) => {
        const { status, body } = await getJson(`/public/units?${query}`);
        expect(status).toBe(200);
        return (body.units as { name: string }[]).map((u) => u.name);
      };
      expect(await names('regionCode=410300')).toEqual(
        ['洛阳%折扣店', '洛阳市中心医院', '洛阳市百分之百公司'].sort(),
      );
      expect(await names(`regionCode=410300&q=${encodeURIComponent('医院')}`)).toEqual(['洛阳市中心医院']);
      expect(await names(`regionCode=410300&q=${encodeURIComponent('%')}`)).toEqual(['洛阳%折扣店']);
      const missing = await getJson('/public/units');
      expect(missing.status).toBe(400);
      expect((missing.body as unknown as ErrorAnswer).error.fields!.map((f) => f.field)).toEqual([
        'regionCode',
      ]);
    });

    it('lists the live departments of an approved unit only', async () => {
      const unit = await insertUnit(server.context);
      const parent = await insertDepartment(server.context, unit.id, { name: '外科' });
      const child = await insertDepartment(server.context, unit.id, { name: '骨科', parent_id: parent.id });
      const gone = await insertDepartment(server.context, unit.id, { name: '撤销科' });
      await server.context.db
        .updateTable('departments')
        .set({ deleted: 1 })
        .where('id', '=', gone.id)
        .execute();
      const { status, body } = await getJson(`/public/units/${unit.id}/departments`);
      expect(status).toBe(200);
      expect(body.departments).toEqual(
        expect.arrayContaining([
          { id: parent.id, parentId: null, name: '外科' },
          { id: child.id, parentId: parent.id, name: '骨科' },
        ]),
      );
      expect(body.departments).toHaveLength(2);
      const pending = await insertUnit(server.context, { status: 'pending' });
      expect((await getJson(`/public/units/${pending.id}/departments`)).status).toBe(404);
      expect((await getJson(`/public/units/${randomUUID()}/departments`)).status).toBe(404);
    });
  });
});
