import { allocateSeq } from '../../db/sequence.ts';
import type { Row } from '../../db/schema.ts';
import { applied, rejected, staleBaseVersion } from './outcomes.ts';
import { updateRows } from './row-updates.ts';
import { lockUnitRow } from './rows.ts';
import type { MutationContext, MutationHandlers } from './types.ts';

const GONE = '部门不存在或已删除';
const PARENT_GONE = '上级部门不存在或已删除';
const NAME_TAKEN = '同一上级部门下已有同名部门';

const target = (id: string) => ({ target: `departments:${id}` });

async function liveDepartment(context: MutationContext, id: string): Promise<Row<'departments'> | undefined> {
  const row = await lockUnitRow(context, 'departments', id);
  return row && row.deleted === 0 ? row : undefined;
}

async function nameTaken(
  context: MutationContext,
  parentId: string | null,
  name: string,
  exceptId: string,
): Promise<boolean> {
  const sibling = await context.trx
    .selectFrom('departments')
    .select('id')
    .where('unit_id', '=', context.caller.unitId)
    .where('deleted', '=', 0)
    .where('parent_id', parentId === null ? 'is' : '=', parentId)
    .where('name', '=', name)
    .where('id', '<>', exceptId)
    .executeTakeFirst();
  return sibling !== undefined;
}

/** Whether `ancestorId` is `departmentId` or lies under it (walking up the unit's live tree). */
async function isInSubtree(context: MutationContext, ancestorId: string, departmentId: string) {
  const rows = await context.trx
    .selectFrom('departments')
    .select(['id', 'parent_id'])
    .where('unit_id', '=', context.caller.unitId)
    .where('deleted', '=', 0)
    .execute();
  const parentOf = new Map(rows.map((row) => [row.id, row.parent_id]));
  let current: string | null | undefined = ancestorId;
  for (let steps = 0; current && steps <= parentOf.size; steps++) {
    if (current === departmentId) return true;
    current = parentOf.get(current);
  }
  return false;
}

async function nextSortOrder(context: MutationContext, parentId: string | null): Promise<number> {
  const { last } = await context.trx
    .selectFrom('departments')
    .select((eb) => eb.fn.max('sort_order').as('last'))
    .where('unit_id', '=', context.caller.unitId)
    .where('parent_id', parentId === null ? 'is' : '=', parentId)
    .executeTakeFirstOrThrow();
  return last === null ? 0 : Number(last) + 1;
}

async function departmentIdTaken(context: MutationContext, id: string): Promise<boolean> {
  const row = await context.trx
    .selectFrom('departments')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

async function blockersOfDelete(context: MutationContext, id: string): Promise<string | undefined> {
  const staff = await context.trx
    .selectFrom('staff')
    .select('id')
    .where('department_id', '=', id)
    .where('status', 'in', ['pending', 'approved'])
    .executeTakeFirst();
  if (staff) return '该部门下还有人员，不能删除';
  const child = await context.trx
    .selectFrom('departments')
    .select('id')
    .where('parent_id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return child ? '该部门下还有下级部门，不能删除' : undefined;
}

type DepartmentMutation =
  'departments.create' | 'departments.rename' | 'departments.move' | 'departments.delete';

export const departmentMutations: MutationHandlers<DepartmentMutation> = {
  'departments.create': {
    permission: 'departments',
    async apply(context, { departmentId, parentId, name }) {
      const audit = { ...target(departmentId), summary: { name, parentId } };
      if (await departmentIdTaken(context, departmentId)) return rejected('部门编号已存在', audit);
      if (parentId !== null && !(await liveDepartment(context, parentId)))
        return rejected(PARENT_GONE, audit);
      if (await nameTaken(context, parentId, name, departmentId)) return rejected(NAME_TAKEN, audit);
      await context.trx
        .insertInto('departments')
        .values({
          id: departmentId,
          unit_id: context.caller.unitId,
          parent_id: parentId,
          name,
          sort_order: await nextSortOrder(context, parentId),
          created_at: context.now.toISOString(),
          deleted: 0,
          version: 1,
          seq: await allocateSeq(context.trx),
        })
        .execute();
      return applied(audit);
    },
  },
  'departments.rename': {
    permission: 'departments',
    async apply(context, { departmentId, name }) {
      const row = await liveDepartment(context, departmentId);
      const audit = { ...target(departmentId), summary: { name, from: row?.name } };
      if (!row) return rejected(GONE, audit);
      const stale = staleBaseVersion(context, 'departments', row, audit);
      if (stale) return stale;
      if (await nameTaken(context, row.parent_id, name, departmentId)) return rejected(NAME_TAKEN, audit);
      await updateRows(context, 'departments', [departmentId], { name });
      return applied(audit);
    },
  },
  'departments.move': {
    permission: 'departments',
    async apply(context, { departmentId, parentId }) {
      const row = await liveDepartment(context, departmentId);
      const audit = { ...target(departmentId), summary: { parentId, from: row?.parent_id } };
      if (!row) return rejected(GONE, audit);
      const stale = staleBaseVersion(context, 'departments', row, audit);
      if (stale) return stale;
      if (parentId !== null) {
        if (!(await liveDepartment(context, parentId))) return rejected(PARENT_GONE, audit);
        if (await isInSubtree(context, parentId, departmentId)) {
          return rejected('不能将部门移动到其自身或其下级部门之下', audit);
        }
      }
      if (await nameTaken(context, parentId, row.name, departmentId)) return rejected(NAME_TAKEN, audit);
      await updateRows(context, 'departments', [departmentId], { parent_id: parentId });
      return applied(audit);
    },
  },
  'departments.delete': {
    permission: 'departments',
    async apply(context, { departmentId }) {
      const row = await liveDepartment(context, departmentId);
      const audit = { ...target(departmentId), summary: { name: row?.name } };
      if (!row) return rejected(GONE, audit);
      const stale = staleBaseVersion(context, 'departments', row, audit);
      if (stale) return stale;
      const blocker = await blockersOfDelete(context, departmentId);
      if (blocker) return rejected(blocker, audit);
      await updateRows(context, 'departments', [departmentId], { deleted: 1 });
      return applied(audit);
    },
  },
};
