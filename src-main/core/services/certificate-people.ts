import type { Kysely } from 'kysely';
import {
  QUERY_PAGE_MAX,
  type CertificatePeople,
  type CertificatePerson,
  type StaffHoursList,
} from '../../../src-shared/contract/index.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { listStaffHours } from '../queries/index.ts';

export interface CertificatePeopleArgs {
  year: number;
  departmentId?: string | undefined;
  met?: boolean | undefined;
  staffIds?: string[] | undefined;
}

/** 证书打印: the people to print for, with their hours and the year's certificate if printed. */
export async function certificatePeople(
  db: Kysely<CacheSchema>,
  { year, departmentId, met, staffIds }: CertificatePeopleArgs,
): Promise<CertificatePeople> {
  const wanted = staffIds ? new Set(staffIds) : null;
  const printed = await printedCertificates(db, year);
  const rows: CertificatePerson[] = [];
  let page: StaffHoursList;
  let after: string | undefined;
  do {
    page = await listStaffHours(db, {
      year,
      departmentId,
      met,
      after,
      limit: QUERY_PAGE_MAX,
      withTotal: false,
    });
    for (const row of page.rows) {
      if (!wanted || wanted.has(row.staffId))
        rows.push({ ...row, certificate: printed.get(row.staffId) ?? null });
    }
    after = page.nextCursor ?? undefined;
  } while (after !== undefined);
  return { year, requirement: page.requirement, rows };
}

/** The latest certificate of the year per person. */
async function printedCertificates(db: Kysely<CacheSchema>, year: number) {
  const rows = await db
    .selectFrom('certificates')
    .select(['id', 'staff_id', 'number', 'printed_at'])
    .where('year', '=', year)
    .orderBy('printed_at')
    .execute();
  return new Map(
    rows.map((row) => [row.staff_id, { id: row.id, number: row.number, printedAt: row.printed_at }]),
  );
}
