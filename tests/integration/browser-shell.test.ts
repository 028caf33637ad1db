import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/contract/index.ts';
import type { Core } from '../../src-main/core/index.ts';
import { startTestCore } from '../support/core.ts';
import { startBrowserShell, type BrowserShell } from '../../src-main/web/browser-shell.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const dir = makeTempDir('browser-shell');
let core: Core;
let shell: BrowserShell;

beforeAll(async () => {
  const rendererDir = join(dir.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>壳</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir.path, 'secret.txt'), 'secret');
  core = startTestCore(join(dir.path, 'data'), '1.2.3');
  shell = await startBrowserShell({ core, rendererDir });
});

afterAll(async () => {
  await shell.close();
  await core.close();
  dir.remove();
});

const call = (name: string, init: RequestInit = {}) =>
  fetch(`${shell.origin}/api/${name}`, {
    method: 'POST',
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${shell.token}`, ...init.headers },
  });

describe('browser shell', () => {
  it('prints a loopback URL that carries the token in the fragment', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43}$/);
  });

  it('serves a contract call from the core', async () => {
    const response = await call('appInfo');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      value: { version: '1.2.3', runtime: 'browser-shell' },
    });
  });

  it('refuses calls without the per-launch token', async () => {
    for (const authorization of ['', 'Bearer nope', `Bearer ${shell.token}x`]) {
      const response = await call('appInfo', { headers: { authorization } });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('answers bad input with 4xx and a Chinese message', async () => {
    const badArgs = await call('appInfo', { body: JSON.stringify({ extra: true }) });
    expect(badArgs.status).toBe(400);
    expect(await badArgs.json()).toMatchObject({
      error: { code: 'INVALID_ARGUMENT', fields: [{ field: 'extra' }] },
    });

    const badJson = await call('appInfo', { body: '{not json' });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ error: { message: '请求体不是有效的 JSON' } });

    expect((await call('appInfo', { headers: { 'content-type': 'text/plain' }, body: '{}' })).status).toBe(
      415,
    );
    expect((await call('noSuchCall', { body: '{}' })).status).toBe(404);
    expect(
      (await fetch(`${shell.origin}/api/appInfo`, { headers: { authorization: `Bearer ${shell.token}` } }))
        .status,
    ).toBe(405);
  });

  it('serves the renderer with the content security policy and falls back to index.html for routes', async () => {
    const page = await fetch(`${shell.origin}/declarations/queue`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>壳</title>');
    const asset = await fetch(`${shell.origin}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${shell.origin}/assets/missing.js`)).status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%E0%A4%A',
    ]) {
      const body = await rawGet(path, `127.0.0.1:${new URL(shell.origin).port}`);
      expect(body.text).not.toContain('secret');
    }
  });

  it('refuses requests for other host names (DNS rebinding)', async () => {
    const response = await rawGet('/', 'evil.example:80');
    expect(response.status).toBe(403);
    const apiResponse = await rawGet('/api/appInfo', 'evil.example');
    expect(apiResponse.status).toBe(403);
  });
});

function rawGet(path: string, host: string): Promise<{ status: number; text: string }> {
  const { port } = new URL(shell.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}
