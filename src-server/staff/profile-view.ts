import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema.ts';
import { notFound } from '../http/http-error.ts';

/** What a staff member sees of themselves: everything but secrets and review bookkeeping. */
export interface StaffProfile {
  id: string;
  idNumber: string;
  name: string;
  unitId: string;
  unitName: string;
  departmentId: string | null;
  departmentName: string | null;
  gender: string;
  birthDate: string;
  ethnicity: string;
  nativePlace: string;
  school: string;
  major: string;
  education: string;
  titleLevel: string;
  titleName: string;
  phone: string;
  email: string;
  status: string;
  registeredAt: string;
  version: number;
}

export async function loadProfile(db: Kysely<ServerDatabase>, staffId: string): Promise<StaffProfile> {
  const row = await db
    .selectFrom('staff')
    .innerJoin('units', 'units.id', 'staff.unit_id')
    .leftJoin('departments', 'departments.id', 'staff.department_id')
    .selectAll('staff')
    .select(['units.name as unit_name', 'departments.name as department_name'])
    .where('staff.id', '=', staffId)
    .executeTakeFirst();
  if (!row) throw notFound('人员信息不存在');
  return {
    id: row.id,
    idNumber: row.id_number,
    name: row.name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    gender: row.gender,
    birthDate: row.birth_date,
    ethnicity: row.ethnicity,
    nativePlace: row.native_place,
    school: row.school,
    major: row.major,
    education: row.education,
    titleLevel: row.title_level,
    titleName: row.title_name,
    phone: row.phone,
    email: row.email,
    status: row.status,
    registeredAt: row.registered_at,
    version: row.version,
  };
}
