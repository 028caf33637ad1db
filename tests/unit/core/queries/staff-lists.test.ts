import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../../../src-main/core/cache/open-cache.ts';
import { listRegistrations, listStaff } from '../../../../src-main/core/queries/index.ts';
import {
  registrationListInputSchema,
  staffListInputSchema,
  staffStatuses,
} from '../../../../src-shared/contract/queries.ts';
import { tempCache } from '../cache/support/temp-cache.ts';
import { inScope, rowidsOf, sortedIds, walkPages } from './support/reference.ts';
import { loadUnit, makeUnit } from './support/unit-fixture.ts';

const unit = makeUnit(11);
let cache: Cache & { dispose(): Promise<void> };
let rowids: Map<string, number>;

beforeAll(async () => {
  cache = await tempCache('queries-staff');
  loadUnit(cache, unit);
  rowids = rowidsOf(cache, 'staff');
});
afterAll(() => cache.dispose());

const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary, weight: 1 });
const scope = {
  departmentId: sometimes(fc.constantFrom('d0', 'd1-2', 'd2-0-1', 'd9')),
  search: sometimes(fc.constantFrom('王', '𠮷', '欧阳', '𠮷祥明', '祥明', 'x', '4101', '0101', '%')),
};

describe('staff list', () => {
  it('pages through exactly the matching people, in name or registration order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          ...scope,
          status: fc.constantFrom(...staffStatuses),
          titleLevel: sometimes(fc.constantFrom('1', '3', '9')),
          sort: fc.constantFrom('name' as const, 'registeredAt' as const),
          order: fc.constantFrom('asc' as const, 'desc' as const),
        }),
        fc.integer({ min: 1, max: 200 }),
        async (filter, wanted) => {
          const rows = unit.staff.filter(
            (person) =>
              person.status === filter.status &&
              (filter.titleLevel === undefined || person.title_level === filter.titleLevel) &&
              inScope(unit, person, filter),
          );
          const ids = sortedIds(
            rows,
            filter.sort === 'name' ? 'name' : 'registered_at',
            filter.order,
            rowids,
          );
          const limit = Math.min(200, Math.max(wanted, Math.ceil(ids.length / 20)));
          const listed = await walkPages(
            (after) => listStaff(cache.db, staffListInputSchema.parse({ ...filter, limit, after })),
            limit,
          );
          expect(listed.map((row) => row.id)).toEqual(ids);
          const { total } = await listStaff(
            cache.db,
            staffListInputSchema.parse({ ...filter, limit, withTotal: true }),
          );
          expect(total).toBe(ids.length);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('lists the pending registrations, oldest first by default', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ ...scope, order: sometimes(fc.constantFrom('asc' as const, 'desc' as const)) }),
        async (filter) => {
          const rows = unit.staff.filter(
            (person) => person.status === 'pending' && inScope(unit, person, filter),
          );
          const ids = sortedIds(rows, 'registered_at', filter.order ?? 'asc', rowids);
          const listed = await walkPages(
            (after) =>
              listRegistrations(cache.db, registrationListInputSchema.parse({ ...filter, limit: 7, after })),
            7,
          );
          expect(listed.map((row) => row.id)).toEqual(ids);
          expect(listed.every((row) => row.status === 'pending')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('fills each row from the person and their department', async () => {
    const { rows } = await listStaff(cache.db, staffListInputSchema.parse({ search: '欧阳', limit: 1 }));
    const person = unit.staff.find((candidate) => candidate.id === rows[0]!.id)!;
    const department = unit.departments.find((candidate) => candidate.id === person.department_id);
    expect(rows[0]).toEqual({
      id: person.id,
      name: person.name,
      idNumber: person.id_number,
      gender: '1',
      departmentId: person.department_id,
      departmentName: department?.name ?? null,
      education: '21',
      titleLevel: person.title_level,
      titleName: '主治医师',
      phone: '13800000000',
      status: 'approved',
      registeredAt: person.registered_at,
      waiting: false,
    });
  });
});
