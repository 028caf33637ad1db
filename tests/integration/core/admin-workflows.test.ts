import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResidentId } from '../../../src-server/seed/identity-numbers.ts';
import { logInOk, startDesk, type Desk } from './support/desk.ts';
import { seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

let desk: Desk;
let world: UnitWorld;

beforeAll(async () => {
  desk = await startDesk();
  world = await seedUnitWorld(desk.server);
  await logInOk(desk, world);
  await desk.call('syncNow');
});

afterAll(() => desk.close());

const db = () => desk.server.context.db;

describe('单位信息管理 and 个人基本信息维护', () => {
  it('shows the reference data, the unit and the administrator as synced', async () => {
    const reference = await desk.call('referenceData');
    expect(reference.dictionaries.unitNatures!.length).toBeGreaterThan(0);
    expect(reference.ceTypes.map((type) => type.code)).toContain('public_course');
    expect(await desk.call('profileGet')).toMatchObject({
      id: world.admin.id,
      name: world.admin.name,
      role: 'admin',
      unitCode: world.unit.code,
      phone: world.admin.phone,
    });
  });

  it('edits the unit: waiting at once, applied on the server after sync', async () => {
    const decision = await desk.call('unitUpdate', {
      changes: { contactName: '王主任', contactPhone: '037160000000' },
    });
    expect(decision).toMatchObject({ applied: 1, skipped: [] });
    expect(await desk.call('unitGet')).toMatchObject({ contactName: '王主任', waiting: true });
    await desk.call('syncNow');
    expect(await desk.call('unitGet')).toMatchObject({ contactName: '王主任', waiting: false });
    const row = await db()
      .selectFrom('units')
      .selectAll()
      .where('id', '=', world.unit.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ contact_name: '王主任', contact_phone: '037160000000' });
  });

  it('refuses an unknown code, naming the field', async () => {
    const result = await desk.result('unitUpdate', { changes: { natureCode: 'XX' } });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        fields: [{ field: 'changes.natureCode', message: '请选择单位性质' }],
      },
    });
  });

  it('changes the administrator password online, the old one required', async () => {
    const wrong = await desk.result('passwordChange', {
      oldPassword: 'Wrong-Passw0rd1',
      newPassword: 'Neue-Passw0rd',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    const changed = await desk.result('passwordChange', {
      oldPassword: 'Passw0rd!2026',
      newPassword: 'Neue-Passw0rd',
    });
    expect(changed).toEqual({ ok: true, value: null });
    const again = await desk.result('passwordChange', {
      oldPassword: 'Neue-Passw0rd',
      newPassword: 'Passw0rd!2026',
    });
    expect(again).toEqual({ ok: true, value: null });
  });
});

describe('管理人员管理', () => {
  it('creates, updates and deletes a sub-administrator through sync', async () => {
    const created = await desk.call('subAdminsCreate', {
      idNumber: makeResidentId('410105', '1988-05-05', 901),
      name: '孙七',
      phone: '13812345678',
      email: 'sun@example.com',
      permissions: ['declarations'],
    });
    expect((await desk.call('subAdminsList')).find((admin) => admin.id === created.id)).toMatchObject({
      role: 'sub',
      waiting: true,
    });
    await desk.call('syncNow');
    const subAdmin = () =>
      db().selectFrom('unit_admins').selectAll().where('id', '=', created.id).executeTakeFirst();
    expect(await subAdmin()).toMatchObject({ name: '孙七', role: 'sub', permissions: '["declarations"]' });

    await desk.call('subAdminsUpdate', {
      adminId: created.id,
      permissions: ['declarations', 'staff'],
      status: 'disabled',
    });
    await desk.call('syncNow');
    expect(await subAdmin()).toMatchObject({ status: 'disabled', permissions: '["declarations","staff"]' });

    await desk.call('subAdminsDelete', { adminId: created.id });
    expect((await desk.call('subAdminsList')).map((admin) => admin.id)).not.toContain(created.id);
    await desk.call('syncNow');
    expect(await subAdmin()).toMatchObject({ deleted: 1 });
  });

  it('checks the ID number and contact details as the user types', async () => {
    const result = await desk.result('subAdminsCreate', {
      idNumber: '410105198805050017',
      name: '孙七',
      phone: '123',
      email: 'not-mail',
      permissions: ['nothing'],
    });
    const fields = !result.ok && result.error.fields!.map((field) => field.field);
    expect(fields).toEqual(expect.arrayContaining(['idNumber', 'phone', 'email', 'permissions.0']));
  });
});

describe('组织机构管理', () => {
  it('creates, renames, moves and deletes departments through sync', async () => {
    const created = await desk.call('departmentsCreate', {
      parentId: world.departments.clinic,
      name: '心内科',
    });
    const tree = await desk.call('departmentsTree');
    const clinic = tree.roots.find((node) => node.id === world.departments.clinic)!;
    expect(clinic.children.map((node) => node.name)).toEqual(['心内科']);
    expect(clinic.directStaff).toBeGreaterThanOrEqual(1);

    await desk.call('departmentsRename', { departmentId: created.id, name: '心血管内科' });
    await desk.call('departmentsMove', { departmentId: created.id, parentId: null });
    await desk.call('syncNow');
    const row = () =>
      db().selectFrom('departments').selectAll().where('id', '=', created.id).executeTakeFirst();
    expect(await row()).toMatchObject({ name: '心血管内科', parent_id: null, deleted: 0 });

    await desk.call('departmentsDelete', { departmentId: created.id });
    await desk.call('syncNow');
    expect(await row()).toMatchObject({ deleted: 1 });
  });

  it('refuses to delete a department that still has staff', async () => {
    const result = await desk.result('departmentsDelete', { departmentId: world.departments.clinic });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: '该部门下还有人员，不能删除' } });
  });
});
