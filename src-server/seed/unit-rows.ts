import { unitPermissionCodes } from '../../src-shared/domain/unit-permissions.ts';
import type { NewRow } from '../db/schema.ts';
import { attachmentRow } from './attachment-rows.ts';
import type { DemoUnit } from './demo-units.ts';
import { makeSocialCreditCode } from './identity-numbers.ts';
import { makePerson, type IdNumberRegistry, type Person } from './people.ts';
import type { Prng } from './prng.ts';
import { samplePdf } from './sample-files.ts';
import { dayIn, isoTime, officeTimeAfter } from './seed-calendar.ts';

export interface SeededUnit {
  unit: NewRow<'units'>;
  mainAdmin: NewRow<'unit_admins'>;
  subAdmin: NewRow<'unit_admins'> | undefined;
  /** The registration scan (组织机构代码证 or business licence). */
  scan: NewRow<'attachments'>;
  registeredAt: number;
}

export interface UnitContext {
  ids: IdNumberRegistry;
  passwordHash: string;
}

/** When the unit registered: long ago if approved, recently if still pending or just rejected. */
function registrationDay(rng: Prng, status: DemoUnit['status']): number {
  if (status === 'approved') return dayIn(rng, rng.int(2019, 2021));
  if (status === 'pending') return Date.UTC(2026, 10, rng.int(15, 19));
  return Date.UTC(2026, 9, rng.int(10, 25));
}

function unitCode(rng: Prng, spec: DemoUnit): Pick<NewRow<'units'>, 'code' | 'code_kind'> {
  const creditCode = makeSocialCreditCode(
    spec.codeCategory,
    spec.regionCode,
    rng.int(10_000_000, 99_999_999),
  );
  // Characters 9–17 of a social credit code are the unit's old organisation code.
  return spec.organizationCode
    ? { code: creditCode.slice(8, 17), code_kind: 'organizationCode' }
    : { code: creditCode, code_kind: 'socialCreditCode' };
}

function adminRow(
  rng: Prng,
  person: Person,
  unitId: string,
  role: 'admin' | 'sub',
  permissions: readonly string[],
  createdAt: string,
  passwordHash: string,
): NewRow<'unit_admins'> {
  return {
    id: rng.uuid(),
    unit_id: unitId,
    id_number: person.idNumber,
    name: person.name,
    phone: person.phone,
    email: person.email,
    password_hash: passwordHash,
    role,
    permissions: JSON.stringify(permissions),
    status: 'active',
    created_at: createdAt,
    deleted: 0,
    version: 1,
    seq: 0,
  };
}

/** The unit's registration: its row, its scan, the applicant as main administrator and maybe a sub-administrator. */
export function unitRows(rng: Prng, spec: DemoUnit, context: UnitContext): SeededUnit {
  const id = rng.uuid();
  const registeredAt = officeTimeAfter(rng, registrationDay(rng, spec.status), 0, 0);
  const registered = isoTime(registeredAt);
  const personOptions = { regionCode: spec.regionCode, sector: spec.sector, ids: context.ids };
  const applicant = makePerson(rng, personOptions);
  const mainAdmin = adminRow(
    rng,
    applicant,
    id,
    'admin',
    unitPermissionCodes,
    registered,
    context.passwordHash,
  );
  const subAdmin =
    spec.subAdminPermissions &&
    adminRow(
      rng,
      makePerson(rng, personOptions),
      id,
      'sub',
      spec.subAdminPermissions,
      isoTime(officeTimeAfter(rng, registeredAt, 30, 200)),
      context.passwordHash,
    );
  const scan = attachmentRow(rng, samplePdf, { unitId: id, uploadedBy: mainAdmin.id, createdAt: registered });
  const decided = spec.status === 'pending' ? null : isoTime(officeTimeAfter(rng, registeredAt, 1, 10));
  const unit: NewRow<'units'> = {
    id,
    ...unitCode(rng, spec),
    name: spec.name,
    region_code: spec.regionCode,
    nature_code: spec.natureCode,
    competent_department: spec.competentDepartment,
    hr_department_code: `HR${spec.regionCode}`,
    affiliation_code: spec.affiliationCode,
    level_code: spec.levelCode,
    industry_code: spec.industryCode,
    address: spec.address,
    contact_name: applicant.name,
    contact_phone: applicant.phone,
    status: spec.status,
    reject_reason: spec.rejectReason ?? null,
    scan_attachment_id: scan.id,
    registered_at: registered,
    decided_at: decided,
    version: spec.status === 'pending' ? 1 : 2,
    seq: 0,
  };
  return { unit, mainAdmin, subAdmin, scan, registeredAt };
}
