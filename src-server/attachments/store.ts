import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema.ts';
import { fieldError } from '../http/http-error.ts';
import { ATTACHMENT_UPLOAD_LIMIT_BYTES } from '../http/limits.ts';
import { sniffAttachment, type AttachmentKind } from './sniff.ts';

export interface StoredAttachment {
  id: string;
  mediaType: string;
  size: number;
}

export interface AttachmentUpload {
  field: string;
  fileName: string;
  content: Uint8Array;
  allowed: readonly AttachmentKind[];
  unitId: string | null;
  uploadedBy: string;
  now: Date;
}

const KIND_LABELS: Record<AttachmentKind, string> = { jpg: 'JPG', png: 'PNG', pdf: 'PDF', zip: 'ZIP' };

/** Checks an upload by its content and size, then stores it; call inside the owning transaction. */
export async function storeAttachment(
  db: Kysely<ServerDatabase>,
  upload: AttachmentUpload,
): Promise<StoredAttachment> {
  const { content, field } = upload;
  if (content.length === 0) throw fieldError(field, '文件为空');
  if (content.length > ATTACHMENT_UPLOAD_LIMIT_BYTES) throw fieldError(field, '文件不能超过 10MB');
  const sniffed = sniffAttachment(content);
  if (!sniffed || !upload.allowed.includes(sniffed.kind)) {
    const allowed = upload.allowed.map((kind) => KIND_LABELS[kind]).join('、');
    throw fieldError(field, `文件格式不正确，只能上传 ${allowed} 文件（按文件内容识别）`);
  }
  const id = randomUUID();
  await db
    .insertInto('attachments')
    .values({
      id,
      unit_id: upload.unitId,
      uploaded_by: upload.uploadedBy,
      file_name: cleanFileName(upload.fileName),
      media_type: sniffed.mediaType,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      created_at: upload.now.toISOString(),
    })
    .execute();
  return { id, mediaType: sniffed.mediaType, size: content.length };
}

/** Names come from the user's disk: drop control characters and cut by characters, not UTF-16 units. */
function cleanFileName(name: string): string {
  const printable = name.replace(/[\p{Cc}]/gu, '').trim();
  return [...printable].slice(0, 200).join('') || '附件';
}
