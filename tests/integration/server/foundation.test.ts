import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServerDatabase } from '../../../src-server/db/connect.ts';
import { allocateSeq } from '../../../src-server/db/sequence.ts';
import { loadReferenceData } from '../../../src-server/reference/load-reference-data.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

describe('the embedded SQLite database file', () => {
  it('keeps readers going while it writes (WAL) and commits to the disk before answering (FULL)', async () => {
    const dir = makeTempDir('server-sqlite-file');
    const server = openServerDatabase(`sqlite:${join(dir.path, 'server.sqlite')}`);
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(server.db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2);
    } finally {
      await server.close();
      dir.remove();
    }
  });
});

describe.each(testDialects)('sync API foundation on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());

  it('answers health with the data epoch', async () => {
    const response = await fetch(`${server.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      dialect,
      lastSeq: expect.any(Number),
      epoch: expect.any(String),
    });
  });

  it('answers unknown routes with a Chinese 404', async () => {
    const response = await fetch(`${server.baseUrl}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: '接口不存在：GET /api/v1/nope' },
    });
  });

  it('allocates consecutive sequence numbers in blocks, as numbers', async () => {
    const first = await server.context.db.transaction().execute((trx) => allocateSeq(trx, 10));
    const second = await server.context.db.transaction().execute((trx) => allocateSeq(trx));
    expect(second).toBe(first + 10);
    expect(typeof second).toBe('number');
  });

  it('keeps a rolled-back allocation from being seen', async () => {
    const before = (await fetch(`${server.baseUrl}/health`).then((r) => r.json())) as { lastSeq: number };
    await expect(
      server.context.db.transaction().execute(async (trx) => {
        await allocateSeq(trx, 5);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const after = (await fetch(`${server.baseUrl}/health`).then((r) => r.json())) as { lastSeq: number };
    expect(after.lastSeq).toBe(before.lastSeq);
  });
});

describe.each(testDialects)('reference data on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());

  it('serves the code lists, the CE catalogue and the hour requirements', async () => {
    const body = (await fetch(`${server.baseUrl}/dictionaries`).then((r) => r.json())) as {
      dictionaries: Record<string, { code: string; label: string }[]>;
      ceTypes: { code: string; name: string }[];
      hourRequirements: { year: number; totalHours: number; publicMinHours: number }[];
    };
    expect(body.dictionaries.regions).toContainEqual({ code: '410100', label: '郑州市' });
    expect(body.dictionaries.ethnicities).toHaveLength(56);
    expect(body.ceTypes.map((t) => t.code)).toContain('conference');
    expect(body.hourRequirements).toContainEqual({
      year: 2026,
      totalHours: 90,
      publicMinHours: 24,
      professionalMinHours: 60,
    });
  });

  it('gives new sequence numbers only to rows that changed', async () => {
    const { lastSeq } = (await fetch(`${server.baseUrl}/health`).then((r) => r.json())) as {
      lastSeq: number;
    };
    expect(lastSeq).toBeGreaterThan(100);
    expect(await loadReferenceData(server.context.db)).toBe(0);
    await server.context.db
      .updateTable('dictionary_entries')
      .set({ label: '旧名称' })
      .where('code', '=', '410100')
      .execute();
    expect(await loadReferenceData(server.context.db)).toBe(1);
    const row = await server.context.db
      .selectFrom('dictionary_entries')
      .selectAll()
      .where('dictionary', '=', 'regions')
      .where('code', '=', '410100')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ label: '郑州市', seq: lastSeq + 1 });
  });
});
