import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/index.ts';
import { startTestCore } from '../support/core.ts';
import { startBrowserShell, type BrowserShell } from '../../src-main/web/browser-shell.ts';
import { launchChromium } from '../support/browser.ts';
import { chromiumAvailable } from '../support/outside.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const SCREENSHOTS = resolve('docs/screenshots');

describe.runIf(chromiumAvailable())('app shell in headless Chromium', () => {
  const dir = makeTempDir('e2e-shell');
  let core: Core;
  let shell: BrowserShell;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    core = startTestCore(dir.path, '7.7.7');
    shell = await startBrowserShell({ core, rendererDir: resolve('out/renderer') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  });

  afterAll(async () => {
    await browser?.close();
    await shell?.close();
    await core?.close();
    dir.remove();
  });

  it('shows data that came from the core through the contract', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(shell.url);
    await page.getByRole('link', { name: /(^|\s)设置$/ }).click();

    const info = page.getByTestId('system-info');
    await info.waitFor();
    await expect.poll(() => info.innerText()).toContain(join(dir.path, 'app.sqlite'));
    const text = await info.innerText();
    expect(text).toContain('7.7.7');
    expect(text).toMatch(/SQLite\s+3\.\d+\.\d+/);
    expect(text).toContain('浏览器外壳');
    expect(errors).toEqual([]);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'app-shell.png') });
  });

  it('drops the token from the address bar and keeps working after a reload', async () => {
    expect(page.url()).not.toContain('token');
    await page.reload();
    await expect.poll(() => page.getByTestId('system-info').innerText()).toContain('7.7.7');
  });

  it('asks for the server address before anyone can log in', async () => {
    await page.getByRole('button', { name: '返回登录' }).click();
    await page.getByText('尚未设置服务器地址').waitFor();
    expect(await page.getByRole('radio', { name: '单位' }).isChecked()).toBe(true);
  });

  it('shows a clear error when opened without the token', async () => {
    const other = await browser.newPage();
    await other.goto(shell.origin);
    await expect.poll(() => other.locator('.ant-alert').innerText()).toContain('访问令牌无效');
    await other.close();
  });
});
