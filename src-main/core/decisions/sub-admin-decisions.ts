import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { MutationArgs } from '../../../src-shared/contract/sync.ts';
import { isEmail, normalizeMobilePhone } from '../../../src-shared/domain/contact.ts';
import { checkResidentId } from '../../../src-shared/domain/resident-id.ts';
import { cachedRow } from './cached-rows.ts';
import { decide, type DecisionContext, type DecisionResult } from './decide.ts';
import { requirePermission } from './permissions.ts';
import { refused } from './refusal.ts';

export type SubAdminInput = Omit<MutationArgs<'subAdmins.create'>, 'adminId'>;
export type SubAdminChanges = Omit<MutationArgs<'subAdmins.update'>, 'adminId'>;

function normalizedPhone(phone: string): string {
  const normalized = normalizeMobilePhone(phone);
  if (normalized === null) throw refused('手机号码格式不正确', 'INVALID_ARGUMENT');
  return normalized;
}

function normalizedEmail(email: string): string {
  const trimmed = email.trim();
  if (!isEmail(trimmed)) throw refused('电子邮箱格式不正确', 'INVALID_ARGUMENT');
  return trimmed;
}

/** A sub-administrator of the unit (never the main administrator), at its cached version. */
function subAdmin(sqlite: Database.Database, adminId: string): { version: number } {
  const row = cachedRow<{ role: string; version: number }>(sqlite, 'unit_admins', adminId, 'role, version');
  if (!row) throw refused('管理人员不存在或已删除', 'NOT_FOUND');
  if (row.role !== 'sub') throw refused('不能修改或删除单位主管理员');
  return row;
}

/** 新增管理人员: the server e-mails a temporary password. Returns the new administrator's id too. */
export function createSubAdmin(
  context: DecisionContext,
  input: SubAdminInput,
): DecisionResult & { adminId: string } {
  const adminId = randomUUID();
  const now = context.now?.() ?? new Date();
  const result = decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'mainAdmin');
    const idNumber = checkResidentId(input.idNumber, now);
    if (!idNumber.ok) throw refused(idNumber.message, 'INVALID_ARGUMENT');
    const taken = sqlite
      .prepare<[string], { id: string }>('select id from unit_admins where id_number = ?')
      .get(idNumber.value);
    if (taken) throw refused('本单位已有使用该身份证号码的管理人员');
    const args = {
      ...input,
      adminId,
      idNumber: idNumber.value,
      phone: normalizedPhone(input.phone),
      email: normalizedEmail(input.email),
    };
    return [{ name: 'subAdmins.create', args }];
  });
  return { ...result, adminId };
}

/** 修改管理人员: name, contact, permissions or status (active / disabled). */
export function updateSubAdmin(
  context: DecisionContext,
  adminId: string,
  changes: SubAdminChanges,
): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'mainAdmin');
    const row = subAdmin(sqlite, adminId);
    const args = {
      ...changes,
      adminId,
      ...(changes.phone === undefined ? {} : { phone: normalizedPhone(changes.phone) }),
      ...(changes.email === undefined ? {} : { email: normalizedEmail(changes.email) }),
    };
    if (Object.keys(args).length === 1) throw refused('至少修改一项', 'INVALID_ARGUMENT');
    return [{ name: 'subAdmins.update', args, baseVersion: row.version }];
  });
}

/** 删除管理人员: their sessions end on the server. */
export function deleteSubAdmin(context: DecisionContext, adminId: string): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'mainAdmin');
    const row = subAdmin(sqlite, adminId);
    return [{ name: 'subAdmins.delete', args: { adminId }, baseVersion: row.version }];
  });
}
