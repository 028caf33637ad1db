import { sql, type Kysely } from 'kysely';
import {
  declarationStatuses,
  type DeclarationCounts,
  type DeclarationCountsArgs,
} from '../../../src-shared/contract/queries.ts';
import type { CacheSchema, DeclarationStatus } from '../cache/schema.ts';
import {
  columnFilters,
  declarationFilterOf,
  submittedWithin,
  type DeclarationFilter,
} from './declaration-filter.ts';
import { partitionsInRange, partitionsOf } from './declaration-partitions.ts';
import { hasScope, staffInScope } from './staff-scope.ts';

/**
 * Declarations per status under a filter, for the tab badges. Type, category and year are answered
 * from the maintained counts; a staff scope counts through the per-person index; a submission
 * range counts each partition's index range.
 */
export async function countDeclarations(
  db: Kysely<CacheSchema>,
  filter: DeclarationFilter,
): Promise<DeclarationCounts> {
  const rows = hasScope(filter)
    ? await countInScope(db, filter)
    : filter.submittedFrom !== undefined || filter.submittedTo !== undefined
      ? await countInRange(db, filter)
      : await countMaintained(db, filter);
  const counts: DeclarationCounts = { pending: 0, approved: 0, rejected: 0, withdrawn: 0, all: 0 };
  for (const { status, n } of rows) {
    if ((declarationStatuses as readonly string[]).includes(status)) counts[status] += n;
    counts.all += n;
  }
  return counts;
}

type StatusCount = { status: DeclarationStatus; n: number };

function countMaintained(
  db: Kysely<CacheSchema>,
  { year, typeCode, category }: DeclarationFilter,
): Promise<StatusCount[]> {
  return db
    .selectFrom('declaration_counts')
    .select(['status', (eb) => eb.fn.sum<number>('n').as('n')])
    .$if(year !== undefined, (qb) => qb.where('year', '=', year!))
    .$if(typeCode !== undefined, (qb) => qb.where('type_code', '=', typeCode!))
    .$if(category !== undefined, (qb) => qb.where('category', '=', category!))
    .groupBy('status')
    .execute();
}

/** Sums per status rather than GROUP BY, which would sort every counted row. */
async function countInScope(db: Kysely<CacheSchema>, filter: DeclarationFilter): Promise<StatusCount[]> {
  const sums = await db
    .selectFrom('declarations')
    .select((eb) =>
      declarationStatuses.map((status) =>
        eb.fn.coalesce(eb.fn.sum<number>(eb('declarations.status', '=', status)), sql.lit(0)).as(status),
      ),
    )
    .where('declarations.staff_id', 'in', staffInScope(db, filter))
    .$if(filter.year !== undefined, (qb) => qb.where('declarations.year', '=', filter.year!))
    .where(columnFilters(filter))
    .where(submittedWithin(filter))
    .executeTakeFirstOrThrow();
  return declarationStatuses.map((status) => ({ status, n: sums[status] }));
}

/** Whole partitions count from the maintained counts; the others count their index range. */
async function countInRange(db: Kysely<CacheSchema>, filter: DeclarationFilter): Promise<StatusCount[]> {
  const partitions = await partitionsInRange(db, await partitionsOf(db, filter), filter);
  const whole = partitions
    .filter((partition) => partition.whollyInRange)
    .map(({ status, size }) => ({ status, n: size }));
  const counted = partitions
    .filter((partition) => !partition.whollyInRange)
    .map(({ status, year }) =>
      db
        .selectFrom('declarations')
        .select([sql.lit(status).as('status'), (eb) => eb.fn.countAll<number>().as('n')])
        .where('declarations.status', '=', status)
        .where('declarations.year', '=', year)
        .where(columnFilters(filter))
        .where(submittedWithin(filter)),
    );
  if (counted.length === 0) return whole;
  return [...whole, ...(await counted.reduce((all, next) => all.unionAll(next)).execute())];
}

/** The tab badges of the declaration review list under its current filter. */
export function declarationCounts(
  db: Kysely<CacheSchema>,
  args: DeclarationCountsArgs,
): Promise<DeclarationCounts> {
  return countDeclarations(db, declarationFilterOf(args));
}
