import type { DepartmentNode, DepartmentTree } from '../../src-shared/contract/index.ts';
import { api } from '../api.ts';
import { useCoreData } from './use-core-data.ts';

export interface DepartmentOption {
  value: string;
  /** The name, shown once chosen and searched by. */
  name: string;
  /** The name with the staff count of the subtree, shown in the tree. */
  title: string;
  children: DepartmentOption[];
}

/** The unit's department tree, reloaded after every sync; not asked for until `wanted`. */
export function useDepartmentTree(wanted = true): DepartmentTree | undefined {
  return useCoreData(
    () => (wanted ? api.departmentsTree() : Promise.resolve(undefined)),
    wanted ? 'departments' : 'not yet',
  ).data;
}

/** TreeSelect / Tree nodes of the department tree. */
export function departmentOptions(nodes: readonly DepartmentNode[]): DepartmentOption[] {
  return nodes.map((node) => ({
    value: node.id,
    name: node.name,
    title: `${node.name}（${node.subtreeStaff}）`,
    children: departmentOptions(node.children),
  }));
}
