import type { Caller } from '../auth/caller.ts';
import type { ServerContext } from '../context.ts';

/** A staff member sees the proofs of their own declarations. */
async function ownsDeclarationProof(context: ServerContext, staffId: string, attachmentId: string) {
  const row = await context.db
    .selectFrom('declarations')
    .select('id')
    .where('attachment_id', '=', attachmentId)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  return row !== undefined;
}

/** A unit's administrators see the proofs of its declarations and its own registration scan. */
async function unitHolds(context: ServerContext, unitId: string, attachmentId: string) {
  const declaration = await context.db
    .selectFrom('declarations')
    .select('id')
    .where('attachment_id', '=', attachmentId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  if (declaration) return true;
  const unit = await context.db
    .selectFrom('units')
    .select('id')
    .where('id', '=', unitId)
    .where('scan_attachment_id', '=', attachmentId)
    .executeTakeFirst();
  return unit !== undefined;
}

/** Whether the caller may read the attachment; decided from the rows that refer to it. */
export async function mayReadAttachment(
  context: ServerContext,
  caller: Caller,
  attachmentId: string,
): Promise<boolean> {
  if (caller.kind === 'staff') return ownsDeclarationProof(context, caller.staffId, attachmentId);
  if (caller.kind === 'unit_admin') return unitHolds(context, caller.unitId, attachmentId);
  return false;
}
