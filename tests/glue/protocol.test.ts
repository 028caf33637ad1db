import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRendererUrl, registerAppScheme, serveRenderer } from '../../src-main/electron/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/contract/index.ts';
import { emitReady, recorded, resetStub } from './electron-stub.ts';

const root = mkdtempSync(join(tmpdir(), 'glue-protocol-'));
const rendererDir = join(root, 'renderer');

/** Asks the registered app:// handler for `url`, as Chromium would. */
async function fetchApp(url: string): Promise<Response> {
  return recorded.protocolHandlers.get('app')!(new Request(url));
}

beforeAll(() => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>单位管理端</title>');
  writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1);');
  // A file next to the renderer folder: reachable only if traversal were possible.
  writeFileSync(join(root, 'secret.txt'), 'secret');
  resetStub();
  registerAppScheme();
  emitReady();
  serveRenderer(rendererDir);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the app:// scheme', () => {
  it('is privileged like https', () => {
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves renderer files with their type and the CSP', async () => {
    const page = await fetchApp('app://renderer/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('单位管理端');
    const script = await fetchApp('app://renderer/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['app://renderer/', 'app://renderer/declarations/queue', 'app://renderer/../../etc/passwd'])(
    'answers the page itself for client-side routes such as %s',
    async (url) => {
      const response = await fetchApp(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('单位管理端');
    },
  );

  it.each([
    'app://renderer/..%2fsecret.txt',
    'app://renderer/assets/..%2f..%2fsecret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/missing.js',
    'app://other/index.html',
    'app://renderer/%E0%A4%A',
  ])('answers 404 with the CSP for %s', async (url) => {
    const response = await fetchApp(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('secret');
  });

  it('keeps the CSP strict', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('recognises only its own renderer', () => {
    expect(isRendererUrl('app://renderer/index.html')).toBe(true);
    expect(isRendererUrl('app://renderer.evil.example/')).toBe(false);
    expect(isRendererUrl('https://renderer/')).toBe(false);
    expect(isRendererUrl('not a url')).toBe(false);
  });
});
