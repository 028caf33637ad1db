import { normalizeMobilePhone, isEmail } from '../../../src-shared/domain/contact.ts';
import { checkResidentId } from '../../../src-shared/domain/resident-id.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { revokeSessionsOf } from '../../auth/sessions.ts';
import type { Row } from '../../db/schema.ts';
import { allocateSeq } from '../../db/sequence.ts';
import { queueMail } from '../../mail/outbox.ts';
import { temporaryPassword } from '../temporary-password.ts';
import { applied, rejected, staleBaseVersion } from './outcomes.ts';
import { updateRows, type ColumnChanges } from './row-updates.ts';
import { lockUnitRow, ownUnit } from './rows.ts';
import type { MutationArgsOf, MutationContext, MutationHandlers, MutationOutcome } from './types.ts';

const GONE = '管理人员不存在或已删除';

const target = (id: string) => ({ target: `unit_admins:${id}` });

type Contact = { phone?: string | undefined; email?: string | undefined };

/** Normalised phone and e-mail, or why they are not acceptable. */
function checkContact(contact: Contact): { ok: true; value: Contact } | { ok: false; reason: string } {
  const phone = contact.phone === undefined ? undefined : normalizeMobilePhone(contact.phone);
  if (phone === null) return { ok: false, reason: '手机号码格式不正确' };
  const email = contact.email?.trim();
  if (email !== undefined && !isEmail(email)) return { ok: false, reason: '电子邮箱格式不正确' };
  return { ok: true, value: { phone, email } };
}

async function idNumberTaken(context: MutationContext, idNumber: string): Promise<boolean> {
  const row = await context.trx
    .selectFrom('unit_admins')
    .select('id')
    .where('unit_id', '=', context.caller.unitId)
    .where('id_number', '=', idNumber)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row !== undefined;
}

async function adminIdTaken(context: MutationContext, id: string): Promise<boolean> {
  const row = await context.trx
    .selectFrom('unit_admins')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** A live sub-administrator of the unit at the client's version, or the outcome refusing the change. */
async function editableSubAdmin(
  context: MutationContext,
  adminId: string,
): Promise<{ row: Row<'unit_admins'> } | { refusal: MutationOutcome }> {
  const row = await lockUnitRow(context, 'unit_admins', adminId);
  if (!row || row.deleted !== 0) return { refusal: rejected(GONE, target(adminId)) };
  if (row.role !== 'sub') return { refusal: rejected('不能修改或删除单位主管理员', target(adminId)) };
  const stale = staleBaseVersion(context, 'unit_admins', row, target(adminId));
  return stale ? { refusal: stale } : { row };
}

function welcomeMail(
  admin: { name: string; email: string },
  unitCode: string,
  idNumber: string,
  password: string,
) {
  return {
    to: admin.email,
    subject: '您已被设为单位管理人员',
    text:
      `${admin.name}，您好：\n\n您已被设为本单位在河南省专业技术人员继续教育信息管理系统中的管理人员。\n` +
      `登录方式：单位用户；单位代码 ${unitCode}；账号 ${idNumber}；临时密码 ${password}\n` +
      '请登录后尽快修改密码。此邮件由系统自动发送，请勿回复。',
  };
}

function updateChanges(args: MutationArgsOf<'subAdmins.update'>, contact: Contact): ColumnChanges {
  const changes: ColumnChanges = {};
  if (args.name !== undefined) changes.name = args.name;
  if (contact.phone !== undefined) changes.phone = contact.phone;
  if (contact.email !== undefined) changes.email = contact.email;
  if (args.permissions !== undefined) changes.permissions = JSON.stringify([...new Set(args.permissions)]);
  if (args.status !== undefined) changes.status = args.status;
  return changes;
}

type SubAdminMutation = 'subAdmins.create' | 'subAdmins.update' | 'subAdmins.delete';

/** 管理人员: only the unit's main administrator manages them. */
export const subAdminMutations: MutationHandlers<SubAdminMutation> = {
  'subAdmins.create': {
    permission: 'mainAdmin',
    async apply(context, args) {
      const audit = { ...target(args.adminId), summary: { name: args.name, permissions: args.permissions } };
      const idNumber = checkResidentId(args.idNumber, context.now);
      if (!idNumber.ok) return rejected(idNumber.message, audit);
      const contact = checkContact(args);
      if (!contact.ok) return rejected(contact.reason, audit);
      if (await adminIdTaken(context, args.adminId)) return rejected('管理人员编号已存在', audit);
      if (await idNumberTaken(context, idNumber.value)) {
        return rejected('本单位已有使用该身份证号码的管理人员', audit);
      }
      const password = temporaryPassword();
      const row = {
        id: args.adminId,
        unit_id: context.caller.unitId,
        id_number: idNumber.value,
        name: args.name,
        phone: contact.value.phone ?? '',
        email: contact.value.email ?? '',
        password_hash: await hashPassword(password),
        role: 'sub' as const,
        permissions: JSON.stringify([...new Set(args.permissions)]),
        status: 'active' as const,
        created_at: context.now.toISOString(),
        deleted: 0,
        version: 1,
        seq: await allocateSeq(context.trx),
      };
      await context.trx.insertInto('unit_admins').values(row).execute();
      const unit = await ownUnit(context);
      await queueMail(context.trx, welcomeMail(row, unit.code, row.id_number, password), context.now);
      return applied(audit);
    },
  },
  'subAdmins.update': {
    permission: 'mainAdmin',
    async apply(context, args) {
      const found = await editableSubAdmin(context, args.adminId);
      if ('refusal' in found) return found.refusal;
      const contact = checkContact(args);
      if (!contact.ok) return rejected(contact.reason, target(args.adminId));
      const changes = updateChanges(args, contact.value);
      const audit = { ...target(args.adminId), summary: { changes: Object.keys(changes) } };
      if (Object.keys(changes).length === 0) return rejected('至少修改一项', audit);
      await updateRows(context, 'unit_admins', [args.adminId], changes);
      if (changes.status === 'disabled') await revokeSessionsOf(context.server, 'unit_admin', args.adminId);
      return applied(audit);
    },
  },
  'subAdmins.delete': {
    permission: 'mainAdmin',
    async apply(context, { adminId }) {
      const found = await editableSubAdmin(context, adminId);
      if ('refusal' in found) return found.refusal;
      await updateRows(context, 'unit_admins', [adminId], { deleted: 1 });
      await revokeSessionsOf(context.server, 'unit_admin', adminId);
      return applied({ ...target(adminId), summary: { name: found.row.name } });
    },
  },
};
