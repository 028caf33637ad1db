import type Database from 'better-sqlite3';
import { deleteAtVersion, insertIfAbsent, updateAtVersion } from './row-effects.ts';
import type { MutationEffect } from './effect.ts';

type DepartmentName = 'departments.create' | 'departments.rename' | 'departments.move' | 'departments.delete';

const EDITED = ['name', 'parent_id', 'version', 'seq'] as const;

function nextSortOrder(sqlite: Database.Database, parentId: string | null): number {
  const row = sqlite
    .prepare<[string | null], { last: number | null }>(
      'select max(sort_order) as last from departments where parent_id is ?',
    )
    .get(parentId);
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

const department = (args: { departmentId: string }) => [
  { table: 'departments' as const, rowId: args.departmentId },
];

export const departmentEffects: { [N in DepartmentName]: MutationEffect<N> } = {
  'departments.create': {
    targets: (_sqlite, args) => department(args),
    before: { departments: 'none' },
    apply: (sqlite, args) =>
      insertIfAbsent(sqlite, 'departments', {
        id: args.departmentId,
        parent_id: args.parentId,
        name: args.name,
        sort_order: nextSortOrder(sqlite, args.parentId),
        version: 1,
      }),
  },
  'departments.rename': {
    targets: (_sqlite, args) => department(args),
    before: { departments: EDITED },
    apply: (sqlite, args, env) =>
      updateAtVersion(sqlite, 'departments', args.departmentId, env.baseVersion, { name: args.name }),
  },
  'departments.move': {
    targets: (_sqlite, args) => department(args),
    before: { departments: EDITED },
    apply: (sqlite, args, env) =>
      updateAtVersion(sqlite, 'departments', args.departmentId, env.baseVersion, {
        parent_id: args.parentId,
      }),
  },
  'departments.delete': {
    targets: (_sqlite, args) => department(args),
    before: { departments: 'row' },
    apply: (sqlite, args, env) => deleteAtVersion(sqlite, 'departments', args.departmentId, env.baseVersion),
  },
};
