import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInOk, startDesk, type Desk } from './support/desk.ts';
import { PNG, seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

let desk: Desk;
let world: UnitWorld;

beforeAll(async () => {
  desk = await startDesk();
  world = await seedUnitWorld(desk.server);
  await logInOk(desk, world);
  await desk.call('syncNow');
});

afterAll(() => desk.close());

const serverRow = (table: 'staff' | 'declarations', id: string) =>
  desk.server.context.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('审核注册账号', () => {
  it('approves and rejects at once, shows them waiting, and the server applies them on sync', async () => {
    const { first, second } = world.registrations;
    const pending = await desk.call('registrationsList', {});
    expect(pending.rows.map((row) => row.name).sort()).toEqual(['王五', '赵六']);

    const approved = await desk.call('registrationsApprove', { staffIds: [first.id, world.staff.zhang.id] });
    expect(approved).toMatchObject({
      applied: 1,
      skipped: [{ id: world.staff.zhang.id, reason: '已不是待审核状态' }],
    });
    expect(approved.mutationIds).toHaveLength(1);
    await desk.call('registrationsReject', { staffIds: [second.id], reason: '单位选择错误' });

    expect((await desk.call('registrationsList', {})).rows).toEqual([]);
    const detail = await desk.call('staffDetail', { id: second.id });
    expect(detail.staff).toMatchObject({ status: 'rejected', rejectReason: '单位选择错误', waiting: true });
    expect(await desk.call('syncState')).toMatchObject({ waiting: 2 });

    const state = await desk.call('syncNow');
    expect(state).toMatchObject({ status: 'online', waiting: 0, conflicts: 0, error: null });
    expect(await serverRow('staff', first.id)).toMatchObject({ status: 'approved' });
    expect(await serverRow('staff', second.id)).toMatchObject({
      status: 'rejected',
      reject_reason: '单位选择错误',
    });
    expect((await desk.call('staffDetail', { id: second.id })).staff.waiting).toBe(false);
  });
});

describe('专业技术人员管理', () => {
  it('finds, exports, transfers, marks as left and resets a password', async () => {
    const { zhang, li } = world.staff;
    expect((await desk.call('staffList', { search: '张' })).rows.map((row) => row.id)).toEqual([zhang.id]);
    const exported = await desk.call('staffExportRows', { departmentId: world.departments.clinic });
    expect(exported.truncated).toBe(false);
    expect(exported.rows.map((row) => row.name)).toEqual(expect.arrayContaining(['张三', '李四', '王五']));
    const found = await desk.call('staffFindByIdNumbers', {
      idNumbers: [li.id_number.toLowerCase(), '410105199001010000'],
    });
    expect(found).toEqual({
      found: [expect.objectContaining({ id: li.id })],
      missing: ['410105199001010000'],
    });

    await desk.call('staffTransfer', { staffIds: [li.id], departmentId: world.departments.empty });
    await desk.call('staffResetPassword', { staffId: zhang.id });
    const leaving = world.registrations.first;
    await desk.call('staffMarkLeft', { staffIds: [leaving.id] });
    expect((await desk.call('staffList', { status: 'left' })).rows).toEqual([
      expect.objectContaining({ id: leaving.id, waiting: true }),
    ]);
    const moved = await desk.call('staffList', { departmentId: world.departments.empty });
    expect(moved.rows).toEqual([expect.objectContaining({ id: li.id, waiting: true })]);

    await desk.call('syncNow');
    expect(await serverRow('staff', li.id)).toMatchObject({ department_id: world.departments.empty });
    expect(await serverRow('staff', leaving.id)).toMatchObject({ status: 'left' });
    const mail = await desk.server.context.db.selectFrom('mail_outbox').select('recipient').execute();
    expect(mail.map((row) => row.recipient)).toContain(zhang.email);
  });
});

describe('继续教育信息管理', () => {
  it('shows the scan of a declaration as a data URL', async () => {
    const scan = await desk.call('declarationsScan', { declarationId: world.declarations.withScan.id });
    expect(scan).toEqual({
      mediaType: 'image/png',
      size: PNG.length,
      dataUrl: `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`,
    });
  });

  it('approves chosen ones and rejects all matching a filter', async () => {
    const { withScan, plain, lastYear } = world.declarations;
    expect(await desk.call('declarationsCounts', {})).toMatchObject({ pending: 3 });
    await desk.call('declarationsApprove', { ids: [withScan.id] });
    const rejected = await desk.call('declarationsReject', {
      filter: { year: 2025 },
      reason: '证明材料不清晰',
    });
    expect(rejected).toMatchObject({ applied: 1, skipped: [] });

    const list = await desk.call('declarationsList', { status: 'pending' });
    expect(list.rows.map((row) => row.id)).toEqual([plain.id]);
    expect(await desk.call('declarationsDetail', { id: lastYear.id })).toMatchObject({
      status: 'rejected',
      rejectReason: '证明材料不清晰',
      waiting: true,
    });

    await desk.call('syncNow');
    expect(await serverRow('declarations', withScan.id)).toMatchObject({ status: 'approved' });
    expect(await serverRow('declarations', lastYear.id)).toMatchObject({ status: 'rejected' });
    expect(await desk.call('declarationsCounts', {})).toMatchObject({ pending: 1, approved: 1, rejected: 1 });
  });
});

describe('其它继续教育形式申报, 证书打印 and 学时统计', () => {
  it('declares one activity for many staff, approved at once', async () => {
    const { zhang, li } = world.staff;
    const created = await desk.call('unitDeclarationsCreate', {
      typeCode: 'public_course',
      year: 2026,
      title: '单位组织的公需课',
      hours: 30,
      fields: {
        courseName: '单位组织的公需课',
        platform: '本单位',
        mode: 'offline',
        completionDate: '2026-10-01',
        completedHours: 30,
      },
      staffIds: [zhang.id, li.id],
    });
    expect(created).toMatchObject({ applied: 2, skipped: [], id: expect.any(String) });
    const local = await desk.call('declarationsList', { search: '张三', status: 'approved' });
    expect(local.rows.find((row) => row.source === 'unit')).toMatchObject({ waiting: true, hours: 30 });

    await desk.call('syncNow');
    const onServer = await desk.server.context.db
      .selectFrom('declarations')
      .select(['staff_id', 'status'])
      .where('activity_id', '=', created.id)
      .execute();
    expect(onServer).toHaveLength(2);
    expect(onServer.every((row) => row.status === 'approved')).toBe(true);
  });

  it('refuses a declaration its type rule does not allow, naming the field', async () => {
    const result = await desk.result('unitDeclarationsCreate', {
      typeCode: 'public_course',
      year: 2026,
      title: '缺少字段',
      hours: 10,
      fields: {},
      staffIds: [world.staff.zhang.id],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(!result.ok && result.error.message).toMatch(/fields\./);
  });

  it('lists people with their hours and records printed certificates', async () => {
    const { zhang } = world.staff;
    const people = await desk.call('certificatesPeople', { year: 2026, staffIds: [zhang.id] });
    expect(people.rows).toEqual([
      expect.objectContaining({ staffId: zhang.id, publicHours: 42, certificate: null }),
    ]);
    const recorded = await desk.call('certificatesRecord', {
      year: 2026,
      items: [{ staffId: zhang.id, number: 'HN2026-000001', verificationCode: 'ABCD2345EFGH' }],
    });
    expect(recorded).toMatchObject({ applied: 1 });
    const again = await desk.call('certificatesPeople', { year: 2026, staffIds: [zhang.id] });
    expect(again.rows[0]!.certificate).toMatchObject({ number: 'HN2026-000001' });

    await desk.call('syncNow');
    const onServer = await desk.server.context.db
      .selectFrom('certificates')
      .selectAll()
      .where('staff_id', '=', zhang.id)
      .executeTakeFirstOrThrow();
    expect(onServer).toMatchObject({ number: 'HN2026-000001', year: 2026, public_hours: 42 });
  });

  it('counts hours per department and person', async () => {
    const completion = await desk.call('hoursCompletion', { year: 2026 });
    expect(completion.unit.staff).toBeGreaterThanOrEqual(2);
    const hours = await desk.call('hoursStaff', { year: 2026, search: '张三' });
    expect(hours.rows).toEqual([expect.objectContaining({ name: '张三', publicHours: 42 })]);
  });
});
