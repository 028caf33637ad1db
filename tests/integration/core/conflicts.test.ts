import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInOk, startDesk, type Desk } from './support/desk.ts';
import { changeOnServer, seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

let desk: Desk;
let world: UnitWorld;

beforeAll(async () => {
  desk = await startDesk();
  world = await seedUnitWorld(desk.server);
  await logInOk(desk, world);
  await desk.call('syncNow');
});

afterAll(() => desk.close());

describe('conflicts', () => {
  it('shows what was decided beside the server row, and discards on request', async () => {
    const { plain } = world.declarations;
    await desk.call('declarationsApprove', { ids: [plain.id] });
    await changeOnServer(desk.server.context, 'declarations', plain.id, { status: 'withdrawn' });

    expect(await desk.call('syncNow')).toMatchObject({ waiting: 0, conflicts: 1 });
    const [conflict] = await desk.call('syncConflicts');
    expect(conflict).toMatchObject({
      mutationName: 'declarations.approve',
      outcome: 'conflict',
      table: 'declarations',
      rowId: plain.id,
      decided: { name: 'declarations.approve', item: { declarationId: plain.id, version: 1 } },
      serverRow: { id: plain.id, status: 'withdrawn', version: 2 },
    });
    expect(await desk.call('declarationsDetail', { id: plain.id })).toMatchObject({ status: 'withdrawn' });

    await desk.call('syncConflictDiscard', { conflictId: conflict!.id });
    expect(await desk.call('syncConflicts')).toEqual([]);
    expect(await desk.call('syncState')).toMatchObject({ conflicts: 0 });
    expect(await desk.result('syncConflictDiscard', { conflictId: conflict!.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('redoes a decision on the server row that won', async () => {
    const departmentId = world.departments.empty;
    await desk.call('departmentsRename', { departmentId, name: '普外科' });
    await changeOnServer(desk.server.context, 'departments', departmentId, { name: '外科一病区' });
    await desk.call('syncNow');
    const [conflict] = await desk.call('syncConflicts');
    expect(conflict).toMatchObject({
      mutationName: 'departments.rename',
      decided: { args: { departmentId, name: '普外科' } },
      serverRow: { name: '外科一病区' },
    });

    const redone = await desk.call('syncConflictRedo', { conflictId: conflict!.id });
    expect(redone).toMatchObject({ applied: 1 });
    expect(await desk.call('syncConflicts')).toEqual([]);
    expect(await desk.call('syncNow')).toMatchObject({ waiting: 0, conflicts: 0 });
    const row = await desk.server.context.db
      .selectFrom('departments')
      .select('name')
      .where('id', '=', departmentId)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('普外科');
  });
});
