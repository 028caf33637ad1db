import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPullPage } from '../../../../src-main/core/cache/index.ts';
import * as decisions from '../../../../src-main/core/decisions/index.ts';
import { waitingEntries } from '../../../../src-main/core/sync/outbox.ts';
import { recordPushResults } from '../../../../src-main/core/sync/push-results.ts';
import { dropAnsweredTargets } from '../../../../src-main/core/sync/reapply.ts';
import { declarationRow, pageOf, staffRow } from '../cache/support/pages.ts';
import { CHILD, EMPTY, outbox, row, smallUnitCache, type TestCache } from './support.ts';

let unit: TestCache;
beforeEach(async () => {
  unit = await smallUnitCache();
});
afterEach(() => unit.dispose());

const answer = (results: Parameters<typeof recordPushResults>[2]) =>
  recordPushResults(unit.cache.sqlite, waitingEntries(unit.cache.sqlite), results, {
    adminId: unit.context.adminId,
    now: new Date('2026-11-28T09:00:00.000Z'),
  });

describe('answers to a push', () => {
  it('undoes a rejected item, shows the server row of a conflicting one, and keeps the applied one', () => {
    decisions.approveDeclarations(unit.context, ['d1', 'd2', 'd3']);
    const serverRow = { ...declarationRow('d2', 'a2'), title: '本人修改', version: 2, seq: 500 };
    answer([
      {
        mutationId: 1,
        status: 'applied',
        items: [
          { id: 'd1', status: 'applied' },
          { id: 'd2', status: 'conflict', current: serverRow },
          { id: 'd3', status: 'rejected', reason: '该申报已不是待审核状态' },
        ],
      },
    ]);
    expect(row(unit.cache, 'declarations', 'd1')).toMatchObject({ status: 'approved', version: 2 });
    expect(row(unit.cache, 'declarations', 'd2')).toMatchObject({
      status: 'pending',
      title: '本人修改',
      seq: 500,
    });
    expect(row(unit.cache, 'declarations', 'd3')).toMatchObject({
      status: 'pending',
      version: 1,
      decided_by: null,
    });
    expect(outbox(unit.cache)[0]).toMatchObject({ status: 'applied' });
    const conflicts = unit.cache.sqlite
      .prepare('select row_id, reason, decided from conflicts order by row_id')
      .all() as { row_id: string; reason: string | null; decided: string }[];
    expect(conflicts.map((c) => [c.row_id, c.reason])).toEqual([
      ['d2', null],
      ['d3', '该申报已不是待审核状态'],
    ]);
    expect(JSON.parse(conflicts[0]!.decided)).toEqual({
      name: 'declarations.approve',
      item: { declarationId: 'd2', version: 1 },
    });
  });

  it('never lets a refused decision hold back the next, and applies the still waiting ones again', () => {
    decisions.approveRegistrations(unit.context, ['p1']);
    decisions.transferStaff(unit.context, ['p1'], EMPTY);
    decisions.renameDepartment(unit.context, CHILD, '心血管内科');
    answer([
      { mutationId: 1, status: 'applied', items: [{ id: 'p1', status: 'applied' }] },
      {
        mutationId: 2,
        status: 'applied',
        items: [{ id: 'p1', status: 'rejected', reason: '目标部门不存在或已删除' }],
      },
    ]);
    expect(row(unit.cache, 'staff', 'p1')).toMatchObject({
      status: 'approved',
      department_id: expect.any(String),
      version: 2,
    });
    expect(row(unit.cache, 'staff', 'p1')!.department_id).not.toBe(EMPTY);
    expect(row(unit.cache, 'departments', CHILD)).toMatchObject({ name: '心血管内科', version: 2 });
    expect(waitingEntries(unit.cache.sqlite).map((entry) => entry.mutationId)).toEqual([3]);
  });

  it('removes a rejected department it created, and puts back one it deleted', () => {
    const created = decisions.createDepartment(unit.context, null, '新部门');
    decisions.deleteDepartment(unit.context, EMPTY);
    answer([
      { mutationId: 1, status: 'rejected', reason: '同一上级部门下已有同名部门' },
      { mutationId: 2, status: 'rejected', reason: '该部门下还有人员，不能删除' },
    ]);
    expect(row(unit.cache, 'departments', created.departmentId)).toBeUndefined();
    expect(row(unit.cache, 'departments', EMPTY)).toMatchObject({ name: '外科', version: 1 });
    expect(
      unit.cache.sqlite.prepare("select count(*) as n from conflicts where status = 'open'").get(),
    ).toEqual({ n: 2 });
  });
});

describe('pulled rows and waiting decisions', () => {
  it('applies a waiting decision again over a pulled row it still fits, but not over a newer one', () => {
    decisions.approveDeclarations(unit.context, ['d1', 'd2']);
    const page = pageOf({
      declarations: [
        { ...declarationRow('d1', 'a1'), remarks: '同版本再次下发', seq: 600 },
        { ...declarationRow('d2', 'a2'), title: '本人修改', version: 2, seq: 601 },
      ],
    });
    unit.cache.sqlite.transaction(() => {
      applyPullPage(unit.cache, page);
      // What the engine runs after each page, in the page's transaction.
      decisions.mutationEffects['declarations.approve'].apply(
        unit.cache.sqlite,
        JSON.parse(outbox(unit.cache)[0]!.args as string),
        { mutationId: 1, decidedAt: 'at', adminId: 'me', clientId: 'c', baseVersion: null },
      );
    })();
    expect(row(unit.cache, 'declarations', 'd1')).toMatchObject({
      status: 'approved',
      remarks: '同版本再次下发',
    });
    expect(row(unit.cache, 'declarations', 'd2')).toMatchObject({ status: 'pending', title: '本人修改' });
  });

  it('drops the provisional rows of an answered unit declaration once caught up', () => {
    const made = decisions.createUnitDeclarations(unit.context, {
      typeCode: 'public_course',
      year: 2026,
      title: '医德医风培训',
      hours: 12,
      fields: {
        courseName: '医德医风培训',
        platform: '单位组织',
        mode: 'offline',
        completionDate: '2026-06-01',
        completedHours: 12,
      },
      remarks: '',
      staffIds: ['a1'],
    });
    answer([{ mutationId: 1, status: 'applied', items: [{ id: 'a1', status: 'applied' }] }]);
    applyPullPage(
      unit.cache,
      pageOf({
        staff: [staffRow('a1', { department_id: CHILD })],
        declarations: [
          {
            ...declarationRow('server-made', 'a1'),
            status: 'approved',
            source: 'unit',
            activity_id: made.activityId,
          },
        ],
      }),
    );
    dropAnsweredTargets(unit.cache.sqlite);
    const rows = unit.cache.sqlite
      .prepare('select id from declarations where activity_id = ?')
      .all(made.activityId);
    expect(rows).toEqual([{ id: 'server-made' }]);
    expect(unit.cache.sqlite.prepare('select count(*) as n from outbox_targets').get()).toEqual({ n: 0 });
  });
});

describe('a batch refused as a whole', () => {
  it('opens one conflict per row, each with its own item only', () => {
    decisions.approveDeclarations(unit.context, ['d1', 'd2', 'd3']);
    answer([{ mutationId: 1, status: 'rejected', reason: '当前管理人员没有此项操作权限' }]);
    const conflicts = unit.cache.sqlite
      .prepare('select row_id, decided, reason from conflicts order by row_id')
      .all() as {
      row_id: string;
      decided: string;
      reason: string;
    }[];
    expect(conflicts.map((c) => [c.row_id, JSON.parse(c.decided), c.reason])).toEqual(
      ['d1', 'd2', 'd3'].map((id) => [
        id,
        { name: 'declarations.approve', item: { declarationId: id, version: 1 } },
        '当前管理人员没有此项操作权限',
      ]),
    );
    for (const id of ['d1', 'd2', 'd3'])
      expect(row(unit.cache, 'declarations', id)).toMatchObject({ status: 'pending' });
  });
});
