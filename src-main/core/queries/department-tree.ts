import type { Kysely } from 'kysely';
import type { DepartmentNode, DepartmentTree } from '../../../src-shared/contract/queries.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { departmentForest, type DepartmentBranch } from './department-forest.ts';

/** The department tree (部门管理) with approved staff counted per node and per subtree. */
export async function departmentTree(db: Kysely<CacheSchema>): Promise<DepartmentTree> {
  const [forest, counts] = await Promise.all([
    departmentForest(db),
    db
      .selectFrom('staff')
      .select(['department_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'approved')
      .groupBy('department_id')
      .execute(),
  ]);
  const direct = new Map(counts.map((row) => [row.department_id, row.n]));
  const roots = forest.map((branch) => nodeOf(branch, direct));
  const placed = roots.reduce((sum, root) => sum + root.subtreeStaff, 0);
  const all = counts.reduce((sum, row) => sum + row.n, 0);
  return { roots, unassignedStaff: all - placed };
}

function nodeOf(
  { department, children }: DepartmentBranch,
  direct: ReadonlyMap<string | null, number>,
): DepartmentNode {
  const nodes = children.map((child) => nodeOf(child, direct));
  const directStaff = direct.get(department.id) ?? 0;
  return {
    id: department.id,
    name: department.name,
    sortOrder: department.sort_order,
    directStaff,
    subtreeStaff: nodes.reduce((sum, node) => sum + node.subtreeStaff, directStaff),
    children: nodes,
  };
}
