import type { Kysely } from 'kysely';
import type { DeclarationCountsArgs } from '../../../src-shared/contract/index.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { columnFilters, declarationFilterOf, submittedWithin } from '../queries/declaration-filter.ts';
import { hasScope, staffInScope } from '../queries/staff-scope.ts';

/** The pending declarations a list's filters match: "approve / reject all matching the filter". */
export async function pendingDeclarationIds(
  db: Kysely<CacheSchema>,
  filters: DeclarationCountsArgs,
): Promise<string[]> {
  const filter = declarationFilterOf(filters);
  const rows = await db
    .selectFrom('declarations')
    .select('declarations.id')
    .where('declarations.status', '=', 'pending')
    .$if(filter.year !== undefined, (qb) => qb.where('declarations.year', '=', filter.year!))
    .where(columnFilters(filter))
    .where(submittedWithin(filter))
    .$if(hasScope(filter), (qb) => qb.where('declarations.staff_id', 'in', staffInScope(db, filter)))
    .orderBy('declarations.submitted_at')
    .execute();
  return rows.map((row) => row.id);
}
