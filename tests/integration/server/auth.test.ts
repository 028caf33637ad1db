import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueCaptcha } from '../../../src-server/auth/captcha.ts';
import { makeResidentId } from '../../../src-server/seed/identity-numbers.ts';
import {
  FIXTURE_PASSWORD,
  insertHrAdmin,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
} from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

const MINUTE = 60_000;

describe.each(testDialects)('log-in and sessions on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());
  // Every request comes from 127.0.0.1: without this, one test's failures would lock the next test out.
  beforeEach(async () => {
    await server.context.db.deleteFrom('login_failures').execute();
  });

  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  /** Logs in with a freshly issued captcha, solved in-process. */
  async function logIn(fields: Record<string, unknown>) {
    const { captchaId, text } = await issueCaptcha(server.context);
    return post('/auth/login', { captchaId, captchaText: text, ...fields });
  }

  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string } }).error;
  const count = async (table: 'sessions' | 'captchas' | 'audit_log') =>
    Number(
      (
        await server.context.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe('captcha', () => {
    it('serves an SVG with an id but never the answer, which is stored hashed', async () => {
      const response = await fetch(`${server.baseUrl}/captcha`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as Record<string, string>;
      expect(Object.keys(body).sort()).toEqual(['captchaId', 'svg']);
      expect(body.svg).toMatch(/^<svg/);
      const row = await server.context.db
        .selectFrom('captchas')
        .selectAll()
        .where('id', '=', body.captchaId!)
        .executeTakeFirstOrThrow();
      expect(row.answer_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('gives a new image on every fetch (refresh)', async () => {
      const [first, second] = await Promise.all(
        [1, 2].map(
          async () => (await (await fetch(`${server.baseUrl}/captcha`)).json()) as { captchaId: string },
        ),
      );
      expect(first!.captchaId).not.toBe(second!.captchaId);
    });

    it('accepts the answer in any letter case', async () => {
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id);
      const { captchaId, text } = await issueCaptcha(server.context);
      const flipped = [...text]
        .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))
        .join('');
      const response = await post('/auth/login', {
        userType: 'staff',
        account: staff.id_number,
        password: FIXTURE_PASSWORD,
        captchaId,
        captchaText: ` ${flipped} `,
      });
      expect(response.status).toBe(200);
    });

    it('refuses a wrong answer with WRONG_CAPTCHA and opens no session', async () => {
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id);
      const sessionsBefore = await count('sessions');
      const { captchaId } = await issueCaptcha(server.context);
      const response = await post('/auth/login', {
        userType: 'staff',
        account: staff.id_number,
        password: FIXTURE_PASSWORD,
        captchaId,
        captchaText: '@@@@',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'WRONG_CAPTCHA', message: '验证码错误' } });
      expect(await count('sessions')).toBe(sessionsBefore);
    });

    it('is good for one attempt only', async () => {
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id);
      const captcha = await issueCaptcha(server.context);
      const attempt = (password: string) =>
        post('/auth/login', {
          userType: 'staff',
          account: staff.id_number,
          password,
          captchaId: captcha.captchaId,
          captchaText: captcha.text,
        });
      expect((await attempt('wrong-password1')).status).toBe(401);
      const reused = await attempt(FIXTURE_PASSWORD);
      expect(reused.status).toBe(400);
      expect((await errorOf(reused)).code).toBe('WRONG_CAPTCHA');
    });

    it('expires after five minutes', async () => {
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id);
      const captcha = await issueCaptcha(server.context);
      server.clock.advance(5 * MINUTE + 1000);
      const response = await post('/auth/login', {
        userType: 'staff',
        account: staff.id_number,
        password: FIXTURE_PASSWORD,
        captchaId: captcha.captchaId,
        captchaText: captcha.text,
      });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('WRONG_CAPTCHA');
    });
  });

  describe('log-in', () => {
    it('logs approved staff in with their ID number, and audits it', async () => {
      const unit = await insertUnit(server.context);
      const staff = await insertStaff(server.context, unit.id);
      const response = await logIn({
        userType: 'staff',
        account: staff.id_number.toLowerCase(),
        password: FIXTURE_PASSWORD,
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { token: string; expiresAt: string; user: unknown };
      expect(body.token).toMatch(/^[\w-]{43}$/);
      expect(body.expiresAt).toBe(new Date(server.clock.now.getTime() + 7 * 24 * 60 * MINUTE).toISOString());
      expect(body.user).toEqual({
        kind: 'staff',
        id: staff.id,
        name: staff.name,
        unitId: unit.id,
        unitName: unit.name,
      });
      const audit = await server.context.db
        .selectFrom('audit_log')
        .selectAll()
        .where('actor_id', '=', staff.id)
        .execute();
      expect(audit).toMatchObject([
        { action: 'auth.login', actor_kind: 'staff', unit_id: unit.id, address: '127.0.0.1' },
      ]);
    });

    it('answers an unknown account and a wrong password alike', async () => {
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id);
      const unknown = await logIn({
        userType: 'staff',
        account: makeResidentId('410105', '1970-01-01', 999),
        password: FIXTURE_PASSWORD,
      });
      const wrong = await logIn({
        userType: 'staff',
        account: staff.id_number,
        password: 'not-the-password1',
      });
      for (const response of [unknown, wrong]) {
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({
          error: { code: 'WRONG_CREDENTIALS', message: '账户或密码错误' },
        });
      }
    });

    it('tells pending staff they are not approved, but only with the right password', async () => {
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id, {
        status: 'pending',
      });
      const right = await logIn({ userType: 'staff', account: staff.id_number, password: FIXTURE_PASSWORD });
      expect(right.status).toBe(403);
      expect(await right.json()).toEqual({ error: { code: 'NOT_APPROVED', message: '此帐号还未被审核' } });
      const wrong = await logIn({
        userType: 'staff',
        account: staff.id_number,
        password: 'not-the-password1',
      });
      expect((await errorOf(wrong)).code).toBe('WRONG_CREDENTIALS');
    });

    it('logs a unit administrator in by credit code or by the organisation code inside it', async () => {
      const unit = await insertUnit(server.context);
      const admin = await insertUnitAdmin(server.context, unit.id);
      const organizationCode = `${unit.code.slice(8, 16)}-${unit.code.slice(16, 17)}`;
      for (const orgCode of [unit.code, unit.code.toLowerCase(), organizationCode]) {
        const response = await logIn({
          userType: 'unit',
          orgCode,
          account: admin.id_number,
          password: FIXTURE_PASSWORD,
        });
        expect(response.status).toBe(200);
        const { user } = (await response.json()) as { user: Record<string, unknown> };
        expect(user).toMatchObject({
          kind: 'unit_admin',
          id: admin.id,
          unitId: unit.id,
          unitName: unit.name,
          role: 'admin',
        });
        expect(user.permissions).toContain('registrations');
      }
    });

    it('refuses a unit administrator under another unit, and a unit not yet approved', async () => {
      const unit = await insertUnit(server.context);
      const admin = await insertUnitAdmin(server.context, unit.id);
      const other = await insertUnit(server.context);
      const elsewhere = await logIn({
        userType: 'unit',
        orgCode: other.code,
        account: admin.id_number,
        password: FIXTURE_PASSWORD,
      });
      expect((await errorOf(elsewhere)).code).toBe('WRONG_CREDENTIALS');

      const pending = await insertUnit(server.context, { status: 'pending', decided_at: null });
      const pendingAdmin = await insertUnitAdmin(server.context, pending.id);
      const response = await logIn({
        userType: 'unit',
        orgCode: pending.code,
        account: pendingAdmin.id_number,
        password: FIXTURE_PASSWORD,
      });
      expect(response.status).toBe(403);
      expect((await errorOf(response)).code).toBe('NOT_APPROVED');
    });

    it('logs an HR administrator in by user name', async () => {
      const hr = await insertHrAdmin(server.context);
      const response = await logIn({ userType: 'hr', account: hr.username, password: FIXTURE_PASSWORD });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { user: unknown }).user).toEqual({
        kind: 'hr_admin',
        id: hr.id,
        name: hr.name,
      });
    });

    it('names the field at fault in bad input, and leaves the captcha unspent', async () => {
      const captcha = await issueCaptcha(server.context);
      const cases: [Record<string, unknown>, string][] = [
        [{ userType: 'admin', account: 'a', password: 'p' }, 'userType'],
        [{ userType: 'staff', password: 'p' }, 'account'],
        [{ userType: 'staff', account: 'a', password: '' }, 'password'],
        [{ userType: 'unit', account: 'a', password: 'p' }, 'orgCode'],
        [{ userType: 'unit', orgCode: '12345', account: 'a', password: 'p' }, 'orgCode'],
      ];
      for (const [fields, field] of cases) {
        const response = await post('/auth/login', {
          captchaId: captcha.captchaId,
          captchaText: captcha.text,
          ...fields,
        });
        expect(response.status).toBe(400);
        const error = (await response.json()) as {
          error: { code: string; message: string; fields: unknown[] };
        };
        expect(error.error.code).toBe('INVALID_ARGUMENT');
        expect(error.error.fields).toEqual([{ field, message: expect.any(String) }]);
        expect(error.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id);
      const response = await post('/auth/login', {
        userType: 'staff',
        account: staff.id_number,
        password: FIXTURE_PASSWORD,
        captchaId: captcha.captchaId,
        captchaText: captcha.text,
      });
      expect(response.status).toBe(200);
    });
  });

  describe('throttling', () => {
    it('locks an account for 15 minutes after 5 failures, even for the right password', async () => {
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id);
      const other = await insertStaff(server.context, (await insertUnit(server.context)).id);
      for (let i = 0; i < 5; i++) {
        const response = await logIn({
          userType: 'staff',
          account: staff.id_number,
          password: `wrong-${i}x`,
        });
        expect(response.status).toBe(401);
      }
      const locked = await logIn({ userType: 'staff', account: staff.id_number, password: FIXTURE_PASSWORD });
      expect(locked.status).toBe(429);
      expect(await locked.json()).toEqual({
        error: { code: 'TOO_MANY_ATTEMPTS', message: '登录失败次数过多，请15分钟后再试' },
      });
      // Only that account: another person at the same address still logs in.
      expect(
        (await logIn({ userType: 'staff', account: other.id_number, password: FIXTURE_PASSWORD })).status,
      ).toBe(200);

      server.clock.advance(10 * MINUTE);
      const later = await logIn({ userType: 'staff', account: staff.id_number, password: FIXTURE_PASSWORD });
      expect((await later.json()) as unknown).toEqual({
        error: { code: 'TOO_MANY_ATTEMPTS', message: '登录失败次数过多，请5分钟后再试' },
      });
      server.clock.advance(5 * MINUTE);
      const free = await logIn({ userType: 'staff', account: staff.id_number, password: FIXTURE_PASSWORD });
      expect(free.status).toBe(200);
    });

    it('forgets earlier failures after a successful log-in', async () => {
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id);
      const fail = () => logIn({ userType: 'staff', account: staff.id_number, password: 'wrong-pass1' });
      for (let i = 0; i < 4; i++) expect((await fail()).status).toBe(401);
      expect(
        (await logIn({ userType: 'staff', account: staff.id_number, password: FIXTURE_PASSWORD })).status,
      ).toBe(200);
      for (let i = 0; i < 4; i++) expect((await fail()).status).toBe(401);
      expect(
        (await logIn({ userType: 'staff', account: staff.id_number, password: FIXTURE_PASSWORD })).status,
      ).toBe(200);
    });

    it('locks an address after 20 failures across accounts', async () => {
      const staff = await insertStaff(server.context, (await insertUnit(server.context)).id);
      for (let i = 0; i < 20; i++) {
        const response = await logIn({
          userType: 'staff',
          account: makeResidentId('410105', '1970-01-01', 100 + i),
          password: 'guess-123',
        });
        expect(response.status).toBe(401);
      }
      const response = await logIn({
        userType: 'staff',
        account: staff.id_number,
        password: FIXTURE_PASSWORD,
      });
      expect(response.status).toBe(429);
      expect((await errorOf(response)).code).toBe('TOO_MANY_ATTEMPTS');
      server.clock.advance(15 * MINUTE);
      expect(
        (await logIn({ userType: 'staff', account: staff.id_number, password: FIXTURE_PASSWORD })).status,
      ).toBe(200);
    });
  });

  describe('sessions', () => {
    async function staffToken() {
      const unit = await insertUnit(server.context);
      const staff = await insertStaff(server.context, unit.id);
      const response = await logIn({
        userType: 'staff',
        account: staff.id_number,
        password: FIXTURE_PASSWORD,
      });
      return { staff, token: ((await response.json()) as { token: string }).token };
    }

    it('stores only the hash of the token', async () => {
      const { token } = await staffToken();
      const stored = await server.context.db.selectFrom('sessions').select('token_hash').execute();
      expect(stored.map((s) => s.token_hash)).not.toContain(token);
    });

    it('ends the session on log-out, and audits it', async () => {
      const { staff, token } = await staffToken();
      const response = await post('/auth/logout', {}, token);
      expect(response.status).toBe(200);
      const again = await post('/auth/logout', {}, token);
      expect(again.status).toBe(401);
      expect((await errorOf(again)).code).toBe('UNAUTHENTICATED');
      const actions = await server.context.db
        .selectFrom('audit_log')
        .select('action')
        .where('actor_id', '=', staff.id)
        .orderBy('id')
        .execute();
      expect(actions.map((a) => a.action)).toEqual(['auth.login', 'auth.logout']);
    });

    it('expires after the configured lifetime', async () => {
      const hr = await insertHrAdmin(server.context);
      const response = await logIn({ userType: 'hr', account: hr.username, password: FIXTURE_PASSWORD });
      const { token } = (await response.json()) as { token: string };
      const listUnits = () =>
        fetch(`${server.baseUrl}/hr/units`, { headers: { authorization: `Bearer ${token}` } });
      server.clock.advance(7 * 24 * 60 * MINUTE - 1000);
      expect((await listUnits()).status).toBe(200);
      server.clock.advance(1000);
      const expired = await listUnits();
      expect(expired.status).toBe(401);
      expect((await errorOf(expired)).code).toBe('UNAUTHENTICATED');
      expect((await post('/auth/logout', {}, token)).status).toBe(401);
    });

    it('refuses log-out without a session', async () => {
      const auditBefore = await count('audit_log');
      expect((await post('/auth/logout', {})).status).toBe(401);
      expect((await post('/auth/logout', {}, 'forged-token')).status).toBe(401);
      expect(await count('audit_log')).toBe(auditBefore);
    });
  });
});
