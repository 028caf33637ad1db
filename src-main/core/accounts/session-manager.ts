import { maskResidentId } from '../../../src-shared/domain/resident-id.ts';
import type {
  AccountSummary,
  Captcha,
  LogInInput,
  Session,
  UnlockInput,
} from '../../../src-shared/contract/index.ts';
import { checkUnitCode } from '../../../src-shared/domain/unit-code.ts';
import { CallFailure } from '../api/call-failure.ts';
import type { SecretVault } from '../host-services.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { accountIdOf, type AccountRecord, type AccountStore } from './account-store.ts';
import { fetchCaptcha, logInOnline, logOutOnline, type LogInAnswer } from './server-auth.ts';
import { checkVerifier, makeVerifier } from './verifier.ts';
import type { OpenWorkspace, Workspace } from './workspace.ts';

/** The open account, with its cache and sync engine. */
export interface ActiveSession {
  session: Session;
  account: AccountRecord;
  workspace: Workspace;
}

export interface SessionManager {
  captcha(): Promise<Captcha>;
  logIn(input: Required<LogInInput>): Promise<Session>;
  unlock(input: UnlockInput): Promise<Session>;
  logOut(): Promise<void>;
  current(): Session | null;
  /** The open session; UNAUTHENTICATED on the log-in screen. */
  active(): ActiveSession;
  accounts(): Promise<AccountSummary[]>;
  /** The open account's session token; null once it was forgotten or cannot be unsealed. */
  currentToken(): Promise<string | null>;
  /** Keeps a new token and offline verifier after a password change ended the old session. */
  replaceToken(token: string, expiresAt: string, password: string): Promise<void>;
  close(): Promise<void>;
}

export interface SessionManagerOptions {
  store: AccountStore;
  settings: SettingsStore;
  vault: SecretVault;
  openWorkspace: OpenWorkspace;
  now?: () => Date;
}

const notLoggedIn = () => new CallFailure('UNAUTHENTICATED', '请先登录');
const wrongPassword = () => new CallFailure('WRONG_CREDENTIALS', '账户或密码错误');

/** Log-in, offline unlock, switching and log-out of the administrator accounts on this PC. */
export function createSessionManager(options: SessionManagerOptions): SessionManager {
  const { store, settings, vault, now = () => new Date() } = options;
  let active: ActiveSession | null = null;
  /** Opening and closing run one at a time, so two quick clicks never open two caches. */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  function serverUrl(): string {
    const url = settings.get().serverUrl;
    if (url === null) throw new CallFailure('UNAVAILABLE', '尚未设置服务器地址，请在「设置」中填写');
    return url;
  }

  async function open(account: AccountRecord, token: string | null, mode: Session['mode']) {
    await closeActive();
    const workspace = await options.openWorkspace(account, token);
    active = { account, workspace, session: sessionOf(account, mode, now()) };
    return active.session;
  }

  async function closeActive(): Promise<void> {
    if (!active) return;
    const closing = active;
    active = null;
    await closing.workspace.close();
  }

  async function openToken(account: AccountRecord): Promise<string | null> {
    if (account.sealed_token === null) return null;
    return vault.open(account.sealed_token).catch(() => null);
  }

  return {
    captcha: () => fetchCaptcha(serverUrl()),
    logIn: (input) =>
      serially(async () => {
        const url = serverUrl();
        const answer = await logInOnline(url, input);
        const account = await accountOf(url, input, answer, await vault.seal(answer.token), now());
        await store.save(account);
        return open(account, answer.token, 'online');
      }),
    unlock: ({ accountId, password }) =>
      serially(async () => {
        const account = await store.find(accountId);
        if (!account || !(await checkVerifier(password, account.verifier))) throw wrongPassword();
        return open(account, await openToken(account), 'offline');
      }),
    logOut: () =>
      serially(async () => {
        if (!active) return;
        const { account } = active;
        const token = await openToken(account);
        await store.forgetToken(account.id);
        await closeActive();
        if (token) await logOutOnline(account.server_url, token).catch(() => {});
      }),
    current: () => active?.session ?? null,
    active() {
      if (!active) throw notLoggedIn();
      return active;
    },
    accounts: async () => (await store.list()).map(summaryOf),
    currentToken: async () => (active ? openToken(active.account) : null),
    async replaceToken(token, expiresAt, password) {
      if (!active) throw notLoggedIn();
      const account: AccountRecord = {
        ...active.account,
        verifier: await makeVerifier(password),
        sealed_token: await vault.seal(token),
        token_expires_at: expiresAt,
      };
      await store.save(account);
      active.account = account;
      active.workspace.useToken(token);
    },
    close: () => serially(closeActive),
  };
}

async function accountOf(
  serverUrl: string,
  input: Required<LogInInput>,
  { user, expiresAt }: LogInAnswer,
  sealedToken: string,
  at: Date,
): Promise<AccountRecord> {
  const unitCode = checkUnitCode(input.orgCode);
  return {
    id: accountIdOf(serverUrl, user.unitId, user.id),
    server_url: serverUrl,
    unit_id: user.unitId,
    unit_code: unitCode.ok ? unitCode.value : input.orgCode,
    unit_name: user.unitName,
    admin_id: user.id,
    id_number: input.idNumber.toUpperCase(),
    admin_name: user.name,
    role: user.role,
    permissions: JSON.stringify(user.permissions),
    verifier: await makeVerifier(input.password),
    sealed_token: sealedToken,
    token_expires_at: expiresAt,
    last_log_in_at: at.toISOString(),
  };
}

function sessionOf(account: AccountRecord, mode: Session['mode'], at: Date): Session {
  return {
    accountId: account.id,
    serverUrl: account.server_url,
    unit: { id: account.unit_id, code: account.unit_code, name: account.unit_name },
    admin: {
      id: account.admin_id,
      idNumber: account.id_number,
      name: account.admin_name,
      role: account.role,
      permissions: JSON.parse(account.permissions) as Session['admin']['permissions'],
    },
    mode,
    openedAt: at.toISOString(),
  };
}

function summaryOf(account: AccountRecord): AccountSummary {
  return {
    accountId: account.id,
    serverUrl: account.server_url,
    unitCode: account.unit_code,
    unitName: account.unit_name,
    adminName: account.admin_name,
    idNumber: maskResidentId(account.id_number),
    role: account.role,
    lastLogInAt: account.last_log_in_at,
  };
}
