import { request } from 'node:http';
import { gunzipSync, inflateSync, zstdDecompressSync } from 'node:zlib';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SYNC_SCHEMA_VERSION,
  type PullResponse,
  type SyncedTable,
} from '../../../src-shared/contract/sync.ts';
import type { ServerContext } from '../../../src-server/context.ts';
import { allocateSeq } from '../../../src-server/db/sequence.ts';
import {
  insertDeclaration,
  insertDepartment,
  insertHrAdmin,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
  tokenFor,
} from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

type Row = Record<string, unknown>;

async function pull(server: TestServer, token: string | null, body: unknown) {
  const response = await fetch(`${server.baseUrl}/sync/pull`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as PullResponse & { error?: unknown } };
}

function rowsOf(page: PullResponse, table: SyncedTable): Row[] {
  const block = page.tables[table];
  if (!block) return [];
  return block.values[0]!.map((_, r) =>
    Object.fromEntries(block.columns.map((column, i) => [column, block.values[i]![r]])),
  );
}

const allRows = (page: PullResponse) =>
  (Object.keys(page.tables) as SyncedTable[]).flatMap((table) =>
    rowsOf(page, table).map((row) => ({ table, row })),
  );

async function pullAll(server: TestServer, token: string, limit: number, cursor: string | null = null) {
  const pages: PullResponse[] = [];
  for (;;) {
    const { status, body } = await pull(server, token, { cursor, limit });
    expect(status).toBe(200);
    pages.push(body);
    cursor = body.cursor;
    if (!body.hasMore) return { pages, cursor };
  }
}

/** How many times a byte sequence occurs (e.g. the magic number that opens each gzip member). */
function countOf(bytes: Buffer, sequence: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(sequence); at >= 0; at = bytes.indexOf(sequence, at + 1)) count++;
  return count;
}

/** A later change of a row, as any writer makes it: new seq, bumped version. */
async function touch(
  context: ServerContext,
  table: 'departments' | 'declarations',
  id: string,
  deleted = false,
) {
  await context.db.transaction().execute(async (trx) => {
    const seq = await allocateSeq(trx);
    await trx
      .updateTable(table)
      .set((eb) => ({ seq, version: eb('version', '+', 1), ...(deleted ? { deleted: 1 } : {}) }))
      .where('id', '=', id)
      .execute();
  });
}

/**
 * Closes the server and lets its database connections finish closing before the test database is
 * dropped: pg's pool.end() resolves before its clients have disconnected, and a PostgreSQL database
 * dropped "with (force)" under them makes them report an unhandled error.
 */
async function closeServer(server: TestServer) {
  await server.app.close();
  await server.serverDb.close();
  await delay(100);
  await server.close();
}

describe.each(testDialects)('sync pull on %s', (dialect) => {
  let server: TestServer;
  let token: string;
  let otherToken: string;
  const own = { ids: new Set<string>() };
  const foreign = { ids: new Set<string>() };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const { context } = server;
    for (const side of [own, foreign]) {
      const unit = await insertUnit(context);
      const admin = await insertUnitAdmin(context, unit.id);
      const department = await insertDepartment(context, unit.id);
      side.ids.add(unit.id).add(admin.id).add(department.id);
      for (let i = 0; i < 4; i++) {
        const staff = await insertStaff(context, unit.id, { department_id: department.id });
        const declaration = await insertDeclaration(context, staff);
        side.ids.add(staff.id).add(declaration.id);
      }
      const subject = { kind: 'unit_admin' as const, id: admin.id, unitId: unit.id };
      if (side === own) token = await tokenFor(context, subject);
      else otherToken = await tokenFor(context, subject);
    }
  });
  afterAll(() => closeServer(server));

  it('pages through the unit’s rows in seq order, never another unit’s, and resumes from the cursor', async () => {
    const { pages, cursor } = await pullAll(server, token, 7);
    expect(pages.every((page) => allRows(page).length <= 7)).toBe(true);
    for (const page of pages) {
      for (const table of Object.keys(page.tables) as SyncedTable[]) {
        const seqs = rowsOf(page, table).map((row) => row.seq as number);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      }
    }
    const pageSeqs = pages.map((page) => allRows(page).map(({ row }) => row.seq as number));
    for (const [i, seqs] of pageSeqs.entries()) {
      if (i > 0) expect(Math.min(...seqs)).toBeGreaterThan(Math.max(...pageSeqs[i - 1]!));
    }
    const ids = pages.flatMap((page) => allRows(page).map(({ row }) => row.id)).filter(Boolean);
    expect(new Set(ids)).toEqual(own.ids);
    expect(ids.some((id) => foreign.ids.has(id as string))).toBe(false);
    const tables = new Set(pages.flatMap((page) => Object.keys(page.tables)));
    expect(tables).toEqual(
      new Set([
        ...['dictionary_entries', 'ce_types', 'hour_requirements'],
        ...['units', 'unit_admins', 'departments', 'staff', 'declarations'],
      ]),
    );
    expect(cursor).toMatch(new RegExp(`^${SYNC_SCHEMA_VERSION}:[^:]+:\\d+$`));

    const declarationId = [...own.ids].find((id) =>
      pages.some((page) => rowsOf(page, 'declarations').some((row) => row.id === id)),
    )!;
    await touch(server.context, 'declarations', declarationId);
    const next = await pull(server, token, { cursor, limit: 100 });
    expect(next.status).toBe(200);
    expect(allRows(next.body).map(({ row }) => row.id)).toEqual([declarationId]);
    expect(next.body.hasMore).toBe(false);
    const again = await pull(server, token, { cursor: next.body.cursor, limit: 100 });
    expect(again.body).toMatchObject({
      hasMore: false,
      cursor: next.body.cursor,
      tables: {},
      tombstones: {},
    });
  });

  it('sends the synced columns as arrays, with JSON fields as strings and no secrets', async () => {
    const { body } = await pull(server, token, { cursor: null, limit: 1000 });
    const block = body.tables.declarations!;
    expect(block.columns).toContain('fields');
    const declaration = rowsOf(body, 'declarations')[0]!;
    expect(typeof declaration.fields).toBe('string');
    expect(JSON.parse(declaration.fields as string)).toMatchObject({ completedHours: 12 });
    expect(declaration).toMatchObject({ hours: 12, year: 2026, status: 'pending', version: 1 });
    expect(rowsOf(body, 'staff')[0]).not.toHaveProperty('password_hash');
    expect(rowsOf(body, 'unit_admins')[0]).not.toHaveProperty('password_hash');
  });

  it('counts the remaining changes when asked', async () => {
    const { body } = await pull(server, token, { cursor: null, limit: 5, withRemaining: true });
    const { pages } = await pullAll(server, token, 1000);
    const total = pages.reduce((sum, page) => sum + allRows(page).length, 0);
    expect(body.remaining).toBe(total - 5);
    expect(body.hasMore).toBe(true);
  });

  it('sends deleted departments as tombstones', async () => {
    const { cursor } = await pullAll(server, token, 1000);
    const department = await insertDepartment(server.context, [...own.ids][0]!);
    await touch(server.context, 'departments', department.id, true);
    const { body } = await pull(server, token, { cursor, limit: 1000 });
    expect(body.tombstones).toEqual({ departments: [department.id] });
    expect(body.tables.departments).toBeUndefined();
  });

  it('shows another unit only its own rows', async () => {
    const { pages } = await pullAll(server, otherToken, 1000);
    const ids = pages.flatMap((page) => allRows(page).map(({ row }) => row.id)).filter(Boolean);
    expect(new Set(ids)).toEqual(foreign.ids);
  });

  /** A page as sent, without fetch's decoding: its content coding and its bytes. */
  function rawPull(bearer: string, acceptEncoding: string | null, limit: number) {
    const body = JSON.stringify({ cursor: null, limit });
    const url = new URL(`${server.baseUrl}/sync/pull`);
    return new Promise<{ encoding: string; vary: unknown; bytes: Buffer }>((resolve, reject) => {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        authorization: `Bearer ${bearer}`,
      };
      if (acceptEncoding !== null) headers['accept-encoding'] = acceptEncoding;
      const req = request(url, { method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            encoding: res.headers['content-encoding'] ?? 'identity',
            vary: res.headers.vary,
            bytes: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  const decoders: Record<string, (bytes: Buffer) => Buffer> = {
    zstd: zstdDecompressSync,
    gzip: gunzipSync,
    deflate: inflateSync,
    identity: (bytes) => bytes,
  };

  // Pages of up to 1,000 rows are built on the event loop, bigger ones (on SQLite) in the pull workers.
  it.each([1000, 5000])(
    'compresses a page (limit %i) as the client asks: zstd first, then gzip, deflate, or not at all',
    async (limit) => {
      const asked: [string | null, string][] = [
        ['gzip', 'gzip'],
        ['zstd', 'zstd'],
        ['gzip, deflate, br, zstd', 'zstd'],
        ['gzip;q=1, zstd;q=0.5', 'gzip'],
        ['deflate', 'deflate'],
        ['*', 'zstd'],
        ['*;q=0.2, gzip;q=0.8', 'gzip'],
        ['zstd;q=0, gzip;q=0', 'identity'],
        ['br', 'identity'],
        [null, 'identity'],
      ];
      const pages: string[] = [];
      for (const [acceptEncoding, expected] of asked) {
        const answer = await rawPull(token, acceptEncoding, limit);
        expect(answer.encoding, String(acceptEncoding)).toBe(expected);
        expect(answer.vary).toBe('accept-encoding');
        pages.push(decoders[answer.encoding]!(answer.bytes).toString('utf8'));
      }
      expect(new Set(pages).size).toBe(1);
      expect(rowsOf(JSON.parse(pages[0]!) as PullResponse, 'declarations')).toHaveLength(4);
    },
  );

  it('sends a big page in gzip members or zstd frames that decoders and fetch join', async () => {
    const { context } = server;
    const unit = await insertUnit(context);
    const admin = await insertUnitAdmin(context, unit.id);
    const staff = await insertStaff(context, unit.id);
    // Remarks of some 120 KiB a column: each big column array is compressed as a frame of its own.
    for (let i = 0; i < 2; i++)
      await insertDeclaration(context, staff, { remarks: `${i}${'备注𠮷'.repeat(6000)}` });
    const bigToken = await tokenFor(context, { kind: 'unit_admin', id: admin.id, unitId: unit.id });
    const fetched = await pull(server, bigToken, { cursor: null, limit: 5000 });
    expect(fetched.status).toBe(200);
    // The desktop client's fetch asks for gzip alone, and joins the members itself.
    const viaFetch = await fetch(`${server.baseUrl}/sync/pull`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'gzip',
        authorization: `Bearer ${bigToken}`,
      },
      body: JSON.stringify({ cursor: null, limit: 5000 }),
    });
    expect(viaFetch.headers.get('content-encoding')).toBe('gzip');
    expect(await viaFetch.json()).toEqual(fetched.body);
    for (const coding of ['gzip', 'zstd']) {
      const answer = await rawPull(bigToken, coding, 5000);
      expect(answer.encoding).toBe(coding);
      const magic =
        coding === 'gzip' ? Buffer.from([0x1f, 0x8b, 0x08]) : Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
      // The pull worker (SQLite) compresses each big column on its own; on PostgreSQL a page is one job.
      expect(countOf(answer.bytes, magic), coding).toBeGreaterThan(dialect === 'sqlite' ? 1 : 0);
      const page = JSON.parse(decoders[coding]!(answer.bytes).toString('utf8')) as PullResponse;
      expect(page).toEqual(fetched.body);
      expect(rowsOf(page, 'declarations').map((row) => String(row.remarks).length)).toEqual([24001, 24001]);
    }
  });

  it('asks for a resync when the cursor is of another epoch or schema version', async () => {
    const { cursor } = await pullAll(server, token, 1000);
    const [, epoch, seq] = cursor.split(':');
    const otherSchema = await pull(server, token, {
      cursor: `${SYNC_SCHEMA_VERSION + 1}:${epoch}:${seq}`,
      limit: 10,
    });
    expect(otherSchema.status).toBe(409);
    expect(otherSchema.body.error).toMatchObject({ code: 'RESYNC_REQUIRED' });
    const ahead = await pull(server, token, {
      cursor: `${SYNC_SCHEMA_VERSION}:${epoch}:${Number(seq) + 1000}`,
      limit: 10,
    });
    expect(ahead.status).toBe(409);
    await server.context.db.updateTable('sync_state').set({ epoch: 'replaced' }).execute();
    try {
      const stale = await pull(server, token, { cursor, limit: 10 });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toMatchObject({
        code: 'RESYNC_REQUIRED',
        message: expect.stringMatching(/同步/),
      });
    } finally {
      await server.context.db.updateTable('sync_state').set({ epoch: epoch! }).execute();
    }
  });

  it('refuses bad requests with the field at fault and nothing changed', async () => {
    const cases = [
      { body: { cursor: 'nonsense', limit: 10 }, field: 'cursor' },
      { body: { cursor: null, limit: 0 }, field: 'limit' },
      { body: { cursor: null, limit: 20_001 }, field: 'limit' },
      { body: { limit: 10 }, field: 'cursor' },
      { body: { cursor: null, extra: 1 }, field: 'extra' },
    ];
    for (const { body, field } of cases) {
      const answer = await pull(server, token, body);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({
        code: 'INVALID_ARGUMENT',
        fields: [expect.objectContaining({ field })],
      });
    }
  });

  it('serves unit administrators only', async () => {
    const unit = await insertUnit(server.context);
    const staff = await insertStaff(server.context, unit.id);
    const hr = await insertHrAdmin(server.context);
    expect((await pull(server, null, { cursor: null })).status).toBe(401);
    const staffToken = await tokenFor(server.context, { kind: 'staff', id: staff.id, unitId: unit.id });
    expect((await pull(server, staffToken, { cursor: null })).status).toBe(403);
    const hrToken = await tokenFor(server.context, { kind: 'hr_admin', id: hr.id });
    expect((await pull(server, hrToken, { cursor: null })).status).toBe(403);
  });
});
