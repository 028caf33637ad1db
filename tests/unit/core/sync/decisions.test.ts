import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as decisions from '../../../../src-main/core/decisions/index.ts';
import { applyPullPage } from '../../../../src-main/core/cache/index.ts';
import { declarationRow, pageOf, staffRow } from '../cache/support/pages.ts';
import { CHILD, EMPTY, outbox, row, smallUnitCache, TOP, type TestCache } from './support.ts';

let unit: TestCache;
beforeEach(async () => {
  unit = await smallUnitCache();
});
afterEach(() => unit.dispose());

describe('local decisions', () => {
  it('approves pending declarations in the cache and queues one mutation with their versions', () => {
    const result = decisions.approveDeclarations(unit.context, ['d1', 'd2', 'd1']);
    expect(result).toEqual({ mutationId: 1, affected: 2 });
    expect(row(unit.cache, 'declarations', 'd1')).toMatchObject({
      status: 'approved',
      version: 2,
      decided_by: unit.context.adminId,
      decided_at: '2026-11-28T08:00:00.000Z',
    });
    expect(outbox(unit.cache)).toEqual([
      expect.objectContaining({
        mutation_id: 1,
        name: 'declarations.approve',
        status: 'queued',
        base_version: null,
        args: JSON.stringify({
          items: [
            { declarationId: 'd1', version: 1 },
            { declarationId: 'd2', version: 1 },
          ],
        }),
      }),
    ]);
    const targets = unit.cache.sqlite.prepare('select * from outbox_targets order by row_id').all() as {
      row_id: string;
      before: string;
    }[];
    expect(targets.map((target) => target.row_id)).toEqual(['d1', 'd2']);
    expect(JSON.parse(targets[0]!.before)).toMatchObject({ status: 'pending', version: 1, decided_at: null });
    const counts = unit.cache.sqlite
      .prepare('select status, n from declaration_counts where n > 0 order by status')
      .all();
    expect(counts).toEqual([
      { status: 'approved', n: 2 },
      { status: 'pending', n: 4 },
    ]);
  });

  it('refuses, in Chinese and changing nothing, when nothing selected is pending', () => {
    decisions.rejectDeclarations(unit.context, ['d3'], '材料不全');
    expect(() => decisions.approveDeclarations(unit.context, ['d3', 'missing'])).toThrow(
      '所选申报均已不是待审核状态',
    );
    expect(outbox(unit.cache)).toHaveLength(1);
  });

  it('gives mutation ids in order and never reuses one', () => {
    const first = decisions.approveRegistrations(unit.context, ['p1']);
    const second = decisions.rejectRegistrations(unit.context, ['p2'], '非本单位人员');
    expect([first.mutationId, second.mutationId]).toEqual([1, 2]);
    unit.cache.sqlite.exec('delete from outbox');
    expect(decisions.markStaffLeft(unit.context, ['a4']).mutationId).toBe(3);
    expect(row(unit.cache, 'staff', 'p2')).toMatchObject({
      status: 'rejected',
      reject_reason: '非本单位人员',
    });
  });

  it('refuses to delete a department while staff remain, or child departments', () => {
    expect(() => decisions.deleteDepartment(unit.context, CHILD)).toThrow('该部门下还有人员，不能删除');
    decisions.transferStaff(unit.context, ['a1', 'a2', 'a3', 'a4'], EMPTY);
    expect(() => decisions.deleteDepartment(unit.context, TOP)).toThrow(/还有/);
    expect(decisions.deleteDepartment(unit.context, CHILD).affected).toBe(1);
    expect(row(unit.cache, 'departments', CHILD)).toBeUndefined();
    expect(outbox(unit.cache).at(-1)).toMatchObject({ name: 'departments.delete', base_version: 1 });
  });

  it('creates, renames and moves departments, refusing a move into the own subtree', () => {
    const created = decisions.createDepartment(unit.context, TOP, '神经内科');
    expect(row(unit.cache, 'departments', created.departmentId)).toMatchObject({ parent_id: TOP, seq: 0 });
    expect(() => decisions.createDepartment(unit.context, TOP, '神经内科')).toThrow(
      '同一上级部门下已有同名部门',
    );
    expect(() => decisions.moveDepartment(unit.context, TOP, CHILD)).toThrow(
      '不能将部门移动到其自身或其下级部门之下',
    );
    decisions.renameDepartment(unit.context, CHILD, '心血管内科');
    expect(row(unit.cache, 'departments', CHILD)).toMatchObject({ name: '心血管内科', version: 2 });
    decisions.moveDepartment(unit.context, CHILD, null);
    expect(outbox(unit.cache).at(-1)).toMatchObject({ name: 'departments.move', base_version: 2 });
  });

  it('declares a unit activity for the approved staff chosen, as provisional approved rows', () => {
    const result = decisions.createUnitDeclarations(unit.context, {
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
      staffIds: ['a1', 'a2', 'p1'],
    });
    expect(result.affected).toBe(2);
    const rows = unit.cache.sqlite
      .prepare(
        'select staff_id, status, source, activity_id, seq from declarations where activity_id is not null',
      )
      .all();
    expect(rows).toEqual([
      { staff_id: 'a1', status: 'approved', source: 'unit', activity_id: result.activityId, seq: 0 },
      { staff_id: 'a2', status: 'approved', source: 'unit', activity_id: result.activityId, seq: 0 },
    ]);
  });

  it("refuses what a sub-administrator's permissions do not allow", () => {
    unit.cache.sqlite
      .prepare("update unit_admins set role = 'sub', permissions = '[\"registrations\"]'")
      .run();
    expect(() => decisions.approveDeclarations(unit.context, ['d1'])).toThrow('当前管理人员没有此项操作权限');
    expect(decisions.approveRegistrations(unit.context, ['p1']).affected).toBe(1);
  });

  it('splits a batch larger than the protocol allows into several mutations, in one transaction', () => {
    const ids = Array.from({ length: 10_050 }, (_, i) => `big${i}`);
    applyPullPage(
      unit.cache,
      pageOf({
        staff: [staffRow('big-owner')],
        declarations: ids.map((id) => declarationRow(id, 'big-owner')),
      }),
    );
    const result = decisions.approveDeclarations(unit.context, ids);
    expect(result.affected).toBe(10_050);
    const queued = outbox(unit.cache).map((entry) => JSON.parse(entry.args as string).items.length);
    expect(queued).toEqual([10_000, 50]);
    expect(result.mutationId).toBe(2);
  });
});
