import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/contract/index.ts';
import { findRendererFile } from '../core/renderer-files.ts';

const APP_SCHEME = 'app';
const RENDERER_HOST = 'renderer';

/** The page the main window loads; the renderer's assets resolve relative to it. */
export const RENDERER_ENTRY_URL = `${APP_SCHEME}://${RENDERER_HOST}/index.html`;

/** True for URLs of our own renderer: the only pages allowed to navigate, be shown or call the core. */
export function isRendererUrl(url: string): boolean {
  const parsed = URL.parse(url);
  return parsed?.protocol === `${APP_SCHEME}:` && parsed.host === RENDERER_HOST;
}

/**
 * Must run before the app is ready. `standard` gives the scheme real origins and relative URLs,
 * `secure` makes it a secure context like https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer over app:// instead of file://, which would expose the whole disk. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondWithRendererFile(rendererDir, request.url));
}

async function respondWithRendererFile(rendererDir: string, url: string): Promise<Response> {
  const parsed = URL.parse(url);
  if (parsed?.host !== RENDERER_HOST) return notFound();
  const file = await findRendererFile(rendererDir, parsed.pathname);
  if (!file) return notFound();
  try {
    return new Response(await readFile(file.path), { headers: headersFor(file.contentType) });
  } catch {
    return notFound();
  }
}

function notFound(): Response {
  return new Response('未找到该页面资源', { status: 404, headers: headersFor('text/plain; charset=utf-8') });
}

function headersFor(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  });
}
