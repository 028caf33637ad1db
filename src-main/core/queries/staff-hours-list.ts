import { expressionBuilder, sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { StaffHoursArgs, StaffHoursList } from '../../../src-shared/contract/queries.ts';
import { requirementFor, type HourRequirement } from '../../../src-shared/domain/hours.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { departmentSubtree } from './department-subtree.ts';
import { decodeCursor, pageOf } from './page-cursor.ts';
import { staffMatches } from './staff-search.ts';
import { waitingOn } from './waiting.ts';
import { readRequirements, requirementOut, yearHoursOf } from './year-hours.ts';

/** The hours list (学时统计): approved people in name order with their hours for a year. */
export async function listStaffHours(db: Kysely<CacheSchema>, args: StaffHoursArgs): Promise<StaffHoursList> {
  const sortKey = `staffHours:${args.year}`;
  const after = decodeCursor(sortKey, args.after);
  const requirements = await readRequirements(db);
  const requirement = requirementFor(args.year, requirements);
  const fetched = await db
    .selectFrom('staff')
    .leftJoin('departments', 'departments.id', 'staff.department_id')
    .leftJoin('approved_hours', (join) =>
      join.onRef('approved_hours.staff_id', '=', 'staff.id').on('approved_hours.year', '=', args.year),
    )
    .select([
      sql<number>`staff.rowid`.as('rowid'),
      'staff.id',
      'staff.name',
      'staff.id_number',
      'departments.name as department_name',
      'approved_hours.public_hours',
      'approved_hours.professional_hours',
      waitingOn('staff', 'staff.id').as('waiting'),
    ])
    .where(listed(db, args, requirement))
    .$if(after !== undefined, (qb) =>
      qb.where(sql<SqlBool>`(staff.name, staff.rowid) > (${after!.value}, ${after!.rowid})`),
    )
    .orderBy('staff.name')
    .orderBy(sql`staff.rowid`)
    .limit(args.limit + 1)
    .execute();
  const page = pageOf(fetched, args.limit, sortKey, (row) => ({ value: row.name, rowid: row.rowid }));
  const rows = page.rows.map((row) => {
    const {
      year: _year,
      requirement: _requirement,
      ...hours
    } = yearHoursOf(
      args.year,
      { publicHours: row.public_hours ?? 0, professionalHours: row.professional_hours ?? 0 },
      requirements,
    );
    return {
      staffId: row.id,
      name: row.name,
      idNumber: row.id_number,
      departmentName: row.department_name,
      ...hours,
      waiting: Boolean(row.waiting),
    };
  });
  const list = { rows, nextCursor: page.nextCursor, requirement: requirementOut(requirement) };
  if (!args.withTotal) return list;
  const { total } = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where(listed(db, args, requirement))
    .executeTakeFirstOrThrow();
  return { ...list, total };
}

/**
 * Approved people in scope, and, with the met filter, those who (did not) meet the requirement.
 * Only the staff table is referenced, so the name index answers it and the page's rows alone are
 * joined to their hours.
 */
function listed(
  db: Kysely<CacheSchema>,
  args: StaffHoursArgs,
  requirement: HourRequirement | undefined,
): Expression<SqlBool> {
  const eb = expressionBuilder<CacheSchema, 'staff'>();
  const conditions: Expression<SqlBool>[] = [eb('staff.status', '=', 'approved')];
  if (args.departmentId !== undefined) {
    conditions.push(eb('staff.department_id', 'in', departmentSubtree(db, args.departmentId)));
  }
  if (args.search) conditions.push(staffMatches(args.search));
  if (args.met !== undefined) {
    const whoMet = metBy(db, args.year, requirement);
    conditions.push(args.met ? eb('staff.id', 'in', whoMet) : eb('staff.id', 'not in', whoMet));
  }
  return eb.and(conditions);
}

/**
 * The people who met a year's requirement: the met test of the shared hour rules (summarizeYear),
 * in SQL so that the filter pages like the rest. A year without a requirement is never met; a
 * person without approved hours has none, which never meets a requirement.
 */
function metBy(db: Kysely<CacheSchema>, year: number, requirement: HourRequirement | undefined) {
  return db
    .selectFrom('approved_hours')
    .select('approved_hours.staff_id')
    .where('approved_hours.year', '=', year)
    .where((eb) =>
      requirement === undefined
        ? eb.lit(false)
        : eb.and([
            eb('approved_hours.public_hours', '>=', requirement.publicMinHours),
            eb('approved_hours.professional_hours', '>=', requirement.professionalMinHours),
            eb(
              eb('approved_hours.public_hours', '+', eb.ref('approved_hours.professional_hours')),
              '>=',
              requirement.totalHours,
            ),
          ]),
    );
}
