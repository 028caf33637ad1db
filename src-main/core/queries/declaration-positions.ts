import { sql, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { CacheSchema, DeclarationStatus } from '../cache/schema.ts';
import { columnFilters, submittedWithin, type DeclarationFilter } from './declaration-filter.ts';
import { partitionsInRange, partitionsOf, type RangedPartition } from './declaration-partitions.ts';
import type { Position } from './page-cursor.ts';
import { planFor } from './declaration-plan.ts';
import { withScopeTable, type Scoped, type ScopeTable } from './scope-table.ts';
import { hasScope, staffInScope } from './staff-scope.ts';

export interface DeclarationSort {
  key: 'submittedAt' | 'hours';
  order: 'asc' | 'desc';
}

export type ListFilter = DeclarationFilter & { status?: DeclarationStatus | undefined };

const sortColumns = { submittedAt: 'submitted_at', hours: 'hours' } as const;

/** Rowid and sort value of the first `limit + 1` declarations after `after`, in list order. */
export async function declarationPositions(
  db: Kysely<CacheSchema>,
  filter: ListFilter,
  sort: DeclarationSort,
  after: Position | undefined,
  limit: number,
): Promise<Position[]> {
  const partitions = await partitionsInRange(db, await partitionsOf(db, filter), filter);
  if (partitions.length === 0) return [];
  if (!hasScope(filter))
    return partitioned(db.withTables<ScopeTable>(), partitions, filter, sort, after, limit);
  return (await planFor(db, filter, partitions, limit + 1)) === 'people'
    ? staffDriven(db, filter, sort, after, limit)
    : withScopeTable(db, filter, (scoped) => partitioned(scoped, partitions, filter, sort, after, limit));
}

async function staffDriven(
  db: Kysely<CacheSchema>,
  filter: ListFilter,
  sort: DeclarationSort,
  after: Position | undefined,
  limit: number,
): Promise<Position[]> {
  const { status, year } = filter;
  // The unary plus keeps the status from choosing an index in sort order, which would be walked
  // nearly to its end to find a few people's rows; the per-person index is used instead.
  const query = db
    .selectFrom('declarations')
    .where('declarations.staff_id', 'in', staffInScope(db, filter))
    .$if(status !== undefined, (qb) => qb.where(sql<string>`+declarations.status`, '=', status!))
    .$if(year !== undefined, (qb) => qb.where('declarations.year', '=', year!));
  return inPageOrder(
    query.where(columnFilters(filter)).where(submittedWithin(filter)),
    sort,
    after,
    limit,
  ).execute();
}

/** The page of each partition, merged; with a scope, `db` has the scope listed in its table. */
async function partitioned(
  db: Kysely<Scoped>,
  partitions: readonly RangedPartition[],
  filter: ListFilter,
  sort: DeclarationSort,
  after: Position | undefined,
  limit: number,
): Promise<Position[]> {
  const members = partitions.map((partition, index) =>
    db.selectFrom(partitionPage(db, partition, filter, sort, after, limit).as(`p${index}`)).selectAll(),
  );
  return db
    .selectFrom(members.reduce((all, member) => all.unionAll(member)).as('merged'))
    .select(['merged.rowid', 'merged.value'])
    .orderBy('merged.value', sort.order)
    .orderBy('merged.rowid', sort.order)
    .limit(limit + 1)
    .execute();
}

function partitionPage(
  db: Kysely<Scoped>,
  { status, year, whollyInRange }: RangedPartition,
  filter: ListFilter,
  sort: DeclarationSort,
  after: Position | undefined,
  limit: number,
) {
  const query = db
    .selectFrom('declarations')
    .where('declarations.status', '=', status)
    .where('declarations.year', '=', year)
    // The unary plus keeps SQLite from driving this from the people through the per-person index,
    // which means sorting all their declarations in every partition; checked inside the sorted
    // index instead, the walk stops after a page.
    .$if(hasScope(filter), (qb) =>
      qb.where(
        sql<string>`+declarations.staff_id`,
        'in',
        db.selectFrom('picked_staff').select('picked_staff.id'),
      ),
    );
  const ranged = whollyInRange ? query : query.where(submittedWithin(filter, sort.key === 'submittedAt'));
  return inPageOrder(ranged.where(columnFilters(filter)), sort, after, limit);
}

/** Orders by the sort column, then rowid, and keeps the rows after the position plus a look-ahead. */
function inPageOrder<DB extends CacheSchema>(
  query: SelectQueryBuilder<DB, 'declarations', object>,
  sort: DeclarationSort,
  after: Position | undefined,
  limit: number,
) {
  const column = sql.ref(`declarations.${sortColumns[sort.key]}`);
  const rowid = sql.ref<number>('declarations.rowid');
  return query
    .select([rowid.as('rowid'), sql<string | number>`${column}`.as('value')])
    .$if(after !== undefined, (qb) =>
      qb.where(
        sql<SqlBool>`(${column}, ${rowid}) ${sql.raw(sort.order === 'desc' ? '<' : '>')} (${after!.value}, ${after!.rowid})`,
      ),
    )
    .orderBy(column, sort.order)
    .orderBy(rowid, sort.order)
    .limit(limit + 1);
}
