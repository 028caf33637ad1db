import type { Kysely } from 'kysely';
import type { ByIdArgs, StaffDetail } from '../../../src-shared/contract/queries.ts';
import { summarizeHours } from '../../../src-shared/domain/hours.ts';
import { CallFailure } from '../api/call-failure.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { declarationRowQuery, toDeclarationRow } from './declaration-rows.ts';
import { staffRowQuery, toStaffRow } from './staff-rows.ts';
import { readRequirements, requirementOut } from './year-hours.ts';

/** One person (人员详情): the record, every declaration, newest first, and the hours of each year. */
export async function staffDetail(db: Kysely<CacheSchema>, { id }: ByIdArgs): Promise<StaffDetail> {
  const [person, declarations, requirements] = await Promise.all([
    staffRowQuery(db)
      .select([
        'staff.birth_date',
        'staff.ethnicity',
        'staff.native_place',
        'staff.school',
        'staff.major',
        'staff.email',
        'staff.reject_reason',
        'staff.decided_at',
        'staff.left_at',
        'staff.version',
      ])
      .where('staff.id', '=', id)
      .executeTakeFirst(),
    declarationRowQuery(db)
      .where('declarations.staff_id', '=', id)
      .orderBy('declarations.submitted_at', 'desc')
      .orderBy('declarations.id', 'desc')
      .execute(),
    readRequirements(db),
  ]);
  if (!person) throw new CallFailure('NOT_FOUND', '人员不存在');
  const hours = summarizeHours(declarations, requirements).map((summary) => ({
    ...summary,
    requirement: requirementOut(summary.requirement),
  }));
  return {
    staff: {
      ...toStaffRow(person),
      birthDate: person.birth_date,
      ethnicity: person.ethnicity,
      nativePlace: person.native_place,
      school: person.school,
      major: person.major,
      email: person.email,
      rejectReason: person.reject_reason,
      decidedAt: person.decided_at,
      leftAt: person.left_at,
      version: person.version,
    },
    declarations: declarations.map(toDeclarationRow),
    hours,
  };
}
