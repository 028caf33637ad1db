import type { CallResult, IpcChannel, CallInput, CallOutput } from '../../../../src-shared/contract/index.ts';
import { issueCaptcha } from '../../../../src-server/auth/captcha.ts';
import type { UnitAdminsTable, UnitsTable } from '../../../../src-server/db/schema.ts';
import type { Core } from '../../../../src-main/core/index.ts';
import { startTestCore } from '../../../support/core.ts';
import { FIXTURE_PASSWORD, insertUnit, insertUnitAdmin } from '../../../support/server-fixtures.ts';
import { makeTempDir, type TempDir } from '../../../support/temp-dir.ts';
import { startTestServer, type TestServer } from '../../../support/test-server.ts';

/** The desktop core (real worker) on a temp user data folder, pointed at a real sync API. */
export interface Desk {
  server: TestServer;
  core: Core;
  dir: TempDir;
  /** A call that must succeed. */
  call<C extends IpcChannel>(channel: C, args?: CallInput<C>): Promise<CallOutput<C>>;
  /** A call's raw result, to look at failures. */
  result(channel: IpcChannel, args?: unknown): Promise<CallResult<unknown>>;
  /** Starts a new core on the same folder, as a restart of the app would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startDesk(server?: TestServer): Promise<Desk> {
  const sync = server ?? (await startTestServer('sqlite'));
  const dir = makeTempDir('desk');
  const desk: Desk = {
    server: sync,
    core: startTestCore(dir.path),
    dir,
    async call(channel, args) {
      const result = await desk.core.call(channel, args);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    result: (channel, args) => desk.core.call(channel, args),
    async restart() {
      await desk.core.close();
      desk.core = startTestCore(dir.path);
      await desk.core.ready();
    },
    async close() {
      await desk.core.close();
      dir.remove();
      if (!server) await sync.close();
    },
  };
  await desk.core.ready();
  await desk.call('settingsSet', { serverUrl: sync.baseUrl, syncIntervalSeconds: 3600 });
  return desk;
}

export interface UnitAccount {
  unit: UnitsTable;
  admin: UnitAdminsTable;
}

/** An approved unit with its main administrator. */
export async function seedUnitAccount(
  server: TestServer,
  unit: Partial<UnitsTable> = {},
): Promise<UnitAccount> {
  const row = await insertUnit(server.context, unit);
  return { unit: row, admin: await insertUnitAdmin(server.context, row.id) };
}

/** Logs in online, solving the captcha in-process through the server's own issuer. */
export async function logIn(desk: Desk, { unit, admin }: UnitAccount, password = FIXTURE_PASSWORD) {
  const { captchaId, text } = await issueCaptcha(desk.server.context);
  return desk.result('sessionLogIn', {
    orgCode: unit.code,
    idNumber: admin.id_number,
    password,
    captchaId,
    captchaText: text,
  });
}

export async function logInOk(desk: Desk, account: UnitAccount) {
  const result = await logIn(desk, account);
  if (!result.ok) throw new Error(`log-in failed: ${result.error.message}`);
  return result.value as CallOutput<'sessionLogIn'>;
}
