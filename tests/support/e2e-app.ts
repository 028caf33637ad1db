import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Core } from '../../src-main/core/index.ts';
import type { SyncState } from '../../src-shared/contract/index.ts';
import { startBrowserShell, type BrowserShell } from '../../src-main/web/browser-shell.ts';
import { buildServer } from '../../src-server/app.ts';
import { defaultServerConfig, type ServerContext } from '../../src-server/context.ts';
import { openServerDatabase, type ServerDb } from '../../src-server/db/connect.ts';
import { prepareDatabase } from '../../src-server/db/migrate.ts';
import type { DemoLogin } from '../../src-server/seed/demo-unit-world.ts';
import { DEMO_PASSWORD, seedDatabase } from '../../src-server/seed/run-seed.ts';
import { launchChromium } from './browser.ts';
import { answerAllCaptchasWith } from './captcha.ts';
import { startTestCore } from './core.ts';
import { makeTempDir, type TempDir } from './temp-dir.ts';
import { createTestDatabase, type TestDatabase } from './test-server.ts';

export { DEMO_PASSWORD };

export const SCREENSHOTS = resolve('docs/screenshots');

/** The built renderer the tests drive; HNCE_E2E_RENDERER_DIR points at another build (e.g. one's own). */
export const RENDERER_DIR = resolve(process.env.HNCE_E2E_RENDERER_DIR ?? 'out/renderer');

/** The answer every captcha is given in these tests (see answerAllCaptchasWith). */
export const CAPTCHA_ANSWER = 'abcd';

/** The sync API over the seeded demo database; it can stop and start again on the same port and data. */
export interface DemoServer {
  baseUrl: string;
  /** The database's HNCE_DATABASE_URL, for running the server's command line against it. */
  databaseUrl: string;
  context: ServerContext;
  logins: DemoLogin[];
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const database: TestDatabase = await createTestDatabase('sqlite');
  const serverDb: ServerDb = openServerDatabase(database.url);
  await prepareDatabase(serverDb);
  const report = await seedDatabase(serverDb, { seed: 1, reset: false });
  const context: ServerContext = {
    db: serverDb.db,
    dialect: 'sqlite',
    now: () => new Date(),
    config: defaultServerConfig,
  };
  let app: FastifyInstance | null = null;
  let port = 0;
  const start = async () => {
    app = await buildServer({ context });
    const address = await app.listen({ host: '127.0.0.1', port });
    port = Number(new URL(address).port);
  };
  const stop = async () => {
    await app?.close();
    app = null;
  };
  await start();
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    databaseUrl: database.url,
    context,
    logins: report.logins,
    start,
    stop,
    async close() {
      await stop();
      await serverDb.close();
      await database.drop();
    },
  };
}

/** Everything a browser test drives: the demo server, the core, the browser shell and a page. */
export interface E2eApp {
  server: DemoServer;
  core: Core;
  shell: BrowserShell;
  browser: Browser;
  page: Page;
  /** Uncaught page errors and console errors, for tests to assert there were none. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function startE2eApp(): Promise<E2eApp> {
  const server = await startDemoServer();
  const dir: TempDir = makeTempDir('e2e-app');
  const core = startTestCore(dir.path);
  await core.ready();
  const configured = await core.call('settingsSet', { serverUrl: server.baseUrl, syncIntervalSeconds: 3600 });
  if (!configured.ok) throw new Error(`settingsSet failed: ${configured.error.message}`);
  const shell = await startBrowserShell({ core, rendererDir: RENDERER_DIR });
  const browser = await launchChromium();
  // As with the system's animations turned off: a dialog's button does not move under the pointer
  // between pressing and releasing it while the dialog zooms in on a busy machine.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(shell.url);
  return {
    server,
    core,
    shell,
    browser,
    page,
    pageErrors,
    async close() {
      await browser.close();
      await shell.close();
      await core.close();
      await server.close();
      dir.remove();
    },
  };
}

/** An approved demo unit with a sub-administrator: the one the tests work in. */
export function demoUnit(server: DemoServer): DemoLogin & { subAdminIdNumber: string } {
  const login = server.logins.find((l) => l.unitStatus === 'approved' && l.subAdminIdNumber);
  if (!login?.subAdminIdNumber)
    throw new Error('the demo seed has no approved unit with a sub-administrator');
  return { ...login, subAdminIdNumber: login.subAdminIdNumber };
}

export interface Credentials {
  orgCode: string;
  idNumber: string;
  password: string;
}

/** Waits for the log-in page's captcha, makes it answerable with CAPTCHA_ANSWER and fills the form. */
export async function fillLogIn(
  app: E2eApp,
  credentials: Credentials,
  captcha = CAPTCHA_ANSWER,
): Promise<void> {
  const { page } = app;
  await page.getByTestId('captcha').locator('img').waitFor();
  await answerAllCaptchasWith(app.server.context, CAPTCHA_ANSWER);
  await page.getByPlaceholder('单位组织机构代码 / 统一社会信用代码').fill(credentials.orgCode);
  await page.getByPlaceholder('账户（身份证号码）').fill(credentials.idNumber);
  await page.getByPlaceholder('密码', { exact: true }).fill(credentials.password);
  await page.getByPlaceholder('验证码').fill(captcha);
}

/** Logs in through the UI as the demo unit's main administrator (or `idNumber`) and waits for the console. */
export async function logIn(app: E2eApp, idNumber?: string): Promise<void> {
  const unit = demoUnit(app.server);
  await fillLogIn(app, {
    orgCode: unit.unitCode,
    idNumber: idNumber ?? unit.adminIdNumber,
    password: DEMO_PASSWORD,
  });
  await app.page.getByRole('button', { name: '登 录' }).click();
  await app.page.getByTestId('header-unit').filter({ hasText: unit.unitName }).waitFor();
}

/**
 * A button's accessible name: antd puts a space between the two characters of a two-character label,
 * and an icon adds its own name in front.
 */
export function buttonName(text: string): RegExp {
  return new RegExp(`(^|\\s)${[...text].join('\\s*')}$`);
}

/** Opens a screen from the left menu. */
export async function openScreen(page: Page, label: string): Promise<void> {
  await page.locator('.ant-layout-sider').getByText(label, { exact: true }).click();
  await page.getByRole('heading', { name: label, exact: true }).waitFor();
}

/**
 * Syncs with the status bar's button and waits until the core reports a good sync after the click
 * with nothing left waiting (待同步 0) and no sync running, and the status bar shows it. The core's own state is asked, not the
 * status bar's time, which shows seconds: two syncs within one second look the same there (the core
 * also syncs by itself right after each decision).
 */
export async function syncNow(app: E2eApp): Promise<void> {
  const before = await coreSyncState(app);
  const button = app.page.getByTestId('sync-now');
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  const settled = async () => {
    const state = await coreSyncState(app);
    return (
      state !== null &&
      state.status !== 'syncing' &&
      state.waiting === 0 &&
      state.error === null &&
      state.lastSyncedAt !== null &&
      state.lastSyncedAt !== before?.lastSyncedAt
    );
  };
  await expect.poll(settled, { timeout: 60_000 }).toBe(true);
  // The status bar learns of it by an event a moment later.
  await expect
    .poll(() => app.page.getByTestId('connection').innerText(), { timeout: 30_000 })
    .not.toBe('正在同步');
}

async function coreSyncState(app: E2eApp): Promise<SyncState | null> {
  const answer = await app.core.call('syncState', undefined);
  if (!answer.ok) throw new Error(`syncState failed: ${answer.error.message}`);
  return answer.value as SyncState | null;
}

/**
 * Holds back the browser shell's calls of one core function (`/api/<name>`) until the returned function
 * lets them through, for checking what the screen shows before, say, a list has reloaded. Letting them
 * through ends every route of the page, once the held calls have gone on.
 */
export async function holdCoreCalls(page: Page, name: string): Promise<() => Promise<void>> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const url = `**/api/${name}`;
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return async () => {
    release();
    await page.unrouteAll({ behavior: 'wait' });
  };
}

/**
 * Waits until no CSS animation or transition runs (antd's expanding trees, opening drawers), leaving
 * out the endless ones (spinners, the syncing badge).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** Opens a context menu (right click) and waits for it, again if a re-render closed it first. */
export async function openContextMenu(page: Page, target: Locator, firstItem: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await settle(page);
    await target.click({ button: 'right' });
    const item = page.getByRole('menuitem', { name: firstItem });
    const opened = await item
      .waitFor({ timeout: 2_000 })
      .then(() => settle(page))
      .then(
        () => item.isVisible(),
        () => false,
      );
    if (opened || attempt === 2) return;
  }
}

/** Saves docs/screenshots/<name>.png once motion has settled, without the passing toasts. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settle(page);
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    animations: 'disabled',
    style: '.ant-message { display: none !important; }',
  });
}
