import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../../../src-main/core/cache/open-cache.ts';
import { declarationFilterOf } from '../../../../src-main/core/queries/declaration-filter.ts';
import { partitionsOf } from '../../../../src-main/core/queries/declaration-partitions.ts';
import { planFor } from '../../../../src-main/core/queries/declaration-plan.ts';
import { declarationCounts, listDeclarations } from '../../../../src-main/core/queries/index.ts';
import {
  declarationCountsInputSchema,
  declarationListInputSchema,
  declarationStatuses,
  type DeclarationListInput,
} from '../../../../src-shared/contract/queries.ts';
import type { Row } from '../cache/support/pages.ts';
import { tempCache } from '../cache/support/temp-cache.ts';
import { inScope, rowidsOf, sortedIds, walkPages } from './support/reference.ts';
import { FIXTURE_TYPES, FIXTURE_YEARS, loadUnit, makeUnit } from './support/unit-fixture.ts';

const unit = makeUnit();
let cache: Cache & { dispose(): Promise<void> };
let rowids: Map<string, number>;
const staffById = new Map(unit.staff.map((person) => [person.id as string, person]));

beforeAll(async () => {
  cache = await tempCache('queries-declarations');
  loadUnit(cache, unit);
  rowids = rowidsOf(cache, 'declarations');
});
afterAll(() => cache.dispose());

const SEARCHES = [
  '王',
  '𠮷',
  '欧阳',
  '祥明',
  '王𠮷',
  '𠮷祥明',
  '欧阳小红',
  'x',
  'X',
  '4101',
  '0101',
  '1980',
  '"',
  '%',
  '_',
  ' 李 ',
];
const DEPARTMENTS = ['d0', 'd1-2', 'd2-0-1', 'no-such-department'];

const instant = fc
  .record({
    year: fc.constantFrom(...FIXTURE_YEARS),
    month: fc.integer({ min: 1, max: 9 }),
    day: fc.integer({ min: 9, max: 13 }),
  })
  .map(({ year, month, day }) => `${year}-0${month}-${String(day).padStart(2, '0')}T08:00:00+08:00`);

/** Each filter is left out three times in four, so that many combinations still match rows. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 });

const filters = fc.record({
  status: sometimes(fc.constantFrom(...declarationStatuses)),
  year: sometimes(fc.constantFrom(...FIXTURE_YEARS, 2030)),
  typeCode: sometimes(fc.constantFrom(...FIXTURE_TYPES.map((type) => type.code), 'award')),
  category: sometimes(fc.constantFrom('public' as const, 'professional' as const)),
  departmentId: sometimes(fc.constantFrom(...DEPARTMENTS)),
  search: sometimes(fc.constantFrom(...SEARCHES)),
  submittedFrom: sometimes(instant),
  submittedTo: sometimes(instant),
});

type Filters = Omit<DeclarationListInput, 'after' | 'limit' | 'withTotal' | 'sort' | 'order'>;

function expected(filter: Filters): Row[] {
  return unit.declarations.filter(
    (row) =>
      (filter.status === undefined || row.status === filter.status) &&
      (filter.year === undefined || row.year === filter.year) &&
      (filter.typeCode === undefined || row.type_code === filter.typeCode) &&
      (filter.category === undefined || row.category === filter.category) &&
      (filter.submittedFrom === undefined ||
        Date.parse(row.submitted_at as string) >= Date.parse(filter.submittedFrom)) &&
      (filter.submittedTo === undefined ||
        Date.parse(row.submitted_at as string) < Date.parse(filter.submittedTo)) &&
      inScope(unit, staffById.get(row.staff_id as string), filter),
  );
}

describe('declaration list', () => {
  it('runs both plans on this fixture: through the people of a leaf, along the partitions of a root', async () => {
    const plan = async (filter: { departmentId: string; status?: 'approved'; year?: number }) =>
      planFor(cache.db, filter, await partitionsOf(cache.db, filter), 51);
    expect(await plan({ departmentId: 'd2-0-1' })).toBe('people');
    expect(await plan({ departmentId: 'd0', status: 'approved', year: 2025 })).toBe('partitions');
  });

  it('pages through exactly the filtered declarations, in sort order, for any filter and sort', async () => {
    const sizes: number[] = [];
    await fc.assert(
      fc.asyncProperty(
        filters,
        fc.constantFrom('submittedAt' as const, 'hours' as const),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 1, max: 200 }),
        async (filter, sort, order, wanted) => {
          const rows = expected(filter);
          sizes.push(rows.length);
          const ids = sortedIds(rows, sort === 'hours' ? 'hours' : 'submitted_at', order, rowids);
          const limit = Math.min(200, Math.max(wanted, Math.ceil(ids.length / 25)));
          const listed = await walkPages(
            async (after) =>
              listDeclarations(
                cache.db,
                declarationListInputSchema.parse({ ...filter, sort, order, limit, after }),
              ),
            limit,
          );
          expect(listed.map((row) => row.id)).toEqual(ids);
          const first = await listDeclarations(
            cache.db,
            declarationListInputSchema.parse({ ...filter, sort, order, limit, withTotal: true }),
          );
          expect(first.total).toBe(ids.length);
        },
      ),
      { numRuns: 150 },
    );
    // Most runs list something, and some list a lot.
    expect(sizes.filter((size) => size > 0).length).toBeGreaterThan(sizes.length / 2);
    expect(Math.max(...sizes)).toBeGreaterThan(1_000);
  }, 60_000);

  it('walks the partitions for a wide scope in one status and year', async () => {
    const plans = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        filters,
        fc.constantFrom({ departmentId: 'd0' }, { departmentId: 'd1' }, { search: '4101' }, { search: '王' }),
        fc.constantFrom(...declarationStatuses),
        fc.constantFrom(...FIXTURE_YEARS),
        fc.constantFrom('submittedAt' as const, 'hours' as const),
        fc.integer({ min: 1, max: 60 }),
        async (other, scope, status, year, sort, limit) => {
          const filter = { ...other, departmentId: undefined, search: undefined, ...scope, status, year };
          plans.add(
            await planFor(
              cache.db,
              filter,
              await partitionsOf(cache.db, declarationFilterOf(filter)),
              limit + 1,
            ),
          );
          const ids = sortedIds(
            expected(filter),
            sort === 'hours' ? 'hours' : 'submitted_at',
            'desc',
            rowids,
          );
          const listed = await walkPages(
            (after) =>
              listDeclarations(cache.db, declarationListInputSchema.parse({ ...filter, sort, limit, after })),
            limit,
          );
          expect(listed.map((row) => row.id)).toEqual(ids);
        },
      ),
      { numRuns: 40 },
    );
    expect(plans).toContain('partitions');
  });

  it('counts each status for the tab badges under any filter', async () => {
    await fc.assert(
      fc.asyncProperty(filters, async ({ status: _status, ...filter }) => {
        const rows = expected(filter);
        const counts = await declarationCounts(cache.db, declarationCountsInputSchema.parse(filter));
        expect(counts).toEqual({
          pending: rows.filter((row) => row.status === 'pending').length,
          approved: rows.filter((row) => row.status === 'approved').length,
          rejected: rows.filter((row) => row.status === 'rejected').length,
          withdrawn: rows.filter((row) => row.status === 'withdrawn').length,
          all: rows.length,
        });
      }),
      { numRuns: 120 },
    );
  });

  it('fills each row from the declaration, its author, department and type', async () => {
    const { rows } = await listDeclarations(cache.db, declarationListInputSchema.parse({ limit: 200 }));
    const departments = new Map(unit.departments.map((department) => [department.id, department.name]));
    for (const row of rows) {
      const source = unit.declarations.find((declaration) => declaration.id === row.id)!;
      const author = staffById.get(source.staff_id as string)!;
      expect(row).toEqual({
        id: source.id,
        staffId: author.id,
        staffName: author.name,
        staffIdNumber: author.id_number,
        departmentName: author.department_id === null ? null : departments.get(author.department_id),
        typeCode: source.type_code,
        typeName: expect.any(String),
        category: source.category,
        year: source.year,
        title: source.title,
        hours: source.hours,
        status: source.status,
        source: 'staff',
        submittedAt: source.submitted_at,
        waiting: false,
      });
    }
    expect(rows.find((row) => row.typeCode === 'patent')?.typeName).toBe('专利');
  });

  it('finds names by one or two characters, including a character outside the BMP', async () => {
    const names = async (search: string) => {
      const { rows } = await listDeclarations(
        cache.db,
        declarationListInputSchema.parse({ search, limit: 200 }),
      );
      return new Set(rows.map((row) => row.staffName));
    };
    for (const name of await names('𠮷')) expect(name).toContain('𠮷');
    for (const name of await names('𠮷祥')) expect(name).toContain('𠮷祥');
    expect(await names('𠮷')).not.toEqual(new Set());
    expect(await names('𠮷祥')).not.toEqual(new Set());
  });

  it('refuses a cursor it did not make, or one made for another sort', async () => {
    const args = (after: string, sort: 'hours' | 'submittedAt' = 'submittedAt') =>
      declarationListInputSchema.parse({ after, sort, limit: 5 });
    await expect(listDeclarations(cache.db, args('garbage'))).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    const { nextCursor } = await listDeclarations(cache.db, declarationListInputSchema.parse({ limit: 5 }));
    await expect(listDeclarations(cache.db, args(nextCursor!, 'hours'))).rejects.toThrow('列表位置已失效');
  });
});
