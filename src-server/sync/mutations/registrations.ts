import type { Row } from '../../db/schema.ts';
import { queueMail } from '../../mail/outbox.ts';
import { decideBatch } from './batch-decision.ts';
import type { ColumnChanges } from './row-updates.ts';
import { batchOutcome } from './outcomes.ts';
import { ownUnit } from './rows.ts';
import type { MutationArgsOf, MutationContext, MutationHandlers } from './types.ts';

type StaffItems = MutationArgsOf<'registrations.approve'>['items'];

function decideRegistrations(context: MutationContext, items: StaffItems, changes: ColumnChanges) {
  return decideBatch(context, {
    table: 'staff',
    items: items.map((item) => ({ id: item.staffId, version: item.version })),
    fromStatus: 'pending',
    wrongStatusReason: '该注册申请已不是待审核状态',
    notFoundReason: '本单位没有该注册申请',
    changes: { decided_at: context.now.toISOString(), ...changes },
  });
}

function approvalMail(staff: Row<'staff'>, unitName: string, publicUrl: string) {
  return {
    to: staff.email,
    subject: '专业技术人员注册审核通过',
    text:
      `${staff.name}，您好：\n\n您在“${unitName}”的专业技术人员注册申请已审核通过。` +
      `现在可以使用身份证号码和注册时设置的密码登录河南省专业技术人员继续教育信息管理系统：\n${publicUrl}\n\n` +
      '此邮件由系统自动发送，请勿回复。',
  };
}

export const registrationMutations: MutationHandlers<'registrations.approve' | 'registrations.reject'> = {
  'registrations.approve': {
    permission: 'registrations',
    async apply(context, { items }) {
      const { items: results, changed } = await decideRegistrations(context, items, {
        status: 'approved',
        reject_reason: null,
      });
      if (changed.length > 0) {
        const unit = await ownUnit(context);
        for (const staff of changed) {
          const mail = approvalMail(staff, unit.name, context.server.config.publicUrl);
          await queueMail(context.trx, mail, context.now);
        }
      }
      return batchOutcome('staff', results);
    },
  },
  'registrations.reject': {
    permission: 'registrations',
    async apply(context, { items, reason }) {
      const { items: results } = await decideRegistrations(context, items, {
        status: 'rejected',
        reject_reason: reason,
      });
      return batchOutcome('staff', results, { reason });
    },
  },
};
