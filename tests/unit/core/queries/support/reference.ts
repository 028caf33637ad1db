import type { Cache } from '../../../../../src-main/core/cache/open-cache.ts';
import type { Row } from '../../cache/support/pages.ts';
import type { UnitFixture } from './unit-fixture.ts';

/** Plain-JavaScript answers to compare the queries with: filter everything, then sort. */

export function subtreeOf(departments: readonly Row[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  for (let grown = true; grown;) {
    grown = false;
    for (const department of departments) {
      if (ids.has(department.parent_id as string) && !ids.has(department.id as string)) {
        ids.add(department.id as string);
        grown = true;
      }
    }
  }
  return ids;
}

export function matchesSearch(person: Row, text: string | undefined): boolean {
  const needle = text?.trim().toLowerCase();
  if (!needle) return true;
  return (
    (person.name as string).toLowerCase().includes(needle) ||
    (person.id_number as string).toLowerCase().includes(needle)
  );
}

export function inScope(
  unit: UnitFixture,
  person: Row | undefined,
  scope: { departmentId?: string; search?: string },
): boolean {
  if (!scope.departmentId && !scope.search?.trim()) return true;
  if (!person) return false;
  if (
    scope.departmentId &&
    !subtreeOf(unit.departments, scope.departmentId).has(person.department_id as string)
  ) {
    return false;
  }
  return matchesSearch(person, scope.search);
}

export function rowidsOf(cache: Cache, table: 'declarations' | 'staff'): Map<string, number> {
  const rows = cache.sqlite.prepare(`select id, rowid from ${table}`).all() as {
    id: string;
    rowid: number;
  }[];
  return new Map(rows.map((row) => [row.id, row.rowid]));
}

/** Sorts by a column, then by rowid, in one direction, as keyset pages do. */
export function sortedIds(
  rows: readonly Row[],
  column: string,
  order: 'asc' | 'desc',
  rowids: ReadonlyMap<string, number>,
): string[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [a[column] as string | number, b[column] as string | number];
      if (x !== y) return (x < y ? -1 : 1) * sign;
      return (rowids.get(a.id as string)! - rowids.get(b.id as string)!) * sign;
    })
    .map((row) => row.id as string);
}

/** Walks every page of a list with its cursors and returns the rows in order. */
export async function walkPages<R>(
  fetch: (after: string | undefined) => Promise<{ rows: R[]; nextCursor: string | null }>,
  limit: number,
): Promise<R[]> {
  const all: R[] = [];
  let after: string | undefined;
  for (let pages = 0; ; pages++) {
    if (pages > 1_000) throw new Error('too many pages');
    const page = await fetch(after);
    if (page.rows.length > limit) throw new Error(`page of ${page.rows.length} rows, limit ${limit}`);
    all.push(...page.rows);
    if (page.nextCursor === null) return all;
    if (page.rows.length !== limit) throw new Error('a page before the last one is short');
    after = page.nextCursor;
  }
}
