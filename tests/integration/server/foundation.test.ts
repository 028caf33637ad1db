import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocateSeq } from '../../../src-server/db/sequence.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

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
      lastSeq: 0,
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
    expect(first).toBe(1);
    expect(second).toBe(11);
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
