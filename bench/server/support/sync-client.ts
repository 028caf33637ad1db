import { request as httpRequest } from 'node:http';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { ACCEPT_ENCODING } from '../../../src-main/core/sync/http-client.ts';
import type { PullResponse, PushResponse, PushRequest } from '../../../src-shared/contract/sync.ts';
import { DEMO_PASSWORD } from '../../../src-server/seed/run-seed.ts';
import type { BenchUnit } from './bench-unit.ts';

export async function postJson<T>(
  url: string,
  body: unknown,
  token?: string,
  acceptEncoding = 'gzip',
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-encoding': acceptEncoding,
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

/**
 * A client's full pull from scratch, pages of `limit` rows until nothing remains, compressed as the
 * desktop client asks for them (zstd on Node 24).
 */
export async function pullAll(baseUrl: string, token: string, limit: number): Promise<PullRun> {
  const run: PullRun = { rows: 0, pages: 0, seconds: 0, cursors: [], head: null };
  const started = performance.now();
  let cursor: string | null = null;
  for (let hasMore = true; hasMore;) {
    run.cursors.push(cursor);
    const page: PullResponse = await postJson<PullResponse>(
      `${baseUrl}/sync/pull`,
      { cursor, limit },
      token,
      ACCEPT_ENCODING,
    );
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

export interface DrainRun {
  pages: number;
  /** Compressed bytes received. */
  bytes: number;
  seconds: number;
  cursors: (string | null)[];
}

interface PageHead {
  cursor: string;
  hasMore: boolean;
}

const HEAD = /^\{"schemaVersion":\d+,"cursor":("(?:[^"\\]|\\.)*"),"hasMore":(true|false)[,}]/;

/** The codings a draining client may ask for: gzip, as the desktop app does today, or zstd. */
export type PullCoding = 'gzip' | 'zstd';

/**
 * One compressed page, drained: only its first bytes are decompressed, until the head (cursor and
 * hasMore come first in the JSON) can be read; the rest is only counted.
 */
function drainPage(url: URL, token: string, body: string, coding: PullCoding) {
  return new Promise<PageHead & { bytes: number }>((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': coding,
        authorization: `Bearer ${token}`,
      },
    });
    request.once('error', reject);
    request.once('response', (response) => {
      if (response.statusCode !== 200 || response.headers['content-encoding'] !== coding) {
        reject(new Error(`${url} answered ${response.statusCode} (${response.headers['content-encoding']})`));
        response.resume();
        return;
      }
      const inflater = coding === 'zstd' ? createZstdDecompress() : createGunzip();
      let bytes = 0;
      let prefix = '';
      const head = new Promise<PageHead>((found, missing) => {
        inflater.on('data', (chunk: Buffer) => {
          prefix += chunk.toString('latin1');
          const match = HEAD.exec(prefix);
          if (match) found({ cursor: JSON.parse(match[1]!) as string, hasMore: match[2] === 'true' });
          if (match || prefix.length > 4096) inflater.destroy();
        });
        inflater.once('close', () => missing(new Error(`${url}: no cursor in the page`)));
      });
      inflater.on('error', () => {});
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (!inflater.destroyed) inflater.write(chunk);
      });
      response.once('error', reject);
      response.once('end', () => {
        if (!inflater.destroyed) inflater.end();
        head.then((found) => resolve({ ...found, bytes }), reject);
      });
    });
    request.end(body);
  });
}

/**
 * The same full pull as pullAll, by a client that does nothing but drain the bytes (it decompresses
 * only the few hundred bytes that hold the next cursor), so that the time is the server's.
 */
export async function drainAll(
  baseUrl: string,
  token: string,
  limit: number,
  coding: PullCoding,
): Promise<DrainRun> {
  const run: DrainRun = { pages: 0, bytes: 0, seconds: 0, cursors: [] };
  const url = new URL(`${baseUrl}/sync/pull`);
  const started = performance.now();
  let cursor: string | null = null;
  for (let hasMore = true; hasMore;) {
    run.cursors.push(cursor);
    const page = await drainPage(url, token, JSON.stringify({ cursor, limit }), coding);
    run.pages += 1;
    run.bytes += page.bytes;
    ({ cursor, hasMore } = page);
  }
  run.seconds = (performance.now() - started) / 1000;
  return run;
}
