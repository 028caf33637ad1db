import type { Kysely } from 'kysely';
import type { CacheSchema } from '../cache/schema.ts';

/**
 * The ids of a department and of every department below it. UNION (not UNION ALL) ends the walk
 * even if a cycle slipped into the tree.
 */
export function departmentSubtree(db: Kysely<CacheSchema>, rootId: string) {
  return db
    .withRecursive('subtree(id)', (qc) =>
      qc
        .selectFrom('departments')
        .select('departments.id')
        .where('departments.id', '=', rootId)
        .union(
          qc
            .selectFrom('departments as child')
            .innerJoin('subtree', 'subtree.id', 'child.parent_id')
            .select('child.id'),
        ),
    )
    .selectFrom('subtree')
    .select('subtree.id');
}
