import { ceTypes, type CeTypeCode } from '../../src-shared/domain/ce-types.ts';
import type { NewRow } from '../db/schema.ts';
import type { AttachmentRef } from './attachment-rows.ts';
import { randomContent } from './declaration-content.ts';
import {
  DECLARATION_STATUSES,
  declarationRow,
  randomDeclarationStatus,
  unitDeclarationRows,
} from './declaration-rows.ts';
import type { DemoUnit } from './demo-units.ts';
import type { Prng } from './prng.ts';
import { CURRENT_YEAR, SEED_YEARS } from './seed-calendar.ts';
import { sectorProfiles, type SectorProfile } from './sector-profiles.ts';
import { declarableYears } from './staff-rows.ts';
import { activityContent } from './unit-activities.ts';

/** Professional declaration types by how often people declare them. */
export const PROFESSIONAL_TYPES: readonly (readonly [CeTypeCode, number])[] = [
  ['training', 20],
  ['industry_training', 14],
  ['conference', 12],
  ['base_training', 8],
  ['publication', 8],
  ['project', 5],
  ['degree_education', 4],
  ['qualification_exam', 4],
  ['patent', 3],
  ['award', 3],
  ['grassroots_service', 2],
  ['research_report', 2],
  ['assistance', 1],
];

export interface UnitParties {
  unitId: string;
  adminId: string;
  proofs: readonly AttachmentRef[];
}

/** A staff member's own declarations: each year, a few 公需 courses and a few professional activities. */
export function personalDeclarations(
  rng: Prng,
  staff: NewRow<'staff'>,
  profile: SectorProfile,
  parties: UnitParties,
): NewRow<'declarations'>[] {
  const rows: NewRow<'declarations'>[] = [];
  for (const year of declarableYears(staff, SEED_YEARS)) {
    const types: CeTypeCode[] = [
      ...Array<CeTypeCode>(rng.int(1, 3)).fill('public_course'),
      ...Array.from({ length: rng.int(1, 3) }, () => rng.weighted(PROFESSIONAL_TYPES)),
    ];
    for (const typeCode of types) {
      const content = randomContent(rng, typeCode, year, profile);
      const attachment = rng.pick(parties.proofs);
      rows.push(
        declarationRow(
          rng,
          content,
          { ...parties, staffId: staff.id, attachment },
          randomDeclarationStatus(rng, year),
        ),
      );
    }
  }
  return rows;
}

/** One declaration of every CE type in every status, so the demo shows them all. */
export function everyTypeAndStatus(
  rng: Prng,
  approved: readonly NewRow<'staff'>[],
  profile: SectorProfile,
  parties: UnitParties,
): NewRow<'declarations'>[] {
  return ceTypes.flatMap((type, typeIndex) =>
    DECLARATION_STATUSES.map((status, statusIndex) => {
      const staff = approved[(typeIndex * DECLARATION_STATUSES.length + statusIndex) % approved.length]!;
      const year = status === 'pending' ? CURRENT_YEAR : rng.pick(declarableYears(staff, SEED_YEARS));
      const content = randomContent(rng, type.code, year, profile);
      const attachment = rng.pick(parties.proofs);
      return declarationRow(rng, content, { ...parties, staffId: staff.id, attachment }, status);
    }),
  );
}

/** The unit's own activity in the last two years, declared for most of its staff. */
export function activityDeclarations(
  rng: Prng,
  spec: DemoUnit,
  approved: readonly NewRow<'staff'>[],
  parties: UnitParties,
): NewRow<'declarations'>[] {
  if (!spec.activity) return [];
  const profile = sectorProfiles[spec.sector];
  return [CURRENT_YEAR - 1, CURRENT_YEAR].flatMap((year) => {
    const content = activityContent(rng, spec.activity!, year, { name: spec.name, profile });
    const attendees = approved.filter(
      (staff) => declarableYears(staff, [year]).length > 0 && rng.chance(0.6),
    );
    const attachment = rng.pick(parties.proofs);
    return unitDeclarationRows(
      rng,
      content,
      { unitId: parties.unitId, adminId: parties.adminId, attachment },
      attendees.map((s) => s.id),
    );
  });
}
