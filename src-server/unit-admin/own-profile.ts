import type { Kysely } from 'kysely';
import { z } from 'zod';
import { isEmail, normalizeMobilePhone } from '../../src-shared/domain/contact.ts';
import { writeAudit } from '../audit.ts';
import type { ServerContext } from '../context.ts';
import type { Row, RowUpdate, ServerDatabase } from '../db/schema.ts';
import { allocateSeq } from '../db/sequence.ts';
import { HttpError, parseInput } from '../http/http-error.ts';

/**
 * 个人基本信息维护 of a unit administrator (main or sub): only the contact details change. The log-in
 * account, name, unit, role and permissions are fixed (the last two are the main administrator's to
 * set, through the sync API's sub-administrator decisions).
 */
const LOCKED_FIELDS: Record<string, string> = {
  idNumber: '登录账户（身份证号码）',
  name: '姓名',
  unitId: '所属单位',
  role: '身份',
  permissions: '可用功能',
  status: '账户状态',
};

const phone = z.string({ error: '请输入手机号码' }).transform((value, ctx) => {
  const normalized = normalizeMobilePhone(value);
  if (normalized) return normalized;
  ctx.addIssue({ code: 'custom', message: '请输入有效的手机号码' });
  return z.NEVER;
});

const email = z
  .string({ error: '请输入电子邮箱' })
  .trim()
  .refine((value) => isEmail(value), '请输入有效的电子邮箱');

const ownProfileChangesSchema = z
  .object({ phone, email })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, '请至少修改一项个人信息');

type OwnProfileChanges = z.output<typeof ownProfileChangesSchema>;

/** The administrator as their own profile shows it. */
export interface OwnProfile {
  id: string;
  idNumber: string;
  name: string;
  phone: string;
  email: string;
  role: 'admin' | 'sub';
  status: 'active' | 'disabled';
  version: number;
}

export interface ProfileOwner {
  adminId: string;
  unitId: string;
}

/** A locked field in the body is refused by name, even with its current value: the form must omit it. */
function refuseLockedFields(body: unknown): void {
  if (typeof body !== 'object' || body === null) return;
  const fields = Object.keys(LOCKED_FIELDS)
    .filter((field) => Object.hasOwn(body, field))
    .map((field) => ({ field, message: `${LOCKED_FIELDS[field]}不允许修改` }));
  if (fields.length === 0) return;
  const summary = fields.map(({ field, message }) => `${field}：${message}`).join('；');
  throw new HttpError(400, 'LOCKED_FIELD', `参数无效：${summary}`, fields);
}

/** Only the values that differ: an unchanged form saves nothing and syncs nothing. */
function changedColumns(current: Row<'unit_admins'>, changes: OwnProfileChanges): RowUpdate<'unit_admins'> {
  const update: RowUpdate<'unit_admins'> = {};
  if (changes.phone !== undefined && changes.phone !== current.phone) update.phone = changes.phone;
  if (changes.email !== undefined && changes.email !== current.email) update.email = changes.email;
  return update;
}

async function liveAdmin(db: Kysely<ServerDatabase>, owner: ProfileOwner): Promise<Row<'unit_admins'>> {
  const row = await db
    .selectFrom('unit_admins')
    .selectAll()
    .where('id', '=', owner.adminId)
    .where('unit_id', '=', owner.unitId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!row) throw new HttpError(404, 'NOT_FOUND', '管理员账户不存在或已删除');
  return row;
}

function profileOf(row: Row<'unit_admins'>): OwnProfile {
  return {
    id: row.id,
    idNumber: row.id_number,
    name: row.name,
    phone: row.phone,
    email: row.email,
    role: row.role === 'admin' ? 'admin' : 'sub',
    status: row.status === 'disabled' ? 'disabled' : 'active',
    version: row.version,
  };
}

export async function loadOwnProfile(context: ServerContext, owner: ProfileOwner): Promise<OwnProfile> {
  return profileOf(await liveAdmin(context.db, owner));
}

/**
 * PUT /admin/profile: saves the changed contact details; a real change gets a new `seq` and
 * `version`, so the unit's other PCs pull it and an older sub-administrator decision on the row
 * becomes a conflict rather than silently overwriting it.
 */
export async function updateOwnProfile(
  context: ServerContext,
  owner: ProfileOwner,
  body: unknown,
  address: string,
): Promise<OwnProfile> {
  refuseLockedFields(body);
  const changes = parseInput(ownProfileChangesSchema, body);
  return context.db.transaction().execute(async (trx) => {
    const current = await liveAdmin(trx, owner);
    const update = changedColumns(current, changes);
    if (Object.keys(update).length === 0) return profileOf(current);
    const seq = await allocateSeq(trx);
    await trx
      .updateTable('unit_admins')
      .set((eb) => ({ ...update, version: eb('version', '+', 1), seq }))
      .where('id', '=', owner.adminId)
      .execute();
    await writeAudit(trx, {
      at: context.now().toISOString(),
      actorKind: 'unit_admin',
      actorId: owner.adminId,
      unitId: owner.unitId,
      action: 'admin.profile.update',
      target: `unit_admins:${owner.adminId}`,
      details: { changes: Object.keys(update) },
      address,
    });
    return profileOf(await liveAdmin(trx, owner));
  });
}
