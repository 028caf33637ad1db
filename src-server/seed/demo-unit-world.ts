import type { NewRow, StaffStatus } from '../db/schema.ts';
import { attachmentRow, refOf } from './attachment-rows.ts';
import { certificateRows } from './certificate-rows.ts';
import { RARE_NAME_CHARACTERS } from './chinese-names.ts';
import {
  activityDeclarations,
  everyTypeAndStatus,
  personalDeclarations,
  type UnitParties,
} from './demo-declarations.ts';
import type { DemoUnit } from './demo-units.ts';
import { departmentRows } from './department-rows.ts';
import { makePerson, type IdNumberRegistry, type Person } from './people.ts';
import type { Prng } from './prng.ts';
import { samplePdf, samplePng } from './sample-files.ts';
import type { SeedBatch } from './seed-batch.ts';
import { CURRENT_YEAR, SEED_YEARS } from './seed-calendar.ts';
import { sectorProfiles } from './sector-profiles.ts';
import { staffRow, type StaffPlacement } from './staff-rows.ts';
import { unitRows, type SeededUnit } from './unit-rows.ts';

export interface DemoLogin {
  unitName: string;
  unitCode: string;
  unitStatus: string;
  adminIdNumber: string;
  subAdminIdNumber?: string;
  staffIdNumber?: string;
  staffName?: string;
}

export interface DemoUnitWorld {
  login: DemoLogin;
  /** Where a person who picked this unit by mistake registered (then withdrew); absent for unapproved units. */
  placement?: StaffPlacement;
  /** The most recently registered approved staff member, to play someone who first registered elsewhere. */
  rejoiner?: { person: Person; registeredAt: string };
}

export interface WorldContext {
  ids: IdNumberRegistry;
  passwordHash: string;
  batch: SeedBatch;
}

/** The first demo units have printed certificates. */
const UNITS_WITH_CERTIFICATES = 4;

/** Staff per status of a demo unit: the rest are approved. */
const STAFF_STATUS_COUNTS: readonly (readonly [StaffStatus, number])[] = [
  ['pending', 3],
  ['rejected', 2],
  ['left', 2],
];

function staffStatuses(count: number): StaffStatus[] {
  const others = STAFF_STATUS_COUNTS.flatMap(([status, n]) => Array<StaffStatus>(n).fill(status));
  return [...Array<StaffStatus>(Math.max(0, count - others.length)).fill('approved'), ...others];
}

function leafDepartments(rows: readonly NewRow<'departments'>[]): NewRow<'departments'>[] {
  const parents = new Set(rows.map((row) => row.parent_id));
  return rows.filter((row) => !parents.has(row.id));
}

function printCertificates(
  rng: Prng,
  unit: NewRow<'units'>,
  printer: { unitSerial: number; adminId: string },
  approved: readonly NewRow<'staff'>[],
  declarations: readonly NewRow<'declarations'>[],
  batch: SeedBatch,
): void {
  const people = approved
    .filter(() => rng.chance(0.6))
    .map((staff) => ({
      staffId: staff.id,
      declarations: declarations.filter((row) => row.staff_id === staff.id),
    }));
  const pastYears = SEED_YEARS.filter((year) => year < CURRENT_YEAR);
  const printed = certificateRows(rng, { ...printer, unit, clientId: rng.uuid() }, people, pastYears);
  batch.certificates.push(...printed.certificates);
  batch.certificate_leases.push(...printed.leases);
}

function registerUnit(rng: Prng, spec: DemoUnit, context: WorldContext) {
  const seeded = unitRows(rng, spec, context);
  const { batch } = context;
  batch.units.push(seeded.unit);
  batch.attachments.push(seeded.scan);
  batch.unit_admins.push(seeded.mainAdmin, ...(seeded.subAdmin ? [seeded.subAdmin] : []));
  const login: DemoLogin = {
    unitName: spec.name,
    unitCode: seeded.unit.code,
    unitStatus: spec.status,
    adminIdNumber: seeded.mainAdmin.id_number,
    ...(seeded.subAdmin ? { subAdminIdNumber: seeded.subAdmin.id_number } : {}),
  };
  return { ...seeded, login };
}

/** The unit's departments and the two proof files its declarations share. */
function furnishUnit(rng: Prng, spec: DemoUnit, seeded: SeededUnit, batch: SeedBatch) {
  const decidedAt = seeded.unit.decided_at!;
  const departments = departmentRows(rng, seeded.unit.id, sectorProfiles[spec.sector].departments, decidedAt);
  const uploader = { unitId: seeded.unit.id, uploadedBy: seeded.mainAdmin.id, createdAt: decidedAt };
  const proofs = [attachmentRow(rng, samplePng, uploader), attachmentRow(rng, samplePdf, uploader)];
  batch.departments.push(...departments);
  batch.attachments.push(...proofs);
  const parties: UnitParties = {
    unitId: seeded.unit.id,
    adminId: seeded.mainAdmin.id,
    proofs: proofs.map(refOf),
  };
  return { leaves: leafDepartments(departments), parties };
}

function latestApproved(
  people: readonly { person: Person; row: NewRow<'staff'> }[],
): DemoUnitWorld['rejoiner'] {
  const approved = people.filter((entry) => entry.row.status === 'approved');
  const latest = approved.reduce((a, b) => (b.row.registered_at > a.row.registered_at ? b : a));
  return { person: latest.person, registeredAt: latest.row.registered_at };
}

/**
 * A demo unit with everything in it: registration, administrators, departments, staff in every status
 * (the first unit's first staff carry the rare characters), declarations over the seed years,
 * unit-declared activities and, for the first units, printed certificates.
 */
export function buildDemoUnitWorld(
  rng: Prng,
  spec: DemoUnit,
  index: number,
  context: WorldContext,
): DemoUnitWorld {
  const seeded = registerUnit(rng, spec, context);
  if (spec.status !== 'approved' || spec.staffCount === 0) return { login: seeded.login };
  const { batch } = context;
  const { leaves, parties } = furnishUnit(rng, spec, seeded, batch);
  const placementOf = (): StaffPlacement => ({
    unitId: seeded.unit.id,
    departmentId: rng.pick(leaves).id,
    unitApprovedAt: Date.parse(seeded.unit.decided_at!),
    passwordHash: context.passwordHash,
  });
  const people = staffStatuses(spec.staffCount).map((status, i) => {
    const rareCount = RARE_NAME_CHARACTERS.length;
    const rare = index === 0 && i < rareCount ? i : rng.chance(0.03) ? rng.int(0, rareCount - 1) : undefined;
    const person = makePerson(rng, {
      regionCode: spec.regionCode,
      sector: spec.sector,
      ids: context.ids,
      rare,
    });
    return { person, row: staffRow(rng, person, placementOf(), status) };
  });
  const staff = people.map((entry) => entry.row);
  batch.staff.push(...staff);

  const profile = sectorProfiles[spec.sector];
  const approved = staff.filter((row) => row.status === 'approved');
  const declarations = [
    ...staff.flatMap((row) => personalDeclarations(rng, row, profile, parties)),
    ...(index === 0 ? everyTypeAndStatus(rng, approved, profile, parties) : []),
    ...activityDeclarations(rng, spec, approved, parties),
  ];
  batch.declarations.push(...declarations);
  if (index < UNITS_WITH_CERTIFICATES)
    printCertificates(
      rng,
      seeded.unit,
      { unitSerial: index + 1, adminId: parties.adminId },
      approved,
      declarations,
      batch,
    );

  const shown = approved[0]!;
  return {
    login: { ...seeded.login, staffIdNumber: shown.id_number, staffName: shown.name },
    placement: placementOf(),
    rejoiner: latestApproved(people),
  };
}
