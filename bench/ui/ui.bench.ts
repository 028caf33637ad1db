// The declarations screen over a 1,000,000-declaration cache, in Chromium through the browser shell: how
// long after navigation the first page shows (`ui.first_page_ms`) and how long a filter takes to apply
// (`ui.filter_ms`). The cache is built the way an administrator's is: log-in against the big seeded unit
// (bench/server's database) and the core's own first sync.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileSecretVault, startCore, type Core } from '../../src-main/core/index.ts';
import { SOURCE_WORKER_URL } from '../../src-main/core/worker/source-worker-url.ts';
import { startBrowserShell } from '../../src-main/web/browser-shell.ts';
import { launchChromium } from '../../tests/support/browser.ts';
import { makeTempDir } from '../../tests/support/temp-dir.ts';
import { DEMO_PASSWORD } from '../../src-server/seed/run-seed.ts';
import { BIG_UNIT, ROOT, sqliteWorkingCopy } from '../server/support/bench-databases.ts';
import { findBenchUnit } from '../server/support/bench-unit.ts';
import { BENCH_SERVER, startServer } from '../server/support/server-process.ts';
import { recordFigures } from '../support/results.ts';
import { measureFilters, measureFirstPage, type Timing } from './screen-timings.ts';

/** Enough runs that the 95th percentile is not simply the slowest one (with 15 it was). */
const RUNS = 40;

async function call<T>(core: Core, name: string, args?: unknown): Promise<T> {
  const result = await core.call(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** Logs the big unit's administrator in through the core, as the log-in screen does, and waits for the first sync. */
async function logInAndSync(core: Core, baseUrl: string, databaseUrl: string): Promise<number> {
  const unit = await findBenchUnit(databaseUrl);
  await call(core, 'settingsSet', { serverUrl: baseUrl, syncIntervalSeconds: 86_400 });
  const captcha = (await (await fetch(`${baseUrl.replace(/\/api\/v1$/, '')}/bench/captcha`)).json()) as {
    captchaId: string;
    text: string;
  };
  const started = performance.now();
  await call(core, 'sessionLogIn', {
    orgCode: unit.code,
    idNumber: unit.adminIdNumber,
    password: DEMO_PASSWORD,
    captchaId: captcha.captchaId,
    captchaText: captcha.text,
  });
  for (;;) {
    const state = await call<{ status: string; lastSyncedAt: string | null; error: string | null } | null>(
      core,
      'syncState',
    );
    if (state?.error) throw new Error(`first sync failed: ${state.error}`);
    if (state?.lastSyncedAt && state.status !== 'syncing') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return (performance.now() - started) / 1000;
}

if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', cwd: ROOT });
}
const database = sqliteWorkingCopy(BIG_UNIT);
const server = await startServer(BENCH_SERVER, database.url);
const dir = makeTempDir('bench-ui');
const core = startCore({
  workerUrl: SOURCE_WORKER_URL,
  userDataDir: dir.path,
  identity: { productName: '河南基准测试', version: '0.0.0', runtime: 'browser-shell' },
  vault: fileSecretVault(join(dir.path, 'secret.key')),
});
try {
  await core.ready();
  const syncSeconds = await logInAndSync(core, server.baseUrl, database.url);
  const counts = await call<{ all: number }>(core, 'declarationsCounts', {});
  console.log(`Cache: ${counts.all} declarations, first sync ${syncSeconds.toFixed(1)} s.`);
  const shell = await startBrowserShell({ core, rendererDir: join(ROOT, 'out/renderer') });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(shell.url);
    await page.getByTestId('header-unit').waitFor({ timeout: 60_000 });
    const firstPage = await measureFirstPage(page, RUNS, '修改密码');
    const fromList = await measureFirstPage(page, RUNS, '审核注册账号');
    const filters = await measureFilters(page, 32);
    console.log('\n| measurement | runs | median ms | p95 ms | max ms |\n|---|---|---|---|---|');
    const rows: [string, Timing][] = [
      ['first page, from 修改密码', firstPage],
      ['first page, from 审核注册账号 (a 50-row list)', fromList],
      ...filters.byFilter,
    ];
    for (const [name, timing] of rows)
      console.log(`| ${name} | ${timing.runs} | ${timing.median} | ${timing.p95} | ${timing.max} |`);
    recordFigures([
      { id: 'ui.first_page_ms', value: firstPage.p95, unit: 'ms', goal: '<= 300' },
      { id: 'ui.filter_ms', value: filters.all.p95, unit: 'ms', goal: '<= 200' },
    ]);
  } finally {
    await browser.close();
    await shell.close();
  }
} finally {
  await core.close();
  await server.stop();
  await database.remove();
  dir.remove();
}
