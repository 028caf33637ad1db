import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import {
  CONTENT_SECURITY_POLICY,
  type CallError,
  type CallResult,
  type ErrorCode,
} from '../../src-shared/contract/index.ts';
import type { Core } from '../core/index.ts';
import { findRendererFile } from '../core/renderer-files.ts';
import { createEventStreams } from './event-stream.ts';

const MAX_BODY_BYTES = 32 * 1024 * 1024;
const API_PREFIX = '/api/';
const EVENTS_PATH = '/api/events';

const STATUS_OF: Record<ErrorCode, number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  UNKNOWN_CALL: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
  WRONG_CAPTCHA: 400,
  WRONG_CREDENTIALS: 401,
  NOT_APPROVED: 403,
  TOO_MANY_ATTEMPTS: 429,
  WRONG_PASSWORD: 400,
};

export interface BrowserShellOptions {
  core: Pick<Core, 'call' | 'onEvent'>;
  rendererDir: string;
  port?: number;
}

export interface BrowserShell {
  /** The address to open: the per-launch token travels in the fragment, never to the server's logs. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer, the core's calls and its events (Server-Sent Events at /api/events) on
 * 127.0.0.1, so that the same UI runs in a plain browser. Every call and the event stream need the
 * per-launch token; requests for other hosts are refused to defeat DNS rebinding.
 */
export async function startBrowserShell({
  core,
  rendererDir,
  port = 0,
}: BrowserShellOptions): Promise<BrowserShell> {
  const token = randomBytes(32).toString('base64url');
  const allowedHosts = new Set<string>();
  const events = createEventStreams(core);
  const server = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      console.error('[browser-shell] request failed', error);
      if (!response.headersSent) sendError(response, 500, { code: 'INTERNAL', message: '系统内部错误' });
      else response.destroy();
    });
  });

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      return sendError(response, 403, { code: 'FORBIDDEN', message: '拒绝访问：主机名不受信任' });
    }
    const url = new URL(request.url ?? '/', 'http://shell');
    const path = url.pathname;
    if (path === EVENTS_PATH) return serveEvents(request, response, url.searchParams.get('token'));
    if (path.startsWith(API_PREFIX)) return serveCall(request, response, path.slice(API_PREFIX.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(response, 405, { code: 'INVALID_ARGUMENT', message: '不支持的请求方法' });
    }
    return serveFile(request, response, path);
  }

  async function serveCall(
    request: IncomingMessage,
    response: ServerResponse,
    channel: string,
  ): Promise<void> {
    if (request.method !== 'POST') {
      return sendError(response, 405, { code: 'INVALID_ARGUMENT', message: '调用须使用 POST 方法' });
    }
    if (!hasToken(request.headers.authorization, token)) {
      return sendError(response, 401, {
        code: 'UNAUTHENTICATED',
        message: '访问令牌无效，请使用启动时打印的地址打开',
      });
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(response, 415, {
        code: 'INVALID_ARGUMENT',
        message: '请求体须为 JSON（Content-Type: application/json）',
      });
    }
    const body = await readBody(request);
    if (body === 'too-large') {
      return sendError(response, 413, { code: 'INVALID_ARGUMENT', message: '请求体过大' });
    }
    const args = parseJson(body);
    if (args === INVALID_JSON) {
      return sendError(response, 400, { code: 'INVALID_ARGUMENT', message: '请求体不是有效的 JSON' });
    }
    const result = await core.call(channel, args);
    sendJson(response, result.ok ? 200 : STATUS_OF[result.error.code], result);
  }

  /** EventSource cannot send headers: the token comes in the query. */
  function serveEvents(request: IncomingMessage, response: ServerResponse, presented: string | null): void {
    if (request.method !== 'GET') {
      return sendError(response, 405, { code: 'INVALID_ARGUMENT', message: '事件流须使用 GET 方法' });
    }
    if (!hasToken(presented ?? undefined, token)) {
      return sendError(response, 401, {
        code: 'UNAUTHENTICATED',
        message: '访问令牌无效，请使用启动时打印的地址打开',
      });
    }
    events.open(response);
  }

  async function serveFile(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const file = await findRendererFile(rendererDir, path);
    if (!file) return sendError(response, 404, { code: 'NOT_FOUND', message: '页面不存在' });
    response.writeHead(200, {
      'content-type': file.contentType,
      'content-length': file.size,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': file.contentType.startsWith('text/html') ? 'no-store' : 'max-age=3600',
    });
    if (request.method === 'HEAD') return void response.end();
    await pipeline(file.open(), response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  allowedHosts.add(`127.0.0.1:${actualPort}`).add(`localhost:${actualPort}`);
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        events.close();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function hasToken(authorization: string | undefined, token: string): boolean {
  const presented = Buffer.from(authorization?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

async function readBody(request: IncomingMessage): Promise<string | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const INVALID_JSON = Symbol('invalid-json');

function parseJson(body: string): unknown {
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

function sendError(response: ServerResponse, status: number, error: CallError): void {
  sendJson(response, status, { ok: false, error } satisfies CallResult<never>);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}
