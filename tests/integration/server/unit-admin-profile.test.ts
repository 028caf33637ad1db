import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStaff, insertUnit, insertUnitAdmin, tokenFor } from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

describe.each(testDialects)('unit administrator own profile on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());

  const update = (token: string, body: unknown) =>
    fetch(`${server.baseUrl}/admin/profile`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  const stored = (id: string) =>
    server.context.db.selectFrom('unit_admins').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  async function adminWithToken(role: 'admin' | 'sub' = 'admin') {
    const unit = await insertUnit(server.context);
    const admin = await insertUnitAdmin(server.context, unit.id, { role });
    const token = await tokenFor(server.context, { kind: 'unit_admin', id: admin.id, unitId: unit.id });
    return { unit, admin, token };
  }

  it('saves a new phone and e-mail with a new version and seq, and audits it', async () => {
    const { admin, token } = await adminWithToken();
    const answer = await update(token, { phone: '+86 139-0000-1234', email: ' new@example.com ' });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({
      profile: { id: admin.id, phone: '13900001234', email: 'new@example.com', version: admin.version + 1 },
    });
    const row = await stored(admin.id);
    expect(row).toMatchObject({ phone: '13900001234', email: 'new@example.com', version: admin.version + 1 });
    expect(row.seq).toBeGreaterThan(admin.seq);
    expect(row.name).toBe(admin.name);
    const audit = await server.context.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('target', '=', `unit_admins:${admin.id}`)
      .execute();
    expect(audit).toContainEqual({ action: 'admin.profile.update', actor_id: admin.id });
  });

  it('leaves the row alone when nothing changes', async () => {
    const { admin, token } = await adminWithToken('sub');
    const answer = await update(token, { phone: admin.phone });
    expect(answer.status).toBe(200);
    const row = await stored(admin.id);
    expect({ version: row.version, seq: row.seq }).toEqual({ version: admin.version, seq: admin.seq });
  });

  it('refuses locked fields by name, even with their current value', async () => {
    const { admin, token } = await adminWithToken();
    const answer = await update(token, {
      name: admin.name,
      idNumber: '410105198005010011',
      phone: '13900001111',
    });
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: { code: string; fields: { field: string }[] } };
    expect(body.error.code).toBe('LOCKED_FIELD');
    expect(body.error.fields.map((f) => f.field).sort()).toEqual(['idNumber', 'name']);
    expect((await stored(admin.id)).phone).toBe(admin.phone);
  });

  it('names the field of a bad phone or e-mail, and needs at least one change', async () => {
    const { token } = await adminWithToken();
    const badPhone = await update(token, { phone: '1380000' });
    expect(badPhone.status).toBe(400);
    expect(await badPhone.json()).toMatchObject({
      error: { fields: [{ field: 'phone', message: '请输入有效的手机号码' }] },
    });
    const badEmail = await update(token, { email: 'not-an-address' });
    expect(await badEmail.json()).toMatchObject({
      error: { fields: [{ field: 'email', message: '请输入有效的电子邮箱' }] },
    });
    expect((await update(token, {})).status).toBe(400);
    expect((await update(token, { permissions: ['staff'] })).status).toBe(400);
  });

  it('is for unit administrators only', async () => {
    const unit = await insertUnit(server.context);
    const staff = await insertStaff(server.context, unit.id);
    const staffToken = await tokenFor(server.context, { kind: 'staff', id: staff.id, unitId: unit.id });
    expect((await update(staffToken, { phone: '13900001111' })).status).toBe(403);
    expect((await update('not-a-token', { phone: '13900001111' })).status).toBe(401);
  });
});
