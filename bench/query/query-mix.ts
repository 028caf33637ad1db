import type { Kysely } from 'kysely';
import type { CacheSchema } from '../../src-main/core/cache/schema.ts';
import {
  declarationCounts,
  declarationDetail,
  departmentTree,
  listDeclarations,
  listRegistrations,
  listStaff,
  listStaffHours,
  staffDetail,
} from '../../src-main/core/queries/index.ts';
import {
  declarationCountsInputSchema,
  declarationListInputSchema,
  registrationListInputSchema,
  staffHoursInputSchema,
  staffListInputSchema,
} from '../../src-shared/contract/queries.ts';
import { ceTypes } from '../../src-shared/domain/ce-types.ts';
import { YEARS } from './unit-data.ts';

/** One query a screen makes, named after the screen, ready to run. */
export interface ScreenQuery {
  screen: string;
  input: unknown;
  run: () => Promise<unknown>;
}

interface Samples {
  departments: string[];
  staffIds: string[];
  declarationIds: string[];
  names: string[];
  idNumbers: string[];
}

/** Ids and texts the generated queries draw on, read once from the cache. */
export async function samplesOf(db: Kysely<CacheSchema>): Promise<Samples> {
  const staff = await db.selectFrom('staff').select(['id', 'name', 'id_number']).execute();
  const declarations = await db.selectFrom('declarations').select('id').limit(20_000).execute();
  return {
    departments: (await db.selectFrom('departments').select('id').execute()).map((row) => row.id),
    staffIds: staff.map((row) => row.id),
    declarationIds: declarations.map((row) => row.id),
    names: staff.map((row) => row.name),
    idNumbers: staff.map((row) => row.id_number),
  };
}

/**
 * A repeatable mix of what administrators do: mostly the declaration review list and its badges
 * (a status tab, usually a year, sometimes a type, department, search or date range, first pages
 * and later ones), then the staff, registration and hours lists, details and the department tree.
 */
export function queryMix(
  db: Kysely<CacheSchema>,
  samples: Samples,
  count: number,
  seed = 42,
): Promise<ScreenQuery[]> {
  let state = seed;
  const rand = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const chance = (p: number) => rand() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const search = () => {
    const roll = rand();
    if (roll < 0.3) return [...pick(samples.names)][0]!;
    if (roll < 0.6) return [...pick(samples.names)].slice(0, 2).join('');
    if (roll < 0.8) return pick(samples.names);
    return pick(samples.idNumbers).slice(6, 14);
  };
  const scope = () => ({
    ...(chance(0.25) ? { departmentId: pick(samples.departments) } : {}),
    ...(chance(0.15) ? { search: search() } : {}),
  });
  const declarationFilter = () => {
    const month = 1 + Math.floor(rand() * 11);
    return {
      ...(chance(0.7) ? { year: pick(YEARS) } : {}),
      ...(chance(0.2) ? { typeCode: pick(ceTypes).code } : {}),
      ...(chance(0.1) ? { category: pick(['public', 'professional'] as const) } : {}),
      ...(chance(0.1)
        ? {
            submittedFrom: `${pick(YEARS)}-${String(month).padStart(2, '0')}-01T00:00:00+08:00`,
            submittedTo: `2027-${String(month + 1).padStart(2, '0')}-01T00:00:00+08:00`,
          }
        : {}),
      ...scope(),
    };
  };
  const laterPage = async <T extends { nextCursor: string | null }>(
    first: () => Promise<T>,
    next: (after: string) => Promise<T>,
  ) => {
    const { nextCursor } = await first();
    return nextCursor === null ? first : () => next(nextCursor);
  };

  const screens: [number, () => Promise<ScreenQuery>][] = [
    [
      0.4,
      async () => {
        const roll = rand();
        const status =
          roll < 0.45
            ? 'pending'
            : roll < 0.65
              ? undefined
              : pick(['approved', 'rejected', 'withdrawn'] as const);
        const input = {
          ...declarationFilter(),
          ...(status ? { status } : {}),
          sort: chance(0.7) ? ('submittedAt' as const) : ('hours' as const),
          order: chance(0.8) ? ('desc' as const) : ('asc' as const),
        };
        const list = (after?: string) =>
          listDeclarations(db, declarationListInputSchema.parse({ ...input, after }));
        const later = chance(0.25);
        return {
          screen: 'declarations',
          input: { ...input, later },
          run: later ? await laterPage(() => list(), list) : () => list(),
        };
      },
    ],
    [
      0.15,
      async () => {
        const input = declarationCountsInputSchema.parse(declarationFilter());
        return { screen: 'declaration counts', input, run: () => declarationCounts(db, input) };
      },
    ],
    [
      0.1,
      async () => {
        const input = { ...scope(), withTotal: chance(0.5) };
        const list = (after?: string) =>
          listRegistrations(db, registrationListInputSchema.parse({ ...input, after }));
        const later = chance(0.2);
        return {
          screen: 'registrations',
          input: { ...input, later },
          run: later ? await laterPage(() => list(), list) : () => list(),
        };
      },
    ],
    [
      0.12,
      async () => {
        const input = {
          ...scope(),
          ...(chance(0.2) ? { titleLevel: pick(['1', '2', '3', '4', '5']) } : {}),
          ...(chance(0.1) ? { status: 'left' as const } : {}),
          sort: chance(0.7) ? ('name' as const) : ('registeredAt' as const),
          withTotal: chance(0.5),
        };
        const list = (after?: string) => listStaff(db, staffListInputSchema.parse({ ...input, after }));
        const later = chance(0.25);
        return {
          screen: 'staff',
          input: { ...input, later },
          run: later ? await laterPage(() => list(), list) : () => list(),
        };
      },
    ],
    [
      0.1,
      async () => {
        const input = {
          year: pick(YEARS),
          ...scope(),
          ...(chance(0.3) ? { met: chance(0.5) } : {}),
          withTotal: chance(0.3),
        };
        const list = (after?: string) => listStaffHours(db, staffHoursInputSchema.parse({ ...input, after }));
        const later = chance(0.2);
        return {
          screen: 'staff hours',
          input: { ...input, later },
          run: later ? await laterPage(() => list(), list) : () => list(),
        };
      },
    ],
    [
      0.06,
      async () => {
        const input = { id: pick(samples.declarationIds) };
        return { screen: 'declaration detail', input, run: () => declarationDetail(db, input) };
      },
    ],
    [
      0.05,
      async () => {
        const input = { id: pick(samples.staffIds) };
        return { screen: 'staff detail', input, run: () => staffDetail(db, input) };
      },
    ],
    [0.02, async () => ({ screen: 'department tree', input: {}, run: () => departmentTree(db) })],
  ];
  const queries: Promise<ScreenQuery>[] = [];
  for (let index = 0; index < count; index++) {
    let roll = rand();
    const [, make] = screens.find(([weight]) => (roll -= weight) < 0) ?? screens[0]!;
    queries.push(make());
  }
  return Promise.all(queries);
}
