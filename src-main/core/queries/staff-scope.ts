import type { Kysely } from 'kysely';
import type { CacheSchema } from '../cache/schema.ts';
import { departmentSubtree } from './department-subtree.ts';
import { staffMatches } from './staff-search.ts';

/** The people a list is narrowed to: a department subtree, a search text, or both. */
export interface StaffScope {
  departmentId?: string | undefined;
  search?: string | undefined;
}

export function hasScope({ departmentId, search }: StaffScope): boolean {
  return departmentId !== undefined || !!search;
}

/** The staff rows within a scope (every status: a declaration's author may have left since). */
export function staffInScope(db: Kysely<CacheSchema>, { departmentId, search }: StaffScope) {
  return db
    .selectFrom('staff')
    .select('staff.id')
    .$if(departmentId !== undefined, (qb) =>
      qb.where('staff.department_id', 'in', departmentSubtree(db, departmentId!)),
    )
    .$if(!!search, (qb) => qb.where(staffMatches(search!)));
}
