import { batches, cachedRow, rowsInStatus } from './cached-rows.ts';
import { decide, type DecisionContext, type DecisionResult } from './decide.ts';
import { requirePermission } from './permissions.ts';
import { refused } from './refusal.ts';

function approvedStaff(context: DecisionContext, staffIds: readonly string[], action: string) {
  const rows = rowsInStatus(context.cache.sqlite, 'staff', staffIds, 'approved');
  if (rows.length === 0) throw refused(`只能${action}已审核通过的人员`);
  return batches(rows.map((row) => ({ staffId: row.id, version: row.version })));
}

/** 调动: approved staff among `staffIds` move to another department. */
export function transferStaff(
  context: DecisionContext,
  staffIds: readonly string[],
  departmentId: string,
): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'staff');
    if (!cachedRow(sqlite, 'departments', departmentId, 'id'))
      throw refused('目标部门不存在或已删除', 'NOT_FOUND');
    return approvedStaff(context, staffIds, '调动').map((items) => ({
      name: 'staff.transfer',
      args: { items, departmentId },
    }));
  });
}

/** 标记离职: approved staff among `staffIds` have left the unit. */
export function markStaffLeft(context: DecisionContext, staffIds: readonly string[]): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'staff');
    return approvedStaff(context, staffIds, '标记离职').map((items) => ({
      name: 'staff.markLeft',
      args: { items },
    }));
  });
}

/** 重置密码: the server e-mails the person a temporary password; nothing changes in the cache. */
export function resetStaffPassword(context: DecisionContext, staffId: string): DecisionResult {
  const result = decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'staff');
    const staff = cachedRow<{ status: string }>(sqlite, 'staff', staffId, 'status');
    if (!staff) throw refused('本单位没有该人员', 'NOT_FOUND');
    if (staff.status !== 'approved') throw refused('只能为已审核通过的人员重置密码');
    return [{ name: 'staff.resetPassword', args: { staffId } }];
  });
  return { ...result, affected: 1 };
}
