import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { cachedRow } from './cached-rows.ts';
import { decide, type DecisionContext, type DecisionResult } from './decide.ts';
import { requirePermission } from './permissions.ts';
import { refused } from './refusal.ts';

interface DepartmentRow {
  id: string;
  parent_id: string | null;
  name: string;
  version: number;
}

const GONE = '部门不存在或已删除';

function department(sqlite: Database.Database, id: string): DepartmentRow {
  const row = cachedRow<DepartmentRow>(sqlite, 'departments', id, 'id, parent_id, name, version');
  if (!row) throw refused(GONE, 'NOT_FOUND');
  return row;
}

function refuseTakenName(sqlite: Database.Database, parentId: string | null, name: string, exceptId: string) {
  const sibling = sqlite
    .prepare<[string | null, string, string], { id: string }>(
      'select id from departments where parent_id is ? and name = ? and id <> ?',
    )
    .get(parentId, name.trim(), exceptId);
  if (sibling) throw refused('同一上级部门下已有同名部门');
}

function refuseMissingParent(sqlite: Database.Database, parentId: string | null) {
  if (parentId !== null && !cachedRow(sqlite, 'departments', parentId, 'id')) {
    throw refused('上级部门不存在或已删除', 'NOT_FOUND');
  }
}

/** Whether `candidate` is `departmentId` or lies under it. */
function isInSubtree(sqlite: Database.Database, candidate: string, departmentId: string): boolean {
  const parentOf = sqlite.prepare<[string], { parent_id: string | null }>(
    'select parent_id from departments where id = ?',
  );
  let current: string | null | undefined = candidate;
  for (let steps = 0; current && steps < 10_000; steps++) {
    if (current === departmentId) return true;
    current = parentOf.get(current)?.parent_id;
  }
  return false;
}

/** 新增部门 under `parentId` (null for a top-level one); returns the new department's id too. */
export function createDepartment(
  context: DecisionContext,
  parentId: string | null,
  name: string,
): DecisionResult & { departmentId: string } {
  const departmentId = randomUUID();
  const result = decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'departments');
    refuseMissingParent(sqlite, parentId);
    refuseTakenName(sqlite, parentId, name, departmentId);
    return [{ name: 'departments.create', args: { departmentId, parentId, name } }];
  });
  return { ...result, departmentId };
}

/** 修改部门名称. */
export function renameDepartment(
  context: DecisionContext,
  departmentId: string,
  name: string,
): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'departments');
    const row = department(sqlite, departmentId);
    if (row.name === name.trim()) throw refused('部门名称未改变', 'INVALID_ARGUMENT');
    refuseTakenName(sqlite, row.parent_id, name, departmentId);
    return [{ name: 'departments.rename', args: { departmentId, name }, baseVersion: row.version }];
  });
}

/** 移动部门 under another parent (null: to the top level), never into its own subtree. */
export function moveDepartment(
  context: DecisionContext,
  departmentId: string,
  parentId: string | null,
): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'departments');
    const row = department(sqlite, departmentId);
    refuseMissingParent(sqlite, parentId);
    if (parentId !== null && isInSubtree(sqlite, parentId, departmentId)) {
      throw refused('不能将部门移动到其自身或其下级部门之下');
    }
    refuseTakenName(sqlite, parentId, row.name, departmentId);
    return [{ name: 'departments.move', args: { departmentId, parentId }, baseVersion: row.version }];
  });
}

/** 删除部门: refused while staff (pending or approved) or child departments remain. */
export function deleteDepartment(context: DecisionContext, departmentId: string): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'departments');
    const row = department(sqlite, departmentId);
    const staff = sqlite
      .prepare<[string], { id: string }>(
        "select id from staff where department_id = ? and status in ('pending', 'approved') limit 1",
      )
      .get(departmentId);
    if (staff) throw refused('该部门下还有人员，不能删除');
    const child = sqlite
      .prepare<[string], { id: string }>('select id from departments where parent_id = ? limit 1')
      .get(departmentId);
    if (child) throw refused('该部门下还有下级部门，不能删除');
    return [{ name: 'departments.delete', args: { departmentId }, baseVersion: row.version }];
  });
}
