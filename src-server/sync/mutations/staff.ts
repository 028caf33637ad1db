import { hashPassword } from '../../auth/passwords.ts';
import { revokeSessionsOf } from '../../auth/sessions.ts';
import type { Row } from '../../db/schema.ts';
import { queueMail } from '../../mail/outbox.ts';
import { temporaryPassword } from '../temporary-password.ts';
import { decideBatch } from './batch-decision.ts';
import { applied, batchOutcome, rejected } from './outcomes.ts';
import type { ColumnChanges } from './row-updates.ts';
import { lockUnitRow } from './rows.ts';
import type { MutationArgsOf, MutationContext, MutationHandlers } from './types.ts';

type StaffItems = MutationArgsOf<'staff.transfer'>['items'];

function decideApprovedStaff(
  context: MutationContext,
  items: StaffItems,
  changes: ColumnChanges,
  action: string,
) {
  return decideBatch(context, {
    table: 'staff',
    items: items.map((item) => ({ id: item.staffId, version: item.version })),
    fromStatus: 'approved',
    wrongStatusReason: `只能${action}已审核通过的人员`,
    notFoundReason: '本单位没有该人员',
    changes,
  });
}

function resetMail(staff: Row<'staff'>, password: string, publicUrl: string) {
  return {
    to: staff.email,
    subject: '您的登录密码已重置',
    text:
      `${staff.name}，您好：\n\n单位管理员已为您重置河南省专业技术人员继续教育信息管理系统的登录密码。\n` +
      `临时密码：${password}\n请使用身份证号码和临时密码登录，并尽快修改密码：\n${publicUrl}\n\n` +
      '如非本人申请，请联系单位管理员。此邮件由系统自动发送，请勿回复。',
  };
}

export const staffMutations: MutationHandlers<'staff.transfer' | 'staff.markLeft' | 'staff.resetPassword'> = {
  'staff.transfer': {
    permission: 'staff',
    async apply(context, { items, departmentId }) {
      const department = await lockUnitRow(context, 'departments', departmentId);
      if (!department || department.deleted !== 0) {
        return rejected('目标部门不存在或已删除', { target: 'staff', summary: { departmentId } });
      }
      const changes = { department_id: departmentId };
      const { items: results } = await decideApprovedStaff(context, items, changes, '调动');
      return batchOutcome('staff', results, { departmentId });
    },
  },
  'staff.markLeft': {
    permission: 'staff',
    async apply(context, { items }) {
      const changes = { status: 'left', left_at: context.now.toISOString() };
      const { items: results, changed } = await decideApprovedStaff(context, items, changes, '标记离职');
      for (const staff of changed) await revokeSessionsOf(context.server, 'staff', staff.id);
      return batchOutcome('staff', results);
    },
  },
  'staff.resetPassword': {
    permission: 'staff',
    async apply(context, { staffId }) {
      const audit = { target: `staff:${staffId}` };
      const staff = await lockUnitRow(context, 'staff', staffId);
      if (!staff) return rejected('本单位没有该人员', audit);
      if (staff.status !== 'approved') return rejected('只能为已审核通过的人员重置密码', audit);
      const password = temporaryPassword();
      // The hash is not synced: the row's version and seq stay, so no client sees a change.
      await context.trx
        .updateTable('staff')
        .set({ password_hash: await hashPassword(password) })
        .where('id', '=', staffId)
        .execute();
      await revokeSessionsOf(context.server, 'staff', staffId);
      await queueMail(context.trx, resetMail(staff, password, context.server.config.publicUrl), context.now);
      return applied(audit);
    },
  },
};
