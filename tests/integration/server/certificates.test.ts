import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src-shared/contract/sync.ts';
import type { StaffTable, UnitsTable } from '../../../src-server/db/schema.ts';
import { insertStaff, insertUnit, insertUnitAdmin, tokenFor } from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

interface Lease {
  prefix: string;
  first: number;
  last: number;
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

describe.each(testDialects)('certificates on %s', (dialect) => {
  let server: TestServer;
  let unit: UnitsTable;
  let token: string;
  let staff: StaffTable;
  const clientId = randomUUID();

  beforeAll(async () => {
    server = await startTestServer(dialect);
    unit = await insertUnit(server.context);
    const admin = await insertUnitAdmin(server.context, unit.id);
    token = await tokenFor(server.context, { kind: 'unit_admin', id: admin.id, unitId: unit.id });
    staff = await insertStaff(server.context, unit.id, { name: '欧阳明远' });
  });
  afterAll(() => closeServer(server));

  async function post(path: string, bearer: string, body: unknown) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const lease = async (bearer: string, year: number, count: number) => {
    const answer = await post('/sync/certificate-numbers', bearer, { clientId, year, count });
    expect(answer.status).toBe(200);
    return answer.body as unknown as Lease;
  };

  describe('number leases', () => {
    it('leases consecutive blocks that never overlap, even when asked for at once', async () => {
      expect(await lease(token, 2026, 100)).toEqual({ prefix: `HN2026${unit.code}`, first: 1, last: 100 });
      const blocks = await Promise.all(Array.from({ length: 8 }, (_, i) => lease(token, 2026, 10 + i)));
      const sorted = [...blocks].sort((a, b) => a.first - b.first);
      expect(sorted[0]!.first).toBe(101);
      for (const [i, block] of sorted.entries()) {
        expect(block.last - block.first + 1).toBeGreaterThanOrEqual(10);
        if (i > 0) expect(block.first).toBe(sorted[i - 1]!.last + 1);
      }
      const rows = await server.context.db
        .selectFrom('certificate_leases')
        .selectAll()
        .where('unit_id', '=', unit.id)
        .execute();
      expect(rows).toHaveLength(9);
      expect(rows.every((row) => row.client_id === clientId && row.year === 2026)).toBe(true);
    });

    it('numbers each year and each unit on their own', async () => {
      expect(await lease(token, 2025, 5)).toMatchObject({ first: 1, last: 5 });
      const other = await insertUnit(server.context);
      const otherAdmin = await insertUnitAdmin(server.context, other.id);
      const otherToken = await tokenFor(server.context, {
        kind: 'unit_admin',
        id: otherAdmin.id,
        unitId: other.id,
      });
      expect(await lease(otherToken, 2026, 5)).toEqual({ prefix: `HN2026${other.code}`, first: 1, last: 5 });
    });

    it('refuses bad requests and administrators without the permission', async () => {
      const bad = await post('/sync/certificate-numbers', token, { clientId, year: 2026, count: 0 });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ fields: [expect.objectContaining({ field: 'count' })] });
      const sub = await insertUnitAdmin(server.context, unit.id, {
        role: 'sub',
        permissions: '["declarations"]',
      });
      const subToken = await tokenFor(server.context, { kind: 'unit_admin', id: sub.id, unitId: unit.id });
      expect(
        (await post('/sync/certificate-numbers', subToken, { clientId, year: 2026, count: 1 })).status,
      ).toBe(403);
      const staffToken = await tokenFor(server.context, { kind: 'staff', id: staff.id, unitId: unit.id });
      expect(
        (await post('/sync/certificate-numbers', staffToken, { clientId, year: 2026, count: 1 })).status,
      ).toBe(403);
    });
  });

  describe('printed certificates', () => {
    let mutationId = 0;
    const record = async (overrides: Record<string, unknown>) => {
      const args = {
        certificateId: randomUUID(),
        staffId: staff.id,
        year: 2026,
        number: `HN2026${unit.code}${String(++mutationId).padStart(6, '0')}`,
        verificationCode: randomUUID().replaceAll('-', '').slice(0, 16),
        publicHours: 24,
        professionalHours: 66,
        totalHours: 90,
        requiredHours: 90,
        met: true,
        printedAt: '2026-11-28T02:00:00.000Z',
        ...overrides,
      };
      const mutations = [{ mutationId, name: 'certificates.record', args }];
      const answer = await post('/sync/push', token, { clientId, mutations });
      return { args, result: (answer.body as unknown as PushResponse).results[0]! };
    };

    it('records a printed certificate that anyone can verify by its code, masked', async () => {
      const { args, result } = await record({});
      expect(result.status).toBe('applied');
      const row = await server.context.db
        .selectFrom('certificates')
        .selectAll()
        .where('id', '=', args.certificateId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        unit_id: unit.id,
        number: args.number,
        met: 1,
        client_id: clientId,
        version: 1,
      });

      const response = await fetch(`${server.baseUrl}/certificates/verify?code=${args.verificationCode}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        number: args.number,
        name: '欧**远',
        idNumber: `${staff.id_number.slice(0, 6)}********${staff.id_number.slice(-4)}`,
        unitName: unit.name,
        year: 2026,
        publicHours: 24,
        professionalHours: 66,
        totalHours: 90,
        requiredHours: 90,
        met: true,
        printedAt: args.printedAt,
      });
    });

    it('refuses taken numbers and codes, and staff of other units', async () => {
      const { args } = await record({});
      const sameNumber = await record({ number: args.number });
      expect(sameNumber.result).toMatchObject({ status: 'rejected', reason: '证书编号已被使用' });
      const sameCode = await record({ verificationCode: args.verificationCode });
      expect(sameCode.result).toMatchObject({ status: 'rejected', reason: '证书验证码已被使用' });
      const foreign = await insertStaff(server.context, (await insertUnit(server.context)).id);
      expect((await record({ staffId: foreign.id })).result).toMatchObject({
        status: 'rejected',
        reason: '本单位没有该人员',
      });
    });

    it('answers unknown or malformed verification codes with 404 and 400', async () => {
      expect((await fetch(`${server.baseUrl}/certificates/verify?code=unknown-code-123`)).status).toBe(404);
      const short = await fetch(`${server.baseUrl}/certificates/verify?code=abc`);
      expect(short.status).toBe(400);
      expect(await short.json()).toMatchObject({
        error: { fields: [expect.objectContaining({ field: 'code' })] },
      });
    });
  });
});
