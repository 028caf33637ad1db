import { randomUUID } from 'node:crypto';
import { storeAttachment } from '../attachments/store.ts';
import type { ServerContext } from '../context.ts';
import type { Row } from '../db/schema.ts';
import { allocateSeq } from '../db/sequence.ts';
import { chinaYear } from './china-time.ts';
import { parseDeclarationData } from './declaration-input.ts';
import type { DeclarationUpload } from './declaration-upload.ts';
import { toDetail, type DeclarationDetail } from './declaration-view.ts';
import type { StaffCaller } from './staff-caller.ts';

/**
 * POST /me/declarations: a pending declaration (source 'staff') with its proof, stored in one
 * transaction; a refused attachment or data leaves nothing behind.
 */
export async function submitDeclaration(
  context: ServerContext,
  caller: StaffCaller,
  upload: DeclarationUpload,
): Promise<DeclarationDetail> {
  const now = context.now();
  const input = parseDeclarationData(upload.data, chinaYear(now));
  const row = await context.db.transaction().execute(async (trx) => {
    const attachment = await storeAttachment(trx, {
      field: 'attachment',
      fileName: upload.attachment.fileName,
      content: upload.attachment.content,
      allowed: ['jpg', 'png', 'pdf', 'zip'],
      unitId: caller.unitId,
      uploadedBy: caller.staffId,
      now,
    });
    const declaration: Row<'declarations'> = {
      id: randomUUID(),
      unit_id: caller.unitId,
      staff_id: caller.staffId,
      type_code: input.typeCode,
      category: input.category,
      year: input.year,
      title: input.title,
      hours: input.hours,
      fields: JSON.stringify(input.fields),
      remarks: input.remarks,
      attachment_id: attachment.id,
      attachment_media_type: attachment.mediaType,
      attachment_size: attachment.size,
      status: 'pending',
      reject_reason: null,
      source: 'staff',
      activity_id: null,
      submitted_at: now.toISOString(),
      decided_at: null,
      decided_by: null,
      version: 1,
      seq: await allocateSeq(trx),
    };
    await trx.insertInto('declarations').values(declaration).execute();
    return declaration;
  });
  return toDetail(row);
}
