import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../src-server/auth/passwords.ts';
import {
  FIXTURE_PASSWORD,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
  tokenFor,
} from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

describe.each(testDialects)('unit administrator password on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());

  const change = (token: string, body: unknown) =>
    fetch(`${server.baseUrl}/admin/password`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('needs the old password, issues a new session and ends the old ones', async () => {
    const unit = await insertUnit(server.context);
    const admin = await insertUnitAdmin(server.context, unit.id);
    const token = await tokenFor(server.context, { kind: 'unit_admin', id: admin.id, unitId: unit.id });

    const wrong = await change(token, { oldPassword: 'Not-the-0ne', newPassword: 'Brand-new-1' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({
      error: { code: 'WRONG_PASSWORD', fields: [{ field: 'oldPassword' }] },
    });

    const weak = await change(token, { oldPassword: FIXTURE_PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({ error: { fields: [{ field: 'newPassword' }] } });

    const done = await change(token, { oldPassword: FIXTURE_PASSWORD, newPassword: 'Brand-new-1' });
    expect(done.status).toBe(200);
    const { session } = (await done.json()) as { session: { token: string } };
    const stored = await server.context.db
      .selectFrom('unit_admins')
      .select('password_hash')
      .where('id', '=', admin.id)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword('Brand-new-1', stored.password_hash)).toBe(true);

    expect((await change(token, { oldPassword: 'Brand-new-1', newPassword: 'Other-new-2' })).status).toBe(
      401,
    );
    expect(
      (await change(session.token, { oldPassword: 'Brand-new-1', newPassword: 'Other-new-2' })).status,
    ).toBe(200);
  });

  it('is for unit administrators only', async () => {
    const unit = await insertUnit(server.context);
    const staff = await insertStaff(server.context, unit.id);
    const staffToken = await tokenFor(server.context, { kind: 'staff', id: staff.id, unitId: unit.id });
    const body = { oldPassword: FIXTURE_PASSWORD, newPassword: 'Brand-new-1' };
    expect((await change(staffToken, body)).status).toBe(403);
    expect((await change('not-a-token', body)).status).toBe(401);
  });
});
