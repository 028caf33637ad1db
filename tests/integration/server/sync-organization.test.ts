import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult, PushResponse } from '../../../src-shared/contract/sync.ts';
import { verifyPassword } from '../../../src-server/auth/passwords.ts';
import type { UnitsTable } from '../../../src-server/db/schema.ts';
import { makeResidentId } from '../../../src-server/seed/identity-numbers.ts';
import {
  insertDepartment,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
  tokenFor,
} from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

/** Departments, staff, the unit's own record and its sub-administrators. */
describe.each(testDialects)('sync organisation mutations on %s', (dialect) => {
  let server: TestServer;
  let unit: UnitsTable;
  let token: string;
  let mutationId = 0;
  const clientId = randomUUID();

  beforeAll(async () => {
    server = await startTestServer(dialect);
    unit = await insertUnit(server.context);
    const admin = await insertUnitAdmin(server.context, unit.id);
    token = await tokenFor(server.context, { kind: 'unit_admin', id: admin.id, unitId: unit.id });
  });
  afterAll(() => server.close());

  async function mutate(name: string, args: unknown, baseVersion?: number): Promise<MutationResult> {
    const mutation = {
      mutationId: ++mutationId,
      name,
      args,
      ...(baseVersion === undefined ? {} : { baseVersion }),
    };
    const response = await fetch(`${server.baseUrl}/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ clientId, mutations: [mutation] }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as PushResponse).results[0]!;
  }

  const department = (id: string) =>
    server.context.db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const staffRow = (id: string) =>
    server.context.db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const sessionsOf = (id: string) =>
    server.context.db.selectFrom('sessions').select('token_hash').where('subject_id', '=', id).execute();
  const mailTo = (recipient: string) =>
    server.context.db.selectFrom('mail_outbox').selectAll().where('recipient', '=', recipient).execute();

  describe('departments', () => {
    it('creates departments under the unit or a parent, with unique names among siblings', async () => {
      const rootId = randomUUID();
      const childId = randomUUID();
      expect(
        await mutate('departments.create', { departmentId: rootId, parentId: null, name: '医务部' }),
      ).toEqual({
        mutationId,
        status: 'applied',
      });
      expect(
        (await mutate('departments.create', { departmentId: childId, parentId: rootId, name: '医务科' }))
          .status,
      ).toBe('applied');
      expect(await department(childId)).toMatchObject({
        unit_id: unit.id,
        parent_id: rootId,
        name: '医务科',
        version: 1,
      });
      const refusals = [
        [{ departmentId: randomUUID(), parentId: rootId, name: '医务科' }, '同一上级部门下已有同名部门'],
        [{ departmentId: randomUUID(), parentId: randomUUID(), name: '药剂科' }, '上级部门不存在或已删除'],
        [{ departmentId: childId, parentId: null, name: '另一个' }, '部门编号已存在'],
      ] as const;
      for (const [args, reason] of refusals) {
        expect(await mutate('departments.create', args)).toMatchObject({ status: 'rejected', reason });
      }
    });

    it('renames and moves a department, never into its own subtree', async () => {
      const top = await insertDepartment(server.context, unit.id, { name: '护理部' });
      const middle = await insertDepartment(server.context, unit.id, { parent_id: top.id });
      const bottom = await insertDepartment(server.context, unit.id, { parent_id: middle.id });
      expect((await mutate('departments.rename', { departmentId: top.id, name: '护理中心' }, 1)).status).toBe(
        'applied',
      );
      expect(await department(top.id)).toMatchObject({ name: '护理中心', version: 2 });
      for (const parentId of [top.id, bottom.id]) {
        expect(await mutate('departments.move', { departmentId: top.id, parentId }, 2)).toMatchObject({
          status: 'rejected',
          reason: '不能将部门移动到其自身或其下级部门之下',
        });
      }
      expect((await mutate('departments.move', { departmentId: bottom.id, parentId: null }, 1)).status).toBe(
        'applied',
      );
      expect(await department(bottom.id)).toMatchObject({ parent_id: null, version: 2 });
    });

    it('deletes an empty department as a tombstone, and refuses while staff or children remain', async () => {
      const parent = await insertDepartment(server.context, unit.id);
      const child = await insertDepartment(server.context, unit.id, { parent_id: parent.id });
      const staffed = await insertDepartment(server.context, unit.id);
      await insertStaff(server.context, unit.id, { department_id: staffed.id, status: 'pending' });
      expect(await mutate('departments.delete', { departmentId: staffed.id })).toMatchObject({
        status: 'rejected',
        reason: '该部门下还有人员，不能删除',
      });
      expect(await mutate('departments.delete', { departmentId: parent.id })).toMatchObject({
        status: 'rejected',
        reason: '该部门下还有下级部门，不能删除',
      });
      expect((await mutate('departments.delete', { departmentId: child.id }, 1)).status).toBe('applied');
      expect(await department(child.id)).toMatchObject({ deleted: 1, version: 2 });
      expect(await mutate('departments.rename', { departmentId: child.id, name: '新名' })).toMatchObject({
        status: 'rejected',
        reason: '部门不存在或已删除',
      });
      expect((await mutate('departments.delete', { departmentId: parent.id })).status).toBe('applied');
    });
  });

  describe('staff', () => {
    it('transfers approved staff to a live department of the unit', async () => {
      const from = await insertDepartment(server.context, unit.id);
      const to = await insertDepartment(server.context, unit.id);
      const moving = await insertStaff(server.context, unit.id, { department_id: from.id });
      const pending = await insertStaff(server.context, unit.id, {
        department_id: from.id,
        status: 'pending',
      });
      const items = [
        { staffId: moving.id, version: 1 },
        { staffId: pending.id, version: 1 },
      ];
      const result = await mutate('staff.transfer', { items, departmentId: to.id });
      expect(result.items).toEqual([
        { id: moving.id, status: 'applied' },
        { id: pending.id, status: 'rejected', reason: '只能调动已审核通过的人员' },
      ]);
      expect(await staffRow(moving.id)).toMatchObject({ department_id: to.id, version: 2 });
      const foreignDepartment = await insertDepartment(server.context, (await insertUnit(server.context)).id);
      for (const departmentId of [foreignDepartment.id, randomUUID()]) {
        expect(await mutate('staff.transfer', { items, departmentId })).toMatchObject({
          status: 'rejected',
          reason: '目标部门不存在或已删除',
        });
      }
    });

    it('marks approved staff as left and ends their sessions', async () => {
      const leaving = await insertStaff(server.context, unit.id);
      await tokenFor(server.context, { kind: 'staff', id: leaving.id, unitId: unit.id });
      const result = await mutate('staff.markLeft', { items: [{ staffId: leaving.id, version: 1 }] });
      expect(result.items).toEqual([{ id: leaving.id, status: 'applied' }]);
      expect(await staffRow(leaving.id)).toMatchObject({
        status: 'left',
        left_at: server.clock.now.toISOString(),
      });
      expect(await sessionsOf(leaving.id)).toEqual([]);
      const again = await mutate('staff.markLeft', { items: [{ staffId: leaving.id, version: 2 }] });
      expect(again.items).toEqual([
        { id: leaving.id, status: 'rejected', reason: '只能标记离职已审核通过的人员' },
      ]);
    });

    it('e-mails a temporary password, which the answer never contains', async () => {
      const person = await insertStaff(server.context, unit.id);
      await tokenFor(server.context, { kind: 'staff', id: person.id, unitId: unit.id });
      const result = await mutate('staff.resetPassword', { staffId: person.id });
      expect(result).toEqual({ mutationId, status: 'applied' });
      const [mail] = await mailTo(person.email);
      const password = /临时密码：(\S+)/.exec(mail!.text_body)![1]!;
      expect(await verifyPassword(password, (await staffRow(person.id)).password_hash)).toBe(true);
      expect(await sessionsOf(person.id)).toEqual([]);
      const stored = await server.context.db.selectFrom('applied_mutations').select('result').execute();
      const audit = await server.context.db.selectFrom('audit_log').select('details').execute();
      expect(JSON.stringify([stored, audit])).not.toContain(password);
      const pending = await insertStaff(server.context, unit.id, { status: 'pending' });
      expect(await mutate('staff.resetPassword', { staffId: pending.id })).toMatchObject({
        status: 'rejected',
      });
    });
  });

  describe('unit record', () => {
    it('updates editable fields with codes from the reference tables', async () => {
      const changes = {
        name: '郑州市第一人民医院',
        address: '郑州市二七区',
        nature_code: '23',
        industry_code: 'Q',
      };
      expect((await mutate('unit.update', { changes }, 1)).status).toBe('applied');
      const row = await server.context.db
        .selectFrom('units')
        .selectAll()
        .where('id', '=', unit.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ ...changes, code: unit.code, version: 2 });
      expect(await mutate('unit.update', { changes: { level_code: '9' } })).toMatchObject({
        status: 'rejected',
        reason: '单位级别代码无效：9',
      });
      expect(await mutate('unit.update', { changes: { code: '123' } })).toMatchObject({
        status: 'rejected',
        reason: expect.stringContaining('changes'),
      });
      expect(await mutate('unit.update', { changes: { address: '别处' } }, 1)).toMatchObject({
        status: 'conflict',
        current: { id: unit.id, name: changes.name, version: 2 },
      });
    });
  });

  describe('sub-administrators', () => {
    const idNumber = makeResidentId('410105', '1985-07-12', 321);
    const adminId = randomUUID();

    it('creates a sub-administrator and e-mails a temporary password', async () => {
      const args = {
        adminId,
        idNumber,
        name: '李管理',
        phone: '13812345678',
        email: 'li@example.com',
        permissions: ['declarations'],
      };
      expect(await mutate('subAdmins.create', args)).toEqual({ mutationId, status: 'applied' });
      const row = await server.context.db
        .selectFrom('unit_admins')
        .selectAll()
        .where('id', '=', adminId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        unit_id: unit.id,
        role: 'sub',
        permissions: '["declarations"]',
        status: 'active',
        deleted: 0,
      });
      const [mail] = await mailTo('li@example.com');
      const password = /临时密码 (\S+)/.exec(mail!.text_body)![1]!;
      expect(await verifyPassword(password, row.password_hash)).toBe(true);
      const refusals = [
        [{ ...args, adminId: randomUUID() }, '本单位已有使用该身份证号码的管理人员'],
        [
          { ...args, adminId: randomUUID(), idNumber: `${idNumber.slice(0, 17)}0` },
          '身份证号码校验位错误，请核对',
        ],
        [
          {
            ...args,
            adminId: randomUUID(),
            idNumber: makeResidentId('410105', '1985-07-12', 5),
            phone: '123',
          },
          '手机号码格式不正确',
        ],
      ] as const;
      for (const [refused, reason] of refusals) {
        expect(await mutate('subAdmins.create', refused)).toMatchObject({ status: 'rejected', reason });
      }
    });

    it('updates and disables a sub-administrator, ending their sessions', async () => {
      await tokenFor(server.context, { kind: 'unit_admin', id: adminId, unitId: unit.id });
      const result = await mutate(
        'subAdmins.update',
        { adminId, permissions: ['staff', 'staff'], status: 'disabled' },
        1,
      );
      expect(result.status).toBe('applied');
      const row = await server.context.db
        .selectFrom('unit_admins')
        .selectAll()
        .where('id', '=', adminId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ permissions: '["staff"]', status: 'disabled', version: 2 });
      expect(await sessionsOf(adminId)).toEqual([]);
      expect(await mutate('subAdmins.update', { adminId }, 2)).toMatchObject({
        status: 'rejected',
        reason: '至少修改一项',
      });
      expect(await mutate('subAdmins.update', { adminId, name: '旧' }, 1)).toMatchObject({
        status: 'conflict',
      });
    });

    it('deletes a sub-administrator as a tombstone, never the main administrator', async () => {
      expect((await mutate('subAdmins.delete', { adminId }, 2)).status).toBe('applied');
      const row = await server.context.db
        .selectFrom('unit_admins')
        .selectAll()
        .where('id', '=', adminId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ deleted: 1, version: 3 });
      expect(await mutate('subAdmins.delete', { adminId })).toMatchObject({
        status: 'rejected',
        reason: '管理人员不存在或已删除',
      });
      const main = await server.context.db
        .selectFrom('unit_admins')
        .select('id')
        .where('unit_id', '=', unit.id)
        .where('role', '=', 'admin')
        .executeTakeFirstOrThrow();
      expect(await mutate('subAdmins.delete', { adminId: main.id })).toMatchObject({
        status: 'rejected',
        reason: '不能修改或删除单位主管理员',
      });
    });
  });
});
