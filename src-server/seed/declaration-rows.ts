import type { DeclarationStatus, NewRow } from '../db/schema.ts';
import type { AttachmentRef } from './attachment-rows.ts';
import type { DeclarationContent } from './declaration-content.ts';
import type { Prng } from './prng.ts';
import { CURRENT_YEAR, dayIn, isoTime, officeTimeAfter } from './seed-calendar.ts';

/** The typical reasons a unit sends a declaration back. */
const DECLARATION_REJECT_REASONS = ['扫描件不清晰', '学时超过上限', '不符合继续教育认定范围'];

export const DECLARATION_STATUSES: readonly DeclarationStatus[] = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
];

/** Older years are mostly decided; the current year still has much to review. */
export function randomDeclarationStatus(rng: Prng, year: number): DeclarationStatus {
  return year < CURRENT_YEAR
    ? rng.weighted([
        ['approved', 85],
        ['rejected', 7],
        ['withdrawn', 4],
        ['pending', 4],
      ] as const)
    : rng.weighted([
        ['approved', 45],
        ['pending', 40],
        ['rejected', 8],
        ['withdrawn', 7],
      ] as const);
}

export interface DeclarationParties {
  unitId: string;
  staffId: string;
  /** The administrator who decides it. */
  adminId: string;
  attachment: AttachmentRef;
}

/** A declaration a staff member submitted, in a status with its history (decision, reason). */
export function declarationRow(
  rng: Prng,
  content: DeclarationContent,
  parties: DeclarationParties,
  status: DeclarationStatus,
): NewRow<'declarations'> {
  const submittedAt = officeTimeAfter(rng, dayIn(rng, content.year), 0, 20);
  const decided = status === 'approved' || status === 'rejected';
  return {
    id: rng.uuid(),
    unit_id: parties.unitId,
    staff_id: parties.staffId,
    type_code: content.typeCode,
    category: content.category,
    year: content.year,
    title: content.title,
    hours: content.hours,
    fields: content.fields,
    remarks: content.remarks,
    attachment_id: parties.attachment.id,
    attachment_media_type: parties.attachment.mediaType,
    attachment_size: parties.attachment.size,
    status,
    reject_reason: status === 'rejected' ? rng.pick(DECLARATION_REJECT_REASONS) : null,
    source: 'staff',
    activity_id: null,
    submitted_at: isoTime(submittedAt),
    decided_at: decided ? isoTime(officeTimeAfter(rng, submittedAt, 1, 20)) : null,
    decided_by: decided ? parties.adminId : null,
    version: status === 'pending' ? 1 : 2,
    seq: 0,
  };
}

/** Declarations a unit made for many staff at once: approved as made, sharing one activity id. */
export function unitDeclarationRows(
  rng: Prng,
  content: DeclarationContent,
  parties: Omit<DeclarationParties, 'staffId'>,
  staffIds: readonly string[],
): NewRow<'declarations'>[] {
  const activityId = rng.uuid();
  const madeAt = isoTime(officeTimeAfter(rng, dayIn(rng, content.year), 1, 10));
  return staffIds.map((staffId) => ({
    ...declarationRow(rng, content, { ...parties, staffId }, 'approved'),
    source: 'unit',
    activity_id: activityId,
    submitted_at: madeAt,
    decided_at: madeAt,
  }));
}
