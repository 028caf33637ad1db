import type { PullResponse, PushResponse, PushRequest } from '../../../src-shared/contract/sync.ts';
import { DEMO_PASSWORD } from '../../../src-server/seed/run-seed.ts';
import type { BenchUnit } from './bench-unit.ts';

export async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-encoding': 'gzip',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Logs in as the unit's administrator the way a user does, reading the captcha from the bench route. */
export async function logInAsAdmin(baseUrl: string, unit: BenchUnit): Promise<string> {
  const captcha = (await fetch(new URL('/bench/captcha', baseUrl)).then((r) => r.json())) as {
    captchaId: string;
    text: string;
  };
  const answer = await postJson<{ token: string }>(`${baseUrl}/auth/login`, {
    userType: 'unit',
    orgCode: unit.code,
    account: unit.adminIdNumber,
    password: DEMO_PASSWORD,
    captchaId: captcha.captchaId,
    captchaText: captcha.text,
  });
  return answer.token;
}

export interface PullRun {
  rows: number;
  pages: number;
  seconds: number;
  /** The cursor each page was asked for with (null for the first). */
  cursors: (string | null)[];
  /** The cursor after the last page: where the client polls from next. */
  head: string | null;
}

function rowsOf(page: PullResponse): number {
  const blocks = Object.values(page.tables);
  const tombstones = Object.values(page.tombstones);
  return blocks.reduce((sum, block) => sum + (block?.values[0]?.length ?? 0), 0) + tombstones.flat().length;
}

/** A client's full pull from scratch: pages of `limit` rows, gzip-compressed, until nothing remains. */
export async function pullAll(baseUrl: string, token: string, limit: number): Promise<PullRun> {
  const run: PullRun = { rows: 0, pages: 0, seconds: 0, cursors: [], head: null };
  const started = performance.now();
  let cursor: string | null = null;
  for (let hasMore = true; hasMore;) {
    run.cursors.push(cursor);
    const page: PullResponse = await postJson<PullResponse>(`${baseUrl}/sync/pull`, { cursor, limit }, token);
    run.rows += rowsOf(page);
    run.pages += 1;
    ({ cursor, hasMore } = page);
  }
  run.seconds = (performance.now() - started) / 1000;
  return { ...run, head: cursor };
}

export function push(baseUrl: string, token: string, request: PushRequest): Promise<PushResponse> {
  return postJson<PushResponse>(`${baseUrl}/sync/push`, request, token);
}
