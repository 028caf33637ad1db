import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncedTables, type PushResponse } from '../../../src-shared/contract/sync.ts';
import type { ServerContext } from '../../../src-server/context.ts';
import type { StaffTable } from '../../../src-server/db/schema.ts';
import { allocateSeq } from '../../../src-server/db/sequence.ts';
import { unitRowsStatement } from '../../../src-server/sync/mutations/rows.ts';
import {
  insertDeclaration,
  insertDepartment,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
  tokenFor,
} from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

async function push(server: TestServer, token: string, body: unknown) {
  const response = await fetch(`${server.baseUrl}/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as PushResponse & { error?: unknown } };
}

const approve = (mutationId: number, declarationId: string, version = 1) => ({
  mutationId,
  name: 'declarations.approve',
  args: { items: [{ declarationId, version }] },
});

/** Many pending declarations of one staff member, inserted in bulk with their own seqs. */
async function insertPendingDeclarations(context: ServerContext, staff: StaffTable, count: number) {
  const template = await insertDeclaration(context, staff);
  const ids = Array.from({ length: count - 1 }, () => randomUUID());
  await context.db.transaction().execute(async (trx) => {
    const first = await allocateSeq(trx, ids.length);
    for (let i = 0; i < ids.length; i += 500) {
      const rows = ids.slice(i, i + 500).map((id, k) => ({ ...template, id, seq: first + i + k }));
      await trx.insertInto('declarations').values(rows).execute();
    }
  });
  return [template.id, ...ids];
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

describe.each(testDialects)('sync push on %s', (dialect) => {
  let server: TestServer;
  let unitId: string;
  let adminId: string;
  let token: string;
  let staff: StaffTable;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const unit = await insertUnit(server.context);
    const admin = await insertUnitAdmin(server.context, unit.id);
    unitId = unit.id;
    adminId = admin.id;
    token = await tokenFor(server.context, { kind: 'unit_admin', id: admin.id, unitId });
    staff = await insertStaff(server.context, unitId);
  });
  afterAll(() => closeServer(server));

  const declaration = (id: string) =>
    server.context.db.selectFrom('declarations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('applies a push sent twice only once, and answers the same both times', async () => {
    const { id } = await insertDeclaration(server.context, staff);
    const body = { clientId: randomUUID(), mutations: [approve(1, id)] };
    const first = await push(server, token, body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      results: [{ mutationId: 1, status: 'applied', items: [{ id, status: 'applied' }] }],
    });
    const afterFirst = await declaration(id);
    expect(afterFirst).toMatchObject({ status: 'approved', version: 2, decided_by: adminId });
    const second = await push(server, token, body);
    expect(second.body).toEqual(first.body);
    expect(await declaration(id)).toEqual(afterFirst);
    const recorded = await server.context.db
      .selectFrom('applied_mutations')
      .selectAll()
      .where('client_id', '=', body.clientId)
      .execute();
    expect(recorded).toHaveLength(1);
    const audit = await server.context.db
      .selectFrom('audit_log')
      .selectAll()
      .where('client_id', '=', body.clientId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_kind: 'unit_admin',
      actor_id: adminId,
      unit_id: unitId,
      action: 'declarations.approve',
      target: 'declarations',
    });
    expect(JSON.parse(audit[0]!.details)).toMatchObject({
      mutationId: 1,
      status: 'applied',
      applied: 1,
      ids: [id],
    });
  });

  it('applies a push sent twice at the same time only once', async () => {
    const declarations = [];
    for (let i = 0; i < 20; i++) declarations.push(await insertDeclaration(server.context, staff));
    const body = {
      clientId: randomUUID(),
      mutations: declarations.map((row, i) => approve(i + 1, row.id)),
    };
    const [first, second] = await Promise.all([push(server, token, body), push(server, token, body)]);
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(first.body.results.every((result) => result.items?.[0]?.status === 'applied')).toBe(true);
    for (const row of declarations) expect((await declaration(row.id)).version).toBe(2);
  });

  it('answers a push repeated after a lost response from the stored results, applying only the new ones', async () => {
    const [a, b] = [
      await insertDeclaration(server.context, staff),
      await insertDeclaration(server.context, staff),
    ];
    const clientId = randomUUID();
    const lost = await push(server, token, { clientId, mutations: [approve(1, a.id)] });
    expect(lost.body.results[0]!.status).toBe('applied');
    // Re-running mutation 1 now would conflict (version 2); the stored answer is given instead.
    const resent = await push(server, token, { clientId, mutations: [approve(1, a.id), approve(2, b.id)] });
    expect(resent.body.results).toEqual([
      lost.body.results[0],
      { mutationId: 2, status: 'applied', items: [{ id: b.id, status: 'applied' }] },
    ]);
    expect((await declaration(a.id)).version).toBe(2);
    const client = await server.context.db
      .selectFrom('sync_clients')
      .selectAll()
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    expect(client).toMatchObject({ unit_id: unitId, admin_id: adminId, last_mutation_id: 2 });
    await push(server, token, { clientId, mutations: [approve(1, a.id)] });
    const again = await server.context.db
      .selectFrom('sync_clients')
      .select('last_mutation_id')
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    expect(again.last_mutation_id).toBe(2);
  });

  it('answers a conflict with the server’s current row', async () => {
    const pending = await insertDeclaration(server.context, staff, { version: 3 });
    const department = await insertDepartment(server.context, unitId, { name: '内科' });
    const { body } = await push(server, token, {
      clientId: randomUUID(),
      mutations: [
        approve(1, pending.id, 2),
        {
          mutationId: 2,
          name: 'departments.rename',
          args: { departmentId: department.id, name: '外科' },
          baseVersion: 0,
        },
      ],
    });
    const [batch, rename] = body.results;
    expect(batch!.status).toBe('applied');
    const item = batch!.items![0]!;
    expect(item).toMatchObject({ id: pending.id, status: 'conflict' });
    expect(Object.keys(item.current!)).toEqual(syncedTables.declarations);
    expect(item.current).toMatchObject({ id: pending.id, status: 'pending', version: 3, seq: pending.seq });
    expect(rename).toMatchObject({
      mutationId: 2,
      status: 'conflict',
      current: { id: department.id, name: '内科', version: 1 },
    });
    expect(Object.keys(rename!.current!)).toEqual(syncedTables.departments);
    expect((await declaration(pending.id)).status).toBe('pending');
  });

  it('rejects unknown or malformed mutations with a reason, and goes on with the next ones', async () => {
    const { id } = await insertDeclaration(server.context, staff);
    const { status, body } = await push(server, token, {
      clientId: randomUUID(),
      mutations: [
        { mutationId: 1, name: 'declarations.delete', args: {} },
        {
          mutationId: 2,
          name: 'declarations.approve',
          args: { items: [{ declarationId: id, version: -1 }] },
        },
        { mutationId: 3, name: 'declarations.approve', args: { items: [] } },
        {
          mutationId: 4,
          name: 'departments.create',
          args: { departmentId: 'x', parentId: null, name: '科' },
        },
        approve(5, id),
      ],
    });
    expect(status).toBe(200);
    const [unknown, badVersion, empty, badUuid, good] = body.results;
    expect(unknown).toEqual({ mutationId: 1, status: 'rejected', reason: '未知的操作：declarations.delete' });
    expect(badVersion).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('items.0.version'),
    });
    expect(empty).toMatchObject({ status: 'rejected', reason: expect.stringContaining('items') });
    expect(badUuid).toMatchObject({ status: 'rejected', reason: expect.stringContaining('departmentId') });
    expect(good).toMatchObject({ mutationId: 5, status: 'applied', items: [{ id, status: 'applied' }] });
  });

  it('refuses a malformed push as a whole, naming the field, and changes nothing', async () => {
    const { id } = await insertDeclaration(server.context, staff);
    const cases = [
      { body: { clientId: 'not-a-uuid', mutations: [approve(1, id)] }, field: 'clientId' },
      { body: { clientId: randomUUID(), mutations: [] }, field: 'mutations' },
      { body: { clientId: randomUUID(), mutations: [approve(0, id)] }, field: 'mutations.0.mutationId' },
      {
        body: { clientId: randomUUID(), mutations: [{ ...approve(1, id), extra: true }] },
        field: 'mutations.0',
      },
    ];
    for (const { body, field } of cases) {
      const answer = await push(server, token, body);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({
        code: 'INVALID_ARGUMENT',
        fields: [expect.objectContaining({ field })],
      });
    }
    expect((await declaration(id)).status).toBe('pending');
  });

  it('keeps a client id to the unit that first used it', async () => {
    const clientId = randomUUID();
    const { id } = await insertDeclaration(server.context, staff);
    await push(server, token, { clientId, mutations: [approve(1, id)] });
    const other = await insertUnit(server.context);
    const otherAdmin = await insertUnitAdmin(server.context, other.id);
    const otherToken = await tokenFor(server.context, {
      kind: 'unit_admin',
      id: otherAdmin.id,
      unitId: other.id,
    });
    const answer = await push(server, otherToken, { clientId, mutations: [approve(1, id)] });
    expect(answer.status).toBe(403);
    expect(JSON.stringify(answer.body)).not.toContain('applied');
  });

  it('approves 10,000 declarations in one mutation within 2 s, once, each with its own seq', async () => {
    const ids = await insertPendingDeclarations(server.context, staff, 10_000);
    const { last_seq: before } = await server.context.db
      .selectFrom('sync_state')
      .select('last_seq')
      .executeTakeFirstOrThrow();
    const body = {
      clientId: randomUUID(),
      mutations: [
        {
          mutationId: 1,
          name: 'declarations.approve',
          args: { items: ids.map((declarationId) => ({ declarationId, version: 1 })) },
        },
      ],
    };
    const started = performance.now();
    const first = await push(server, token, body);
    const elapsed = performance.now() - started;
    expect(first.status).toBe(200);
    const items = first.body.results[0]!.items!;
    expect(items).toHaveLength(10_000);
    expect(items.every((item, i) => item.status === 'applied' && item.id === ids[i])).toBe(true);
    expect(elapsed).toBeLessThan(2_000);

    const second = await push(server, token, body);
    expect(second.body).toEqual(first.body);
    const counts = await server.context.db
      .selectFrom('declarations')
      .select((eb) => [
        eb.fn.countAll<number>().as('rows'),
        eb.fn.count<number>('seq').distinct().as('seqs'),
        eb.fn.min<number>('seq').as('firstSeq'),
        eb.fn.max<number>('seq').as('lastSeq'),
        eb.fn.max<number>('version').as('version'),
      ])
      .where('id', 'in', ids.slice(0, 10_000))
      .where('status', '=', 'approved')
      .where('decided_by', '=', adminId)
      .executeTakeFirstOrThrow();
    expect(counts).toEqual({
      rows: 10_000,
      seqs: 10_000,
      firstSeq: before + 1,
      lastSeq: before + 10_000,
      version: 2,
    });
  });
});

/** SQLite's planner walks the unit's index for `unit_id = ? and id in (…)`; the statement steers it. */
describe('sync push statements on SQLite', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reads a batch’s rows by primary key, never by walking the unit’s (unit_id, seq) index', async () => {
    const ids = Array.from({ length: 1000 }, () => randomUUID());
    for (const table of ['declarations', 'staff', 'departments', 'unit_admins', 'certificates'] as const) {
      const compiled = unitRowsStatement('sqlite', randomUUID(), table, ids).compile(server.context.db);
      const { rows } = await server.context.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
      );
      const plan = rows.map((row) => row.detail).join(' | ');
      expect(plan, table).toMatch(
        new RegExp(`USING (COVERING )?INDEX sqlite_autoindex_${table}_1 \\(id=\\?\\)`),
      );
      expect(plan, table).not.toMatch(/unit_id=/);
    }
  });
});
