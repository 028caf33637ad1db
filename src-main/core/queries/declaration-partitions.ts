import type { Kysely } from 'kysely';
import type { CacheSchema, DeclarationStatus } from '../cache/schema.ts';
import type { DeclarationFilter } from './declaration-filter.ts';

export interface Partition {
  status: DeclarationStatus;
  year: number;
  /** Declarations of the filter's type and category in it. */
  size: number;
  /** All its declarations: what a walk along its index may have to read. */
  entries: number;
}

/**
 * The (status, year) pairs holding declarations of the filter's type and category. A list reads
 * each partition's index range in sort order and merges them: SQLite would otherwise sort every
 * matching row to find the first page of a list across statuses or years.
 */
export async function partitionsOf(
  db: Kysely<CacheSchema>,
  filter: DeclarationFilter & { status?: DeclarationStatus | undefined },
): Promise<Partition[]> {
  const { status, year, typeCode, category } = filter;
  const partitions = await db
    .selectFrom('declaration_counts')
    .select((eb) => {
      const matching = eb.and([
        ...(typeCode === undefined ? [] : [eb('type_code', '=', typeCode)]),
        ...(category === undefined ? [] : [eb('category', '=', category)]),
      ]);
      return [
        'status',
        'year',
        eb.fn.sum<number>(eb.case().when(matching).then(eb.ref('n')).else(0).end()).as('size'),
        eb.fn.sum<number>('n').as('entries'),
      ];
    })
    .$if(status !== undefined, (qb) => qb.where('status', '=', status!))
    .$if(year !== undefined, (qb) => qb.where('year', '=', year!))
    .groupBy(['status', 'year'])
    .execute();
  return partitions.filter((partition) => partition.size > 0);
}

export interface RangedPartition extends Partition {
  /** Whether every declaration of the partition lies within the submission range. */
  whollyInRange: boolean;
}

/**
 * The partitions with declarations submitted within a range. Most of a year's declarations are
 * submitted in that year, so a range leaves many partitions empty and many whole; reading the first
 * and last submission of each (two index seeks) avoids walking empty partitions in hours order and
 * counting whole ones row by row.
 */
export async function partitionsInRange(
  db: Kysely<CacheSchema>,
  partitions: readonly Partition[],
  { submittedFrom, submittedTo }: DeclarationFilter,
): Promise<RangedPartition[]> {
  if (submittedFrom === undefined && submittedTo === undefined) {
    return partitions.map((partition) => ({ ...partition, whollyInRange: true }));
  }
  if (partitions.length === 0) return [];
  const bounds = await db
    .selectNoFrom((eb) =>
      partitions.flatMap(({ status, year }, index) =>
        (['min', 'max'] as const).map((end) =>
          eb
            .selectFrom('declarations')
            .select((inner) => inner.fn[end]<string>('declarations.submitted_at').as('at'))
            .where('declarations.status', '=', status)
            .where('declarations.year', '=', year)
            .as(`${end}${index}`),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  const ranged: RangedPartition[] = [];
  partitions.forEach((partition, index) => {
    const first = (bounds as Record<string, string | null>)[`min${index}`];
    const last = (bounds as Record<string, string | null>)[`max${index}`];
    if (first == null || last == null) return;
    const startsInside = submittedFrom === undefined || first >= submittedFrom;
    const endsInside = submittedTo === undefined || last < submittedTo;
    const disjoint =
      (submittedFrom !== undefined && last < submittedFrom) ||
      (submittedTo !== undefined && first >= submittedTo);
    if (!disjoint) ranged.push({ ...partition, whollyInRange: startsInside && endsInside });
  });
  return ranged;
}
