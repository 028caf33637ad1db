import type { Kysely } from 'kysely';
import type { DepartmentNode, DepartmentTree } from '../../../src-shared/contract/queries.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { waitingRowsOf } from '../services/waiting-row.ts';
import { departmentForest, type DepartmentBranch } from './department-forest.ts';

/**
 * The department tree (部门管理) with approved staff counted per node and per subtree, and the nodes
 * a decision not yet answered by the server touches marked waiting (待同步).
 */
export async function departmentTree(db: Kysely<CacheSchema>): Promise<DepartmentTree> {
  const [forest, counts, waiting] = await Promise.all([
    departmentForest(db),
    db
      .selectFrom('staff')
      .select(['department_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'approved')
      .groupBy('department_id')
      .execute(),
    waitingRowsOf(db, 'departments'),
  ]);
  const direct = new Map(counts.map((row) => [row.department_id, row.n]));
  const roots = forest.map((branch) => nodeOf(branch, direct, waiting));
  const placed = roots.reduce((sum, root) => sum + root.subtreeStaff, 0);
  const all = counts.reduce((sum, row) => sum + row.n, 0);
  return { roots, unassignedStaff: all - placed };
}

function nodeOf(
  { department, children }: DepartmentBranch,
  direct: ReadonlyMap<string | null, number>,
  waiting: ReadonlySet<string>,
): DepartmentNode {
  const nodes = children.map((child) => nodeOf(child, direct, waiting));
  const directStaff = direct.get(department.id) ?? 0;
  return {
    id: department.id,
    name: department.name,
    sortOrder: department.sort_order,
    directStaff,
    subtreeStaff: nodes.reduce((sum, node) => sum + node.subtreeStaff, directStaff),
    waiting: waiting.has(department.id),
    children: nodes,
  };
}
