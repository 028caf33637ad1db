import type { NewRow, StaffStatus } from '../db/schema.ts';
import type { Person } from './people.ts';
import type { Prng } from './prng.ts';
import { CURRENT_YEAR, dayIn, isoTime, officeTimeAfter } from './seed-calendar.ts';

const STAFF_REJECT_REASONS = [
  '所选部门有误，请重新注册',
  '非本单位在职专业技术人员',
  '个人信息与人事档案不符',
];

export interface StaffPlacement {
  unitId: string;
  departmentId: string;
  /** Staff register only with an approved unit. */
  unitApprovedAt: number;
  passwordHash: string;
}

/** The year of a registration: pending ones this year, approved ones mostly years ago. */
function registrationYear(rng: Prng, status: StaffStatus): number {
  if (status === 'pending') return CURRENT_YEAR;
  if (status === 'rejected' || status === 'withdrawn') return rng.int(2024, CURRENT_YEAR);
  if (status === 'left') return rng.int(2019, 2022);
  return rng.weighted([
    [2019, 4],
    [2020, 3],
    [2021, 3],
    [2022, 2],
    [2023, 1],
    [2024, 1],
  ] as const);
}

/** A registration in a given status, with a consistent history: registered, decided, maybe left. */
export function staffRow(
  rng: Prng,
  person: Person,
  placement: StaffPlacement,
  status: StaffStatus,
): NewRow<'staff'> {
  const year = registrationYear(rng, status);
  const day = status === 'pending' ? Date.UTC(CURRENT_YEAR, 10, rng.int(1, 18)) : dayIn(rng, year);
  const registeredAt = officeTimeAfter(rng, Math.max(placement.unitApprovedAt, day), 0, 0);
  const decided = status === 'approved' || status === 'left' || status === 'rejected';
  const decidedAt = decided ? officeTimeAfter(rng, registeredAt, 1, 10) : null;
  const leftAt =
    status === 'left' ? officeTimeAfter(rng, dayIn(rng, rng.int(2024, CURRENT_YEAR)), 0, 0) : null;
  return {
    id: rng.uuid(),
    unit_id: placement.unitId,
    department_id: placement.departmentId,
    id_number: person.idNumber,
    name: person.name,
    gender: person.gender,
    birth_date: person.birthDate,
    ethnicity: person.ethnicity,
    native_place: person.nativePlace,
    school: person.school,
    major: person.major,
    education: person.education,
    title_level: person.titleLevel,
    title_name: person.titleName,
    phone: person.phone,
    email: person.email,
    password_hash: placement.passwordHash,
    status,
    reject_reason: status === 'rejected' ? rng.pick(STAFF_REJECT_REASONS) : null,
    registered_at: isoTime(registeredAt),
    decided_at: decidedAt === null ? null : isoTime(decidedAt),
    left_at: leftAt === null ? null : isoTime(Math.max(leftAt, decidedAt ?? 0)),
    version: status === 'pending' ? 1 : status === 'left' ? 3 : 2,
    seq: 0,
  };
}

/** The years a staff member could declare for: from registration until leaving. */
export function declarableYears(row: NewRow<'staff'>, years: readonly number[]): number[] {
  if (row.status !== 'approved' && row.status !== 'left') return [];
  const first = Number(row.registered_at.slice(0, 4));
  const last = row.left_at ? Number(row.left_at.slice(0, 4)) : CURRENT_YEAR;
  return years.filter((year) => year >= first && year <= last);
}
