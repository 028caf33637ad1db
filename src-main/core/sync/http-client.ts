import { answeredError, offline, SyncCancelled, SyncError } from './errors.ts';

export interface SyncHttpOptions {
  /** The API root, e.g. `https://ce.example.cn/api/v1`. */
  baseUrl: string;
  /** The session token for each request; null when there is none (the engine reports unauthorized). */
  getToken: () => string | null | Promise<string | null>;
  /** Per request, body included. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

export interface Answer<T> {
  value: T;
  /** Bytes of the body as received (after gzip decoding). */
  bytes: number;
}

export interface SyncHttp {
  /** POSTs a JSON text and reads a JSON answer. */
  postJson<T>(path: string, body: string, signal?: AbortSignal): Promise<Answer<T>>;
  /** GETs a file with the session token. */
  getFile(path: string, signal?: AbortSignal): Promise<{ bytes: Uint8Array; mediaType: string }>;
  /** Whether the server answers its health check (no token needed). */
  isReachable(signal?: AbortSignal): Promise<boolean>;
}

interface ErrorBody {
  error?: { code?: string; message?: string };
}

async function failure(response: Response): Promise<SyncError> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  return answeredError(response.status, body.error?.code, body.error?.message);
}

/**
 * The codings the client accepts. zstd costs the server a third less CPU per pull than gzip, and
 * decodes faster here. Node's fetch decodes it from Node 24 on; an older runtime (an Electron on
 * Node 22) asks for gzip only.
 */
export const ACCEPT_ENCODING = Number(process.versions.node.split('.')[0]) >= 24 ? 'zstd, gzip' : 'gzip';

/** The sync API over the global fetch: bearer token, compression, a timeout, and typed failures. */
export function createSyncHttp(options: SyncHttpOptions): SyncHttp {
  const fetchImpl = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');

  /** Runs `read` on a successful answer; a network failure, in the request or the body, is `offline`. */
  async function exchange<T>(
    path: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
    read: (response: Response) => Promise<T>,
  ): Promise<T> {
    const token = await options.getToken();
    if (token === null) throw new SyncError('unauthorized', '尚未登录，请先联网登录');
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const headers = { ...init.headers, authorization: `Bearer ${token}`, 'accept-encoding': ACCEPT_ENCODING };
    try {
      const response = await fetchImpl(`${base}${path}`, {
        ...init,
        headers,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      if (!response.ok) throw await failure(response);
      return await read(response);
    } catch (error) {
      if (signal?.aborted) throw new SyncCancelled();
      if (error instanceof SyncError) throw error;
      if (error instanceof SyntaxError)
        throw new SyncError('server', '服务器的答复不完整，稍后会自动重试', { cause: error });
      throw offline(error);
    }
  }

  return {
    postJson<T>(path: string, body: string, signal?: AbortSignal) {
      const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
      return exchange(path, init, signal, async (response) => {
        const text = await response.text();
        return { value: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
      });
    },
    getFile(path, signal) {
      return exchange(path, { method: 'GET' }, signal, async (response) => ({
        bytes: new Uint8Array(await response.arrayBuffer()),
        mediaType: response.headers.get('content-type')?.split(';')[0]?.trim() ?? 'application/octet-stream',
      }));
    },
    async isReachable(signal) {
      const timeout = AbortSignal.timeout(Math.min(options.timeoutMs, 5_000));
      try {
        const response = await fetchImpl(`${base}/health`, {
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        await response.arrayBuffer();
        return response.ok;
      } catch {
        return false;
      }
    },
  };
}
