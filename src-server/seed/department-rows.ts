import type { NewRow } from '../db/schema.ts';
import type { Prng } from './prng.ts';
import type { DepartmentTemplate } from './sector-profiles.ts';

/** The unit's department tree, parents before children (so a chunked insert never precedes a parent). */
export function departmentRows(
  rng: Prng,
  unitId: string,
  templates: readonly DepartmentTemplate[],
  createdAt: string,
): NewRow<'departments'>[] {
  const rows: NewRow<'departments'>[] = [];
  const add = (nodes: readonly DepartmentTemplate[], parentId: string | null) => {
    nodes.forEach((node, sortOrder) => {
      const row: NewRow<'departments'> = {
        id: rng.uuid(),
        unit_id: unitId,
        parent_id: parentId,
        name: node.name,
        sort_order: sortOrder,
        created_at: createdAt,
        deleted: 0,
        version: 1,
        seq: 0,
      };
      rows.push(row);
      add(node.children ?? [], row.id);
    });
  };
  add(templates, null);
  return rows;
}
