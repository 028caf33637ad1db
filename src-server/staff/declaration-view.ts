import { ceTypeByCode } from '../../src-shared/domain/ce-types.ts';
import type { Row } from '../db/schema.ts';

/** A row of the declaration list (查看继续教育信息). */
export interface DeclarationSummary {
  id: string;
  typeCode: string;
  typeName: string;
  category: 'public' | 'professional';
  year: number;
  title: string;
  hours: number;
  status: string;
  rejectReason: string | null;
  source: 'staff' | 'unit';
  submittedAt: string;
  decidedAt: string | null;
}

export interface AttachmentLink {
  id: string;
  mediaType: string | null;
  size: number | null;
  /** Served by the attachments route to the unit's administrators and the staff member it belongs to. */
  url: string;
}

/** Everything the 详细 page shows. */
export interface DeclarationDetail extends DeclarationSummary {
  fields: Record<string, unknown>;
  remarks: string;
  attachment: AttachmentLink | null;
  version: number;
}

export function toSummary(row: Row<'declarations'>): DeclarationSummary {
  return {
    id: row.id,
    typeCode: row.type_code,
    typeName: ceTypeByCode(row.type_code)?.name ?? row.type_code,
    category: row.category,
    year: row.year,
    title: row.title,
    hours: row.hours,
    status: row.status,
    rejectReason: row.reject_reason,
    source: row.source,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
  };
}

function attachmentLink(row: Row<'declarations'>): AttachmentLink | null {
  if (row.attachment_id === null) return null;
  return {
    id: row.attachment_id,
    mediaType: row.attachment_media_type,
    size: row.attachment_size,
    url: `/api/v1/attachments/${row.attachment_id}`,
  };
}

export function toDetail(row: Row<'declarations'>): DeclarationDetail {
  return {
    ...toSummary(row),
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    remarks: row.remarks,
    attachment: attachmentLink(row),
    version: row.version,
  };
}
