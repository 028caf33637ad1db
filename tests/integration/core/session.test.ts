import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCaptcha } from '../../../src-server/auth/captcha.ts';
import { FIXTURE_PASSWORD } from '../../support/server-fixtures.ts';
import { logIn, logInOk, seedUnitAccount, startDesk, type Desk, type UnitAccount } from './support/desk.ts';

let desk: Desk;
let account: UnitAccount;

beforeAll(async () => {
  desk = await startDesk();
  account = await seedUnitAccount(desk.server);
});

afterAll(() => desk.close());

describe('online log-in', () => {
  it('shows the server captcha as an image', async () => {
    const captcha = await desk.call('sessionCaptcha');
    expect(captcha.captchaId).toMatch(/^[0-9a-f-]{36}$/);
    const svg = Buffer.from(captcha.image.replace('data:image/svg+xml;base64,', ''), 'base64').toString();
    expect(svg).toMatch(/^<svg/);
  });

  it('logs in and remembers the account', async () => {
    const session = await logInOk(desk, account);
    expect(session).toMatchObject({
      mode: 'online',
      serverUrl: desk.server.baseUrl,
      unit: { id: account.unit.id, code: account.unit.code, name: account.unit.name },
      admin: { id: account.admin.id, idNumber: account.admin.id_number, role: 'admin' },
    });
    expect(session.admin.permissions).toContain('declarations');
    expect(await desk.call('sessionCurrent')).toEqual(session);
    const accounts = await desk.call('accountsList');
    expect(accounts).toEqual([
      expect.objectContaining({ accountId: session.accountId, unitName: account.unit.name }),
    ]);
    expect(accounts[0]!.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  });

  it('passes the three errors of the user guide through, each with its own code', async () => {
    const { captchaId } = await issueCaptcha(desk.server.context);
    const wrongCaptcha = await desk.result('sessionLogIn', {
      orgCode: account.unit.code,
      idNumber: account.admin.id_number,
      password: FIXTURE_PASSWORD,
      captchaId,
      captchaText: 'zzzz',
    });
    expect(wrongCaptcha).toEqual({ ok: false, error: { code: 'WRONG_CAPTCHA', message: '验证码错误' } });

    expect(await logIn(desk, account, 'Wrong-passw0rd')).toEqual({
      ok: false,
      error: { code: 'WRONG_CREDENTIALS', message: '账户或密码错误' },
    });

    const pending = await seedUnitAccount(desk.server, { status: 'pending' });
    expect(await logIn(desk, pending)).toEqual({
      ok: false,
      error: { code: 'NOT_APPROVED', message: '此帐号还未被审核' },
    });
  });

  it('names the field of bad input', async () => {
    const result = await desk.result('sessionLogIn', {
      orgCode: '123',
      idNumber: account.admin.id_number,
      password: 'x',
      captchaId: 'c',
      captchaText: 'abcd',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', fields: [{ field: 'orgCode' }] },
    });
  });
});

describe('offline unlock and log-out', () => {
  it('unlocks a known account with its password, offline, and refuses a wrong one', async () => {
    const [known] = await desk.call('accountsList');
    const wrong = await desk.result('sessionUnlock', { accountId: known!.accountId, password: 'nope' });
    expect(wrong).toEqual({ ok: false, error: { code: 'WRONG_CREDENTIALS', message: '账户或密码错误' } });

    await desk.restart();
    expect(await desk.call('sessionCurrent')).toBeNull();
    const session = await desk.call('sessionUnlock', {
      accountId: known!.accountId,
      password: FIXTURE_PASSWORD,
    });
    expect(session).toMatchObject({ mode: 'offline', unit: { id: account.unit.id } });
  });

  it('keeps a verifier and a sealed token, never the password or the token itself', () => {
    const database = new Database(join(desk.dir.path, 'app.sqlite'), { readonly: true });
    const row = database.prepare('select verifier, sealed_token from accounts').get() as Record<
      string,
      string
    >;
    database.close();
    expect(row.verifier).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.verifier).not.toContain(FIXTURE_PASSWORD);
    // The file vault's AES-GCM output: iv, tag and a body as long as the 43-character token.
    expect(Buffer.from(row.sealed_token!, 'base64')).toHaveLength(12 + 16 + 43);
  });

  it('logs out: the session ends on the server and nothing stays open', async () => {
    const sessionsOf = () =>
      desk.server.context.db
        .selectFrom('sessions')
        .select('token_hash')
        .where('subject_id', '=', account.admin.id)
        .execute();
    expect(await sessionsOf()).toHaveLength(1);
    await desk.call('sessionLogOut');
    expect(await sessionsOf()).toHaveLength(0);
    expect(await desk.call('sessionCurrent')).toBeNull();
    expect(await desk.result('staffList', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('settings', () => {
  it('are validated, persisted and survive a restart', async () => {
    const bad = await desk.result('settingsSet', { syncIntervalSeconds: 5 });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', fields: [{ field: 'syncIntervalSeconds' }] },
    });
    const badUrl = await desk.result('settingsSet', { serverUrl: 'ftp://example.com' });
    expect(badUrl).toMatchObject({ ok: false, error: { fields: [{ field: 'serverUrl' }] } });

    const saved = await desk.call('settingsSet', {
      printerName: '财务室打印机',
      paperSize: 'A5',
      prefetchBudgetMb: 64,
    });
    await desk.restart();
    expect(await desk.call('settingsGet')).toEqual(saved);
    expect(saved).toMatchObject({
      serverUrl: desk.server.baseUrl,
      orientation: 'landscape',
      paperSize: 'A5',
    });
  });
});
