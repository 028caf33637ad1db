import type { Kysely } from 'kysely';
import type { YearHours } from '../../../src-shared/contract/queries.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { readRequirements, yearHoursOf } from './year-hours.ts';

export interface StaffYearHours {
  staffId: string;
  departmentId: string | null;
  hours: YearHours;
}

/** Every approved person's hours for a year, people without approved hours at zero. */
export async function summarizeStaffHours(db: Kysely<CacheSchema>, year: number): Promise<StaffYearHours[]> {
  const [requirements, rows] = await Promise.all([
    readRequirements(db),
    db
      .selectFrom('staff')
      .leftJoin('approved_hours', (join) =>
        join.onRef('approved_hours.staff_id', '=', 'staff.id').on('approved_hours.year', '=', year),
      )
      .select([
        'staff.id',
        'staff.department_id',
        'approved_hours.public_hours',
        'approved_hours.professional_hours',
      ])
      .where('staff.status', '=', 'approved')
      .execute(),
  ]);
  return rows.map((row) => ({
    staffId: row.id,
    departmentId: row.department_id,
    hours: yearHoursOf(
      year,
      { publicHours: row.public_hours ?? 0, professionalHours: row.professional_hours ?? 0 },
      requirements,
    ),
  }));
}
