import { describe, expect, it } from 'vitest';
import { backoffDelay, withRetries } from '../../../../src-main/core/sync/backoff.ts';
import { SyncError } from '../../../../src-main/core/sync/errors.ts';
import { createSyncHttp } from '../../../../src-main/core/sync/http-client.ts';

function httpWith(answer: () => Promise<Response>, token: string | null = 'secret') {
  const seen: Request[] = [];
  const http = createSyncHttp({
    baseUrl: 'http://sync.test/api/v1/',
    getToken: () => token,
    timeoutMs: 1_000,
    fetch: async (input, init) => {
      seen.push(new Request(input, init));
      return answer();
    },
  });
  return { http, seen };
}

const json = (status: number, body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

async function failure(promise: Promise<unknown>): Promise<SyncError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe('the sync HTTP client', () => {
  it('sends the bearer token and asks for zstd or gzip', async () => {
    const { http, seen } = httpWith(() => json(200, { ok: true }));
    const answer = await http.postJson('/sync/pull', '{}');
    expect(answer).toEqual({ value: { ok: true }, bytes: 11 });
    expect(seen[0]!.url).toBe('http://sync.test/api/v1/sync/pull');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer secret');
    expect(seen[0]!.headers.get('accept-encoding')).toBe('zstd, gzip');
  });

  it('types each failure by what the engine does about it', async () => {
    const cases: [() => Promise<Response>, string, boolean][] = [
      [() => json(401, { error: { code: 'UNAUTHENTICATED', message: '登录已过期' } }), 'unauthorized', false],
      [() => json(409, { error: { code: 'RESYNC_REQUIRED', message: '需要重新同步' } }), 'resync', false],
      [() => json(503, { error: { code: 'INTERNAL' } }), 'server', true],
      [
        () => json(403, { error: { code: 'FORBIDDEN', message: '该客户端已绑定其他单位' } }),
        'refused',
        false,
      ],
      [() => Promise.reject(new TypeError('fetch failed')), 'offline', true],
      [() => Promise.resolve(new Response('{"cursor":', { status: 200 })), 'server', true],
    ];
    for (const [answer, kind, retryable] of cases) {
      const error = await failure(httpWith(answer).http.postJson('/sync/push', '{}'));
      expect([error.kind, error.retryable]).toEqual([kind, retryable]);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('reports a missing session as unauthorized without asking the server', async () => {
    const { http, seen } = httpWith(() => json(200, {}), null);
    expect((await failure(http.postJson('/sync/pull', '{}'))).kind).toBe('unauthorized');
    expect(seen).toHaveLength(0);
  });
});

describe('backoff', () => {
  it('grows exponentially up to the bound, with jitter in its upper half', () => {
    const options = { baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, options, () => 0))).toEqual([
      50, 100, 200, 400, 500,
    ]);
    expect(backoffDelay(3, options, () => 1)).toBe(400);
  });

  it('retries what is retryable and gives up after the attempts', async () => {
    let calls = 0;
    const flaky = () => (++calls < 3 ? Promise.reject(new Error('again')) : Promise.resolve('done'));
    expect(await withRetries(flaky, () => true, { attempts: 5, baseDelayMs: 1, maxDelayMs: 2 })).toBe('done');
    calls = 0;
    await expect(
      withRetries(flaky, () => true, { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 }),
    ).rejects.toThrow('again');
    expect(calls).toBe(2);
    calls = 0;
    await expect(
      withRetries(flaky, () => false, { attempts: 5, baseDelayMs: 1, maxDelayMs: 2 }),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
