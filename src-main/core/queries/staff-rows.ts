import { sql, type Kysely } from 'kysely';
import type { StaffRow } from '../../../src-shared/contract/queries.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { waitingOn } from './waiting.ts';

/** Staff with their department's name, as list rows. */
export function staffRowQuery(db: Kysely<CacheSchema>) {
  return db
    .selectFrom('staff')
    .leftJoin('departments', 'departments.id', 'staff.department_id')
    .select([
      sql<number>`staff.rowid`.as('rowid'),
      'staff.id',
      'staff.name',
      'staff.id_number',
      'staff.gender',
      'staff.department_id',
      'departments.name as department_name',
      'staff.education',
      'staff.title_level',
      'staff.title_name',
      'staff.phone',
      'staff.status',
      'staff.registered_at',
      waitingOn('staff', 'staff.id').as('waiting'),
    ]);
}

type Fetched = Awaited<ReturnType<ReturnType<typeof staffRowQuery>['execute']>>[number];

export function toStaffRow(row: Fetched): StaffRow {
  return {
    id: row.id,
    name: row.name,
    idNumber: row.id_number,
    gender: row.gender,
    departmentId: row.department_id,
    departmentName: row.department_name,
    education: row.education,
    titleLevel: row.title_level,
    titleName: row.title_name,
    phone: row.phone,
    status: row.status,
    registeredAt: row.registered_at,
    waiting: Boolean(row.waiting),
  };
}
