import type { Completion, DepartmentCompletion } from '../../../src-shared/contract/index.ts';

/** One line of the completion table: a department with its subtree's counts, and its sub-departments. */
export interface CompletionRow extends Completion {
  key: string;
  name: string;
  children?: CompletionRow[];
}

/** The departments as a tree of rows (subtree counts), under one row for the whole unit. */
export function completionRows(completion: DepartmentCompletion, unitName: string): CompletionRow[] {
  const byParent = new Map<string | null, DepartmentCompletion['departments']>();
  for (const department of completion.departments) {
    const siblings = byParent.get(department.parentId) ?? [];
    siblings.push(department);
    byParent.set(department.parentId, siblings);
  }
  const rowsUnder = (parentId: string | null): CompletionRow[] =>
    (byParent.get(parentId) ?? []).map((department) => {
      const children = rowsUnder(department.departmentId);
      return {
        key: department.departmentId,
        name: department.name,
        ...department.subtree,
        ...(children.length > 0 ? { children } : {}),
      };
    });
  const roots = rowsUnder(null);
  return [
    {
      key: 'unit',
      name: `${unitName}（全单位）`,
      ...completion.unit,
      ...(roots.length > 0 ? { children: roots } : {}),
    },
  ];
}

/** The share of staff who met the requirement, as a percentage with one decimal; '—' without staff. */
export function metRate(row: Completion): string {
  return row.staff === 0 ? '—' : `${((row.met / row.staff) * 100).toFixed(1)}%`;
}
