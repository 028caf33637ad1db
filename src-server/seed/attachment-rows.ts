import { createHash } from 'node:crypto';
import type { NewRow } from '../db/schema.ts';
import type { Prng } from './prng.ts';
import type { SampleFile } from './sample-files.ts';

/** What a declaration copies from its attachment. */
export interface AttachmentRef {
  id: string;
  mediaType: string;
  size: number;
}

export interface AttachmentUploader {
  unitId: string;
  uploadedBy: string;
  createdAt: string;
}

/** One stored file; many declarations of the unit may point at it. */
export function attachmentRow(
  rng: Prng,
  file: SampleFile,
  uploader: AttachmentUploader,
): NewRow<'attachments'> {
  return {
    id: rng.uuid(),
    unit_id: uploader.unitId,
    uploaded_by: uploader.uploadedBy,
    file_name: file.fileName,
    media_type: file.mediaType,
    size: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content,
    created_at: uploader.createdAt,
  };
}

export function refOf(row: NewRow<'attachments'>): AttachmentRef {
  return { id: row.id, mediaType: row.media_type, size: row.size };
}
