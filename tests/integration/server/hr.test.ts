import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCaptcha } from '../../../src-server/auth/captcha.ts';
import { approveUnitByCode } from '../../../src-server/hr/decide-unit.ts';
import { makeResidentId, makeSocialCreditCode } from '../../../src-server/seed/identity-numbers.ts';
import { insertHrAdmin, insertStaff, insertUnit, tokenFor } from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const PASSWORD = 'Regist3r!ok';
const TABLES = ['units', 'unit_admins', 'mail_outbox', 'audit_log'] as const;

interface ErrorAnswer {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

let serial = 0;

describe.each(testDialects)('HR department review on %s', (dialect) => {
  let server: TestServer;
  let hrToken: string;
  let otherHrToken: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const hr = await insertHrAdmin(server.context, 'HR410100');
    hrToken = await tokenFor(server.context, { kind: 'hr_admin', id: hr.id });
    const otherHr = await insertHrAdmin(server.context, 'HR410300');
    otherHrToken = await tokenFor(server.context, { kind: 'hr_admin', id: otherHr.id });
  });
  afterAll(() => server.close());

  /** Registers a unit through the public endpoint, as its applicant would. */
  async function registerUnit(hrDepartmentCode = 'HR410100') {
    const n = ++serial;
    const data = {
      code: makeSocialCreditCode('12', '410100', 61000000 + n),
      name: `审核测试单位${n}`,
      regionCode: '410100',
      natureCode: '22',
      competentDepartment: '郑州市卫生健康委员会',
      hrDepartmentCode,
      affiliationCode: '40',
      levelCode: '2',
      industryCode: 'Q',
      address: '郑州市二七区',
      contactName: '李联系',
      contactPhone: '13700000000',
      applicant: {
        idNumber: makeResidentId('410102', '1985-01-01', n),
        name: '赵申请',
        password: PASSWORD,
        phone: '13700000001',
        email: `unit${n}@example.com`,
      },
    };
    const form = new FormData();
    form.set('data', JSON.stringify(data));
    form.set('scan', new Blob([PNG], { type: 'image/png' }), 'licence.png');
    const response = await fetch(`${server.baseUrl}/registrations/units`, { method: 'POST', body: form });
    expect(response.status).toBe(201);
    const { unitId } = (await response.json()) as { unitId: string };
    return { unitId, ...data };
  }

  const call = (method: string, path: string, token: string | null, body?: unknown) =>
    fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
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
    const state = await server.context.db
      .selectFrom('sync_state')
      .select('last_seq')
      .executeTakeFirstOrThrow();
    const units = await server.context.db
      .selectFrom('units')
      .select(['id', 'status', 'version'])
      .orderBy('id')
      .execute();
    return { ...counts, lastSeq: state.last_seq, units };
  }

  async function refused(request: () => Promise<Response>, status: number): Promise<ErrorAnswer> {
    const before = await rowCounts();
    const response = await request();
    expect(response.status).toBe(status);
    const body = (await response.json()) as ErrorAnswer;
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await rowCounts()).toEqual(before);
    return body;
  }

  const mailsTo = (recipient: string) =>
    server.context.db.selectFrom('mail_outbox').selectAll().where('recipient', '=', recipient).execute();

  it("lists only its own department's units, with the applicant", async () => {
    const own = await registerUnit();
    const foreign = await registerUnit('HR410300');
    const response = await call('GET', '/hr/units?status=pending', hrToken);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; units: { id: string; applicant: unknown }[] };
    const ids = body.units.map((u) => u.id);
    expect(ids).toContain(own.unitId);
    expect(ids).not.toContain(foreign.unitId);
    expect(body.total).toBe(body.units.length);
    expect(body.units.find((u) => u.id === own.unitId)).toMatchObject({
      code: own.code,
      name: own.name,
      status: 'pending',
      scanAttachmentId: expect.any(String),
      applicant: { idNumber: own.applicant.idNumber, name: '赵申请', email: own.applicant.email },
    });
    const approvedOnly = (await (await call('GET', '/hr/units?status=approved', hrToken)).json()) as {
      units: unknown[];
    };
    expect(approvedOnly.units).toEqual([]);
  });

  it('refuses bad list queries and other callers', async () => {
    const bad = await call('GET', '/hr/units?status=maybe', hrToken);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorAnswer).error.fields!.map((f) => f.field)).toEqual(['status']);
    expect((await call('GET', '/hr/units?pageSize=1000', hrToken)).status).toBe(400);
    expect((await call('GET', '/hr/units', null)).status).toBe(401);
    const unit = await insertUnit(server.context);
    const staff = await insertStaff(server.context, unit.id);
    const staffToken = await tokenFor(server.context, { kind: 'staff', id: staff.id, unitId: unit.id });
    expect((await call('GET', '/hr/units', staffToken)).status).toBe(403);
  });

  it('shows the scan to its own department only', async () => {
    const unit = await registerUnit();
    const response = await call('GET', `/hr/units/${unit.unitId}/scan`, hrToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await call('GET', `/hr/units/${unit.unitId}/scan`, otherHrToken)).status).toBe(404);
  });

  it('approves a unit: one e-mail queued, audited, and the applicant can log in', async () => {
    const unit = await registerUnit();
    const before = await server.context.db
      .selectFrom('units')
      .selectAll()
      .where('id', '=', unit.unitId)
      .executeTakeFirstOrThrow();
    const response = await call('POST', `/hr/units/${unit.unitId}/approve`, hrToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      unitId: unit.unitId,
      code: unit.code,
      name: unit.name,
      status: 'approved',
      decidedAt: server.clock.now.toISOString(),
      version: 2,
    });
    const after = await server.context.db
      .selectFrom('units')
      .selectAll()
      .where('id', '=', unit.unitId)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({ status: 'approved', version: before.version + 1 });
    expect(after.seq).toBeGreaterThan(before.seq);

    const mails = await mailsTo(unit.applicant.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: '单位注册审核通过通知', status: 'queued', attempts: 0 });
    expect(mails[0]!.text_body).toContain(unit.name);
    expect(mails[0]!.text_body).toContain('郑州市人力资源和社会保障局');

    const audit = await server.context.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target', '=', unit.unitId)
      .execute();
    expect(audit).toMatchObject([
      { action: 'hr.units.approve', actor_kind: 'hr_admin', unit_id: unit.unitId },
    ]);

    const captcha = await issueCaptcha(server.context);
    const login = await call('POST', '/auth/login', null, {
      userType: 'unit',
      orgCode: unit.code,
      account: unit.applicant.idNumber,
      password: PASSWORD,
      captchaId: captcha.captchaId,
      captchaText: captcha.text,
    });
    expect(login.status).toBe(200);
  });

  it('refuses to decide a unit twice', async () => {
    const unit = await registerUnit();
    expect((await call('POST', `/hr/units/${unit.unitId}/approve`, hrToken)).status).toBe(200);
    const again = await refused(() => call('POST', `/hr/units/${unit.unitId}/approve`, hrToken), 409);
    expect(again.error.code).toBe('ALREADY_DECIDED');
    await refused(() => call('POST', `/hr/units/${unit.unitId}/reject`, hrToken, { reason: '重复' }), 409);
    expect(await mailsTo(unit.applicant.email)).toHaveLength(1);
  });

  it("answers 404 for another department's unit, and changes nothing", async () => {
    const unit = await registerUnit();
    const approve = await refused(() => call('POST', `/hr/units/${unit.unitId}/approve`, otherHrToken), 404);
    expect(approve.error.code).toBe('NOT_FOUND');
    await refused(
      () => call('POST', `/hr/units/${unit.unitId}/reject`, otherHrToken, { reason: '不是本部门' }),
      404,
    );
    await refused(() => call('POST', `/hr/units/${randomUUID()}/approve`, hrToken), 404);
  });

  it('rejects a unit with a reason, which frees its code', async () => {
    const unit = await registerUnit();
    const noReason = await refused(() => call('POST', `/hr/units/${unit.unitId}/reject`, hrToken, {}), 400);
    expect(noReason.error.fields!.map((f) => f.field)).toEqual(['reason']);
    await refused(() => call('POST', `/hr/units/${unit.unitId}/reject`, hrToken, { reason: '  ' }), 400);
    await refused(
      () => call('POST', `/hr/units/${unit.unitId}/reject`, hrToken, { reason: '因'.repeat(501) }),
      400,
    );

    const response = await call('POST', `/hr/units/${unit.unitId}/reject`, hrToken, {
      reason: '扫描件不清晰',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'rejected', version: 2 });
    const row = await server.context.db
      .selectFrom('units')
      .selectAll()
      .where('id', '=', unit.unitId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'rejected', reject_reason: '扫描件不清晰' });
    const mails = await mailsTo(unit.applicant.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: '单位注册审核未通过通知' });
    expect(mails[0]!.text_body).toContain('扫描件不清晰');

    const check = await fetch(`${server.baseUrl}/registrations/units/check?code=${unit.code}`);
    expect(await check.json()).toMatchObject({ valid: true, available: true });
  });

  it('approves from the command line by code, for any department', async () => {
    const unit = await registerUnit('HR410300');
    const decided = await approveUnitByCode(server.context, unit.code.slice(8, 17));
    expect(decided).toMatchObject({ unitId: unit.unitId, status: 'approved' });
    expect(await mailsTo(unit.applicant.email)).toHaveLength(1);
    const audit = await server.context.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target', '=', unit.unitId)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_kind: 'system', actor_id: 'cli', action: 'hr.units.approve' });

    await expect(approveUnitByCode(server.context, unit.code)).rejects.toMatchObject({ status: 404 });
    await expect(approveUnitByCode(server.context, 'nonsense')).rejects.toMatchObject({ status: 400 });
  });
});
