import type { ServerContext } from '../context.ts';
import type { DeclarationStatus } from '../db/schema.ts';
import { allocateSeq } from '../db/sequence.ts';
import { conflict } from '../http/http-error.ts';
import { toDetail, type DeclarationDetail } from './declaration-view.ts';
import { findOwnDeclaration } from './own-declaration.ts';
import type { StaffCaller } from './staff-caller.ts';

const NOT_WITHDRAWABLE: Record<Exclude<DeclarationStatus, 'pending'>, string> = {
  approved: '该申报已审核通过，不能撤回',
  rejected: '该申报已被退回，不能撤回',
  withdrawn: '该申报已撤回',
};

/**
 * POST /me/declarations/:id/withdraw: a pending declaration becomes withdrawn. The update is
 * conditional on the status, so a reviewer deciding at the same moment wins or loses cleanly.
 */
export async function withdrawDeclaration(
  context: ServerContext,
  caller: StaffCaller,
  declarationId: string,
): Promise<DeclarationDetail> {
  const row = await context.db.transaction().execute(async (trx) => {
    const current = await findOwnDeclaration(trx, caller.staffId, declarationId);
    if (current.status !== 'pending') throw conflict(NOT_WITHDRAWABLE[current.status]);
    const seq = await allocateSeq(trx);
    const updated = await trx
      .updateTable('declarations')
      .set((eb) => ({ status: 'withdrawn', version: eb('version', '+', 1), seq }))
      .where('id', '=', current.id)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw conflict('该申报的状态已变化，请刷新后查看');
    return updated;
  });
  return toDetail(row);
}
