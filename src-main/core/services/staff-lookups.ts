import type { Kysely } from 'kysely';
import {
  QUERY_PAGE_MAX,
  STAFF_EXPORT_MAX_ROWS,
  type StaffByIdNumbers,
  type StaffExport,
  type StaffListArgs,
  type StaffRow,
} from '../../../src-shared/contract/index.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { listStaff } from '../queries/index.ts';
import { staffRowQuery, toStaffRow } from '../queries/staff-rows.ts';

/** Every row matching a staff list's filters, page by page, for an Excel export. */
export async function exportStaffRows(
  db: Kysely<CacheSchema>,
  filters: Omit<StaffListArgs, 'after' | 'limit' | 'withTotal'>,
): Promise<StaffExport> {
  const rows: StaffRow[] = [];
  let after: string | undefined;
  do {
    const page = await listStaff(db, { ...filters, after, limit: QUERY_PAGE_MAX, withTotal: false });
    rows.push(...page.rows);
    after = page.nextCursor ?? undefined;
  } while (after !== undefined && rows.length < STAFF_EXPORT_MAX_ROWS);
  return { rows: rows.slice(0, STAFF_EXPORT_MAX_ROWS), truncated: after !== undefined };
}

/** 999 is SQLite's oldest limit of bound parameters. */
const CHUNK = 900;

/** The unit's approved staff with the ID numbers of an imported list, in the list's order. */
export async function findStaffByIdNumbers(
  db: Kysely<CacheSchema>,
  idNumbers: readonly string[],
): Promise<StaffByIdNumbers> {
  const wanted = [...new Set(idNumbers.map((value) => value.toUpperCase()))];
  const byIdNumber = new Map<string, StaffRow>();
  for (let start = 0; start < wanted.length; start += CHUNK) {
    const rows = await staffRowQuery(db)
      .where('staff.status', '=', 'approved')
      .where('staff.id_number', 'in', wanted.slice(start, start + CHUNK))
      .execute();
    for (const row of rows) byIdNumber.set(row.id_number, toStaffRow(row));
  }
  return {
    found: wanted.flatMap((idNumber) => byIdNumber.get(idNumber) ?? []),
    missing: idNumbers.filter((idNumber) => !byIdNumber.has(idNumber.toUpperCase())),
  };
}
