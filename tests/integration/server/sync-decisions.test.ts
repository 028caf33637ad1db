import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult, PushResponse } from '../../../src-shared/contract/sync.ts';
import type { StaffTable, UnitsTable } from '../../../src-server/db/schema.ts';
import {
  insertDeclaration,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
  tokenFor,
} from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

/** Registrations, declarations and unit declarations: the decisions an administrator syncs. */
describe.each(testDialects)('sync decisions on %s', (dialect) => {
  let server: TestServer;
  let unit: UnitsTable;
  let adminId: string;
  let token: string;
  let staff: StaffTable;
  let foreignStaff: StaffTable;
  let mutationId = 0;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    unit = await insertUnit(server.context);
    const admin = await insertUnitAdmin(server.context, unit.id);
    adminId = admin.id;
    token = await tokenFor(server.context, { kind: 'unit_admin', id: admin.id, unitId: unit.id });
    staff = await insertStaff(server.context, unit.id);
    foreignStaff = await insertStaff(server.context, (await insertUnit(server.context)).id);
  });
  afterAll(() => server.close());

  async function mutate(name: string, args: unknown): Promise<MutationResult> {
    const response = await fetch(`${server.baseUrl}/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        clientId: '0b7e6c1a-3c55-4c43-9b0e-2f1d8a2b6e01',
        mutations: [{ mutationId: ++mutationId, name, args }],
      }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as PushResponse).results[0]!;
  }

  const staffRow = (id: string) =>
    server.context.db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const declarationRow = (id: string) =>
    server.context.db.selectFrom('declarations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  describe('registrations', () => {
    it('approves pending staff and queues a Chinese e-mail to each', async () => {
      const pending = await insertStaff(server.context, unit.id, { status: 'pending' });
      const result = await mutate('registrations.approve', { items: [{ staffId: pending.id, version: 1 }] });
      expect(result).toMatchObject({ status: 'applied', items: [{ id: pending.id, status: 'applied' }] });
      expect(await staffRow(pending.id)).toMatchObject({
        status: 'approved',
        version: 2,
        decided_at: server.clock.now.toISOString(),
      });
      const mail = await server.context.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('recipient', '=', pending.email)
        .execute();
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({ status: 'queued', subject: expect.stringContaining('审核通过') });
      expect(mail[0]!.text_body).toContain(unit.name);
    });

    it('rejects pending staff with the reason', async () => {
      const pending = await insertStaff(server.context, unit.id, { status: 'pending' });
      const result = await mutate('registrations.reject', {
        items: [{ staffId: pending.id, version: 1 }],
        reason: '单位选择错误',
      });
      expect(result.items).toEqual([{ id: pending.id, status: 'applied' }]);
      expect(await staffRow(pending.id)).toMatchObject({ status: 'rejected', reject_reason: '单位选择错误' });
    });

    it('decides only pending staff of the unit, answering each item', async () => {
      const pending = await insertStaff(server.context, unit.id, { status: 'pending', version: 4 });
      const result = await mutate('registrations.approve', {
        items: [
          { staffId: foreignStaff.id, version: 1 },
          { staffId: staff.id, version: 1 },
          { staffId: pending.id, version: 3 },
          { staffId: 'missing', version: 1 },
        ],
      });
      expect(result.status).toBe('applied');
      expect(result.items).toEqual([
        { id: foreignStaff.id, status: 'rejected', reason: '本单位没有该注册申请' },
        { id: staff.id, status: 'rejected', reason: '该注册申请已不是待审核状态' },
        {
          id: pending.id,
          status: 'conflict',
          current: expect.objectContaining({ id: pending.id, status: 'pending', version: 4 }),
        },
        { id: 'missing', status: 'rejected', reason: '本单位没有该注册申请' },
      ]);
      expect((await staffRow(foreignStaff.id)).version).toBe(1);
      expect((await staffRow(pending.id)).status).toBe('pending');
    });

    it('requires a reason to reject', async () => {
      const result = await mutate('registrations.reject', { items: [{ staffId: staff.id, version: 1 }] });
      expect(result).toMatchObject({ status: 'rejected', reason: expect.stringContaining('reason') });
    });
  });

  describe('declarations', () => {
    it('rejects pending declarations with the reason and the deciding administrator', async () => {
      const pending = await insertDeclaration(server.context, staff);
      const result = await mutate('declarations.reject', {
        items: [{ declarationId: pending.id, version: 1 }],
        reason: '附件无法辨认',
      });
      expect(result.items).toEqual([{ id: pending.id, status: 'applied' }]);
      expect(await declarationRow(pending.id)).toMatchObject({
        status: 'rejected',
        reject_reason: '附件无法辨认',
        decided_by: adminId,
        version: 2,
      });
    });

    it('leaves other units’ and no longer pending declarations alone', async () => {
      const foreign = await insertDeclaration(server.context, foreignStaff);
      const withdrawn = await insertDeclaration(server.context, staff, { status: 'withdrawn', version: 2 });
      const approved = await insertDeclaration(server.context, staff, { status: 'approved' });
      const result = await mutate('declarations.approve', {
        items: [
          { declarationId: foreign.id, version: 1 },
          { declarationId: withdrawn.id, version: 1 },
          { declarationId: approved.id, version: 1 },
        ],
      });
      expect(result.items).toEqual([
        { id: foreign.id, status: 'rejected', reason: '本单位没有该申报' },
        {
          id: withdrawn.id,
          status: 'conflict',
          current: expect.objectContaining({ status: 'withdrawn', version: 2 }),
        },
        { id: approved.id, status: 'rejected', reason: '该申报已不是待审核状态' },
      ]);
      expect(await declarationRow(foreign.id)).toMatchObject({ status: 'pending', version: 1 });
    });
  });

  describe('unit declarations', () => {
    const declaration = (
      activityId: string,
      staffIds: string[],
      overrides: Record<string, unknown> = {},
    ) => ({
      activityId,
      typeCode: 'public_course',
      year: 2026,
      title: '2026年度公需科目集中培训',
      hours: 12,
      fields: {
        courseName: '专业技术人员职业道德',
        platform: '单位集中面授',
        mode: 'offline',
        completionDate: '2026-06-01',
        completedHours: 12,
      },
      remarks: '单位统一组织',
      staffIds,
      ...overrides,
    });

    it('declares an activity for many staff at once, approved, and adds nobody twice', async () => {
      const colleague = await insertStaff(server.context, unit.id);
      const pending = await insertStaff(server.context, unit.id, { status: 'pending' });
      const activityId = randomUUID();
      const staffIds = [staff.id, colleague.id, pending.id, foreignStaff.id, staff.id];
      const result = await mutate('unitDeclarations.create', declaration(activityId, staffIds));
      expect(result.status).toBe('applied');
      const refused = { status: 'rejected', reason: '不是本单位已审核通过的人员' };
      expect(result.items).toEqual([
        { id: staff.id, status: 'applied' },
        { id: colleague.id, status: 'applied' },
        { id: pending.id, ...refused },
        { id: foreignStaff.id, ...refused },
        { id: staff.id, status: 'applied' },
      ]);
      const rows = () =>
        server.context.db
          .selectFrom('declarations')
          .selectAll()
          .where('activity_id', '=', activityId)
          .execute();
      const created = await rows();
      expect(created.map((row) => row.staff_id).sort()).toEqual([staff.id, colleague.id].sort());
      expect(created[0]).toMatchObject({
        unit_id: unit.id,
        status: 'approved',
        source: 'unit',
        category: 'public',
        type_code: 'public_course',
        hours: 12,
        decided_by: adminId,
        remarks: '单位统一组织',
      });
      expect(JSON.parse(created[0]!.fields)).toMatchObject({ completedHours: 12, mode: 'offline' });
      expect(new Set(created.map((row) => row.seq)).size).toBe(2);

      const repeated = await mutate(
        'unitDeclarations.create',
        declaration(activityId, [staff.id, colleague.id]),
      );
      expect(repeated.items).toEqual([
        { id: staff.id, status: 'applied' },
        { id: colleague.id, status: 'applied' },
      ]);
      expect(await rows()).toHaveLength(2);
    });

    it('checks the declaration against its type’s rule', async () => {
      const tooMany = await mutate(
        'unitDeclarations.create',
        declaration(randomUUID(), [staff.id], { hours: 20 }),
      );
      expect(tooMany).toMatchObject({ status: 'rejected', reason: expect.stringContaining('hours') });
      const unknownType = await mutate(
        'unitDeclarations.create',
        declaration(randomUUID(), [staff.id], { typeCode: 'nope' }),
      );
      expect(unknownType).toMatchObject({
        status: 'rejected',
        reason: expect.stringContaining('继续教育类型'),
      });
      const future = await mutate(
        'unitDeclarations.create',
        declaration(randomUUID(), [staff.id], { year: 2031 }),
      );
      expect(future).toMatchObject({ status: 'rejected', reason: expect.stringContaining('year') });
    });
  });
});
