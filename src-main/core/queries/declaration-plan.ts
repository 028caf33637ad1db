import type { Kysely } from 'kysely';
import type { CacheSchema } from '../cache/schema.ts';
import type { Partition } from './declaration-partitions.ts';
import { staffInScope, type StaffScope } from './staff-scope.ts';

/**
 * How a list narrowed to some people finds its page: through the per-person index, reading and
 * sorting all their declarations (best for few people), or by walking the sorted partitions and
 * checking each entry against the scope until a page is full (best for many).
 */
export type Plan = 'people' | 'partitions';

/**
 * Costs in index entries walked, fitted to timings on the benchmark cache: the per-person plan
 * costs about the same for each person whatever the other filters; a partition walk has a fixed
 * cost per partition, and listing the scope a small cost per person.
 */
const PER_PERSON = 90;
const PER_PARTITION = 3_300;
const PER_LISTED_PERSON = 11;

export async function planFor(
  db: Kysely<CacheSchema>,
  scope: StaffScope,
  partitions: readonly Partition[],
  rows: number,
): Promise<Plan> {
  const { people, everyone } = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom(staffInScope(db, scope).as('scope'))
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('people'),
      eb
        .selectFrom('staff')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('everyone'),
    ])
    .executeTakeFirstOrThrow();
  if (!people || !everyone) return 'people';
  // A partition yields a page after about `rows / share` entries, share being the part of its
  // entries that are of the scope's people and of the filter's type and category.
  const walked = partitions.reduce(
    (sum, { size, entries }) => sum + Math.min(entries, (rows * entries * everyone) / (size * people)),
    0,
  );
  const viaPeople = people * PER_PERSON;
  const viaPartitions = partitions.length * PER_PARTITION + walked + people * PER_LISTED_PERSON;
  return viaPeople <= viaPartitions ? 'people' : 'partitions';
}
