import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  MutationName,
  MutationResult,
  PullResponse,
  PushResponse,
} from '../../../src-shared/contract/sync.ts';
import type { ServerContext } from '../../../src-server/context.ts';
import type { UnitsTable } from '../../../src-server/db/schema.ts';
import { makeResidentId } from '../../../src-server/seed/identity-numbers.ts';
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

type ArgsFor = (context: ServerContext, unitId: string) => Promise<unknown>;

const approvedStaff = (context: ServerContext, unitId: string) => insertStaff(context, unitId);
const staffItem = async (context: ServerContext, unitId: string, status: 'pending' | 'approved') => ({
  staffId: (await insertStaff(context, unitId, { status })).id,
  version: 1,
});
const declarationItem = async (context: ServerContext, unitId: string) => ({
  declarationId: (await insertDeclaration(context, await approvedStaff(context, unitId))).id,
  version: 1,
});
const departmentId = async (context: ServerContext, unitId: string) =>
  (await insertDepartment(context, unitId)).id;
const subAdminId = async (context: ServerContext, unitId: string) =>
  (await insertUnitAdmin(context, unitId, { role: 'sub', permissions: '[]' })).id;

/** Arguments that aim every mutation at a unit's rows; `null` where the mutation can only aim at the caller's own unit. */
const targets: Record<MutationName, ArgsFor | null> = {
  'registrations.approve': async (c, u) => ({ items: [await staffItem(c, u, 'pending')] }),
  'registrations.reject': async (c, u) => ({ items: [await staffItem(c, u, 'pending')], reason: '不符合' }),
  'declarations.approve': async (c, u) => ({ items: [await declarationItem(c, u)] }),
  'declarations.reject': async (c, u) => ({ items: [await declarationItem(c, u)], reason: '不符合' }),
  'departments.create': async (c, u) => ({
    departmentId: randomUUID(),
    parentId: await departmentId(c, u),
    name: '新科室',
  }),
  'departments.rename': async (c, u) => ({ departmentId: await departmentId(c, u), name: '改名科室' }),
  'departments.move': async (c, u) => ({
    departmentId: await departmentId(c, u),
    parentId: await departmentId(c, u),
  }),
  'departments.delete': async (c, u) => ({ departmentId: await departmentId(c, u) }),
  'staff.transfer': async (c, u) => ({
    items: [await staffItem(c, u, 'approved')],
    departmentId: await departmentId(c, u),
  }),
  'staff.markLeft': async (c, u) => ({ items: [await staffItem(c, u, 'approved')] }),
  'staff.resetPassword': async (c, u) => ({ staffId: (await approvedStaff(c, u)).id }),
  'unitDeclarations.create': async (c, u) => ({
    activityId: randomUUID(),
    typeCode: 'public_course',
    year: 2026,
    title: '公需科目集中培训',
    hours: 6,
    fields: {
      courseName: '法治教育',
      platform: '单位面授',
      mode: 'offline',
      completionDate: '2026-06-01',
      completedHours: 6,
    },
    staffIds: [(await approvedStaff(c, u)).id],
  }),
  'unit.update': null,
  'subAdmins.create': null,
  'subAdmins.update': async (c, u) => ({ adminId: await subAdminId(c, u), name: '改名' }),
  'subAdmins.delete': async (c, u) => ({ adminId: await subAdminId(c, u) }),
  'certificates.record': async (c, u) => ({
    certificateId: randomUUID(),
    staffId: (await approvedStaff(c, u)).id,
    year: 2026,
    number: `N${randomUUID()}`.slice(0, 30),
    verificationCode: randomUUID(),
    publicHours: 24,
    professionalHours: 66,
    totalHours: 90,
    requiredHours: 90,
    met: true,
    printedAt: '2026-11-28T02:00:00.000Z',
  }),
};

/** The caller's own unit only: the arguments name no unit. */
const ownUnitArgs: Partial<Record<MutationName, () => unknown>> = {
  'unit.update': () => ({ changes: { address: '郑州市中原区' } }),
  'subAdmins.create': () => ({
    adminId: randomUUID(),
    idNumber: makeResidentId('410105', '1988-02-02', Math.floor(Math.random() * 900) + 1),
    name: '新管理员',
    phone: '13700000000',
    email: 'new@example.com',
    permissions: [],
  }),
};

const mutationNames = Object.keys(targets) as MutationName[];
const UNIT_TABLES = ['unit_admins', 'departments', 'staff', 'declarations', 'certificates'] as const;

/** Everything a unit owns, to compare before and after. */
async function snapshot(context: ServerContext, unitId: string) {
  const tables = [];
  for (const table of UNIT_TABLES) {
    tables.push(
      await context.db.selectFrom(table).selectAll().where('unit_id', '=', unitId).orderBy('id').execute(),
    );
  }
  const unit = await context.db.selectFrom('units').selectAll().where('id', '=', unitId).execute();
  return { unit, tables };
}

const neverApplied = (result: MutationResult) =>
  result.status !== 'applied' || (result.items ?? []).every((item) => item.status !== 'applied');

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

describe.each(testDialects)('sync authorization on %s', (dialect) => {
  let server: TestServer;
  let own: UnitsTable;
  let other: UnitsTable;
  const tokens: Record<'staff' | 'main' | 'sub' | 'hr', string> = { staff: '', main: '', sub: '', hr: '' };
  let mutationId = 0;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const { context } = server;
    own = await insertUnit(context);
    other = await insertUnit(context);
    const main = await insertUnitAdmin(context, own.id);
    const sub = await insertUnitAdmin(context, own.id, { role: 'sub', permissions: '[]' });
    const staff = await insertStaff(context, own.id);
    const hr = await insertHrAdmin(context, own.hr_department_code);
    tokens.main = await tokenFor(context, { kind: 'unit_admin', id: main.id, unitId: own.id });
    tokens.sub = await tokenFor(context, { kind: 'unit_admin', id: sub.id, unitId: own.id });
    tokens.staff = await tokenFor(context, { kind: 'staff', id: staff.id, unitId: own.id });
    tokens.hr = await tokenFor(context, { kind: 'hr_admin', id: hr.id });
  });
  afterAll(() => closeServer(server));

  async function post(path: string, token: string | null, body: unknown) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  const pushOne = (token: string | null, name: MutationName, args: unknown) =>
    post('/sync/push', token, {
      clientId: randomUUID(),
      mutations: [{ mutationId: ++mutationId, name, args }],
    });

  async function argsOf(name: MutationName, unitId: string): Promise<unknown> {
    const target = targets[name];
    return target ? target(server.context, unitId) : ownUnitArgs[name]!();
  }

  it('lets staff, HR administrators and anonymous callers change nothing', async () => {
    for (const name of mutationNames) {
      for (const unitId of [own.id, other.id]) {
        const args = await argsOf(name, unitId);
        const snapshotBefore = [
          await snapshot(server.context, own.id),
          await snapshot(server.context, other.id),
        ];
        for (const [token, status] of [
          [tokens.staff, 403],
          [tokens.hr, 403],
          [null, 401],
        ] as const) {
          expect((await pushOne(token, name, args)).status, `${name} ${token}`).toBe(status);
        }
        expect([await snapshot(server.context, own.id), await snapshot(server.context, other.id)]).toEqual(
          snapshotBefore,
        );
      }
    }
  });

  it('lets a sub-administrator without permissions change nothing, in any unit', async () => {
    for (const name of mutationNames) {
      for (const unitId of [own.id, other.id]) {
        const args = await argsOf(name, unitId);
        const before = [await snapshot(server.context, own.id), await snapshot(server.context, other.id)];
        const { status, body } = await pushOne(tokens.sub, name, args);
        expect(status).toBe(200);
        const result = (body as PushResponse).results[0]!;
        const reason = name.startsWith('subAdmins.')
          ? '只有单位主管理员可以管理管理人员'
          : '当前管理人员没有此项操作权限';
        expect(result, name).toMatchObject({ status: 'rejected', reason });
        expect([await snapshot(server.context, own.id), await snapshot(server.context, other.id)]).toEqual(
          before,
        );
      }
    }
  });

  it('lets a sub-administrator do what their permissions allow, and nothing else', async () => {
    const reviewer = await insertUnitAdmin(server.context, own.id, {
      role: 'sub',
      permissions: '["declarations"]',
    });
    const token = await tokenFor(server.context, { kind: 'unit_admin', id: reviewer.id, unitId: own.id });
    const allowed = (
      await pushOne(token, 'declarations.approve', await argsOf('declarations.approve', own.id))
    ).body as PushResponse;
    expect(allowed.results[0]).toMatchObject({ status: 'applied', items: [{ status: 'applied' }] });
    for (const name of [
      'registrations.approve',
      'departments.create',
      'unit.update',
      'subAdmins.create',
    ] as const) {
      const refused = (await pushOne(token, name, await argsOf(name, own.id))).body as PushResponse;
      expect(refused.results[0], name).toMatchObject({ status: 'rejected' });
    }
  });

  it('lets the main administrator change the own unit only', async () => {
    for (const name of mutationNames) {
      const ownResult = ((await pushOne(tokens.main, name, await argsOf(name, own.id))).body as PushResponse)
        .results[0]!;
      expect(ownResult.status, name).toBe('applied');
      expect(
        (ownResult.items ?? []).every((item) => item.status === 'applied'),
        name,
      ).toBe(true);
      if (!targets[name]) continue;
      const args = await argsOf(name, other.id);
      const before = await snapshot(server.context, other.id);
      const otherResult = ((await pushOne(tokens.main, name, args)).body as PushResponse).results[0]!;
      expect(neverApplied(otherResult), `${name}: ${JSON.stringify(otherResult)}`).toBe(true);
      expect(JSON.stringify(otherResult)).not.toContain('"current"');
      expect(await snapshot(server.context, other.id)).toEqual(before);
    }
  });

  it('feeds unit administrators their own unit only, and nobody else', async () => {
    const otherIds = new Set<unknown>([other.id]);
    for (const table of UNIT_TABLES) {
      const rows = await server.context.db
        .selectFrom(table)
        .select('id')
        .where('unit_id', '=', other.id)
        .execute();
      for (const row of rows) otherIds.add(row.id);
    }
    for (const token of [tokens.main, tokens.sub]) {
      const { status, body } = await post('/sync/pull', token, { cursor: null, limit: 20_000 });
      expect(status).toBe(200);
      const page = body as PullResponse;
      expect(page.hasMore).toBe(false);
      const ids = Object.values(page.tables).flatMap(
        (block) => block.values[block.columns.indexOf('id')] ?? [],
      );
      expect(ids).toContain(own.id);
      expect(ids.filter((id) => otherIds.has(id))).toEqual([]);
    }
    for (const [token, status] of [
      [tokens.staff, 403],
      [tokens.hr, 403],
      [null, 401],
    ] as const) {
      expect((await post('/sync/pull', token, { cursor: null })).status).toBe(status);
    }
  });

  it('serves another unit’s attachments to nobody', async () => {
    const content = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const attachment = {
      uploaded_by: 'test',
      file_name: 'a.jpg',
      media_type: 'image/jpeg',
      size: content.length,
    };
    const ids = { own: randomUUID(), other: randomUUID() };
    for (const [key, unitId] of [
      ['own', own.id],
      ['other', other.id],
    ] as const) {
      await server.context.db
        .insertInto('attachments')
        .values({
          id: ids[key],
          unit_id: unitId,
          ...attachment,
          sha256: '-',
          content,
          created_at: '2026-11-28T02:00:00Z',
        })
        .execute();
      await insertDeclaration(server.context, await insertStaff(server.context, unitId), {
        attachment_id: ids[key],
      });
    }
    const get = (id: string, token: string | null) =>
      fetch(`${server.baseUrl}/attachments/${id}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    for (const token of [tokens.main, tokens.sub]) expect((await get(ids.own, token)).status).toBe(200);
    for (const token of [tokens.main, tokens.sub, tokens.staff, tokens.hr]) {
      expect((await get(ids.other, token)).status).toBe(404);
    }
    for (const token of [tokens.staff, tokens.hr]) expect((await get(ids.own, token)).status).toBe(404);
    expect((await get(ids.other, null)).status).toBe(401);
  });
});
