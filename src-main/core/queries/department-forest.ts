import type { Kysely } from 'kysely';
import type { CacheRow, CacheSchema } from '../cache/schema.ts';

export type Department = Pick<CacheRow<'departments'>, 'id' | 'parent_id' | 'name' | 'sort_order'>;

export interface DepartmentBranch {
  department: Department;
  children: DepartmentBranch[];
}

/**
 * The departments as a forest, siblings in their sort order. A department whose parent is unknown
 * (not pulled yet) is shown as a root, and a cycle is cut where it closes, so every department
 * appears exactly once.
 */
export async function departmentForest(db: Kysely<CacheSchema>): Promise<DepartmentBranch[]> {
  const rows = await db
    .selectFrom('departments')
    .select(['id', 'parent_id', 'name', 'sort_order'])
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
  const branches = new Map(
    rows.map((department) => [department.id, { department, children: [] as DepartmentBranch[] }]),
  );
  const roots: DepartmentBranch[] = [];
  for (const branch of branches.values()) {
    const parent =
      branch.department.parent_id === null ? undefined : branches.get(branch.department.parent_id);
    if (parent && !isAncestor(branch, parent, branches)) parent.children.push(branch);
    else roots.push(branch);
  }
  return roots;
}

function isAncestor(
  candidate: DepartmentBranch,
  of: DepartmentBranch,
  branches: ReadonlyMap<string, DepartmentBranch>,
): boolean {
  const seen = new Set<string>();
  for (let node: DepartmentBranch | undefined = of; node;) {
    if (node === candidate) return true;
    if (seen.has(node.department.id)) return false;
    seen.add(node.department.id);
    node = node.department.parent_id === null ? undefined : branches.get(node.department.parent_id);
  }
  return false;
}
