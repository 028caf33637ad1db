import type { DepartmentNode } from '../../../src-shared/contract/index.ts';

export interface PlacedDepartment {
  node: DepartmentNode;
  parent: DepartmentNode | null;
  /** Names from the top down to the department itself. */
  path: string[];
}

/** Every department with its parent and path, keyed by id. */
export function placeDepartments(roots: readonly DepartmentNode[]): Map<string, PlacedDepartment> {
  const placed = new Map<string, PlacedDepartment>();
  const visit = (nodes: readonly DepartmentNode[], parent: DepartmentNode | null, above: string[]) => {
    for (const node of nodes) {
      const path = [...above, node.name];
      placed.set(node.id, { node, parent, path });
      visit(node.children, node, path);
    }
  };
  visit(roots, null, []);
  return placed;
}

/** The department and every one below it. */
export function subtreeIds(node: DepartmentNode): Set<string> {
  const ids = new Set<string>([node.id]);
  for (const child of node.children) for (const id of subtreeIds(child)) ids.add(id);
  return ids;
}

/** Why a department cannot be deleted, or null when it can: only empty ones go. */
export function deleteBlocker(node: DepartmentNode): string | null {
  if (node.children.length > 0) return '该部门下还有下级部门，不能删除';
  if (node.directStaff > 0) return `该部门还有 ${node.directStaff} 名人员，请先调出后再删除`;
  return null;
}

/** Whether a department under `parent` already has the name (surrounding spaces ignored). */
export function siblingHasName(
  roots: readonly DepartmentNode[],
  parent: DepartmentNode | null,
  name: string,
): boolean {
  const wanted = name.trim();
  return (parent?.children ?? roots).some((node) => node.name.trim() === wanted);
}
