import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { conflict, fieldError, HttpError, parseInput } from '../http/http-error.ts';
import { passwordProblem } from '../../src-shared/domain/password.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession, revokeSessionsOf } from './sessions.ts';

const passwordChangeSchema = z
  .object({
    oldPassword: z.string().min(1, '请输入原密码').max(128, '原密码错误'),
    newPassword: z.string().max(128, '新密码过长'),
  })
  .strict();

export interface NewSession {
  token: string;
  expiresAt: string;
}

const wrongOldPassword = () =>
  new HttpError(400, 'WRONG_PASSWORD', '原密码错误', [{ field: 'oldPassword', message: '原密码错误' }]);

/** Whose password changes: a staff member (个人) or a unit administrator (管理员 / 管理人员). */
export interface PasswordOwner {
  kind: 'staff' | 'unit_admin';
  id: string;
  unitId: string;
}

const TABLE_OF = { staff: 'staff', unit_admin: 'unit_admins' } as const;

async function currentHash(context: ServerContext, owner: PasswordOwner): Promise<string> {
  const row = await context.db
    .selectFrom(TABLE_OF[owner.kind])
    .select('password_hash')
    .where('id', '=', owner.id)
    .executeTakeFirstOrThrow();
  return row.password_hash;
}

/**
 * POST /me/password and /admin/password. The old password must be right. Every session of the person ends, the calling
 * one included, and a fresh session is issued in the same transaction: the answer carries its token,
 * so the caller stays logged in while a token stolen earlier stops working. The hash is not a synced
 * column, so the row keeps its `seq` and `version` (no spurious conflicts for the unit's reviewers).
 */
export async function changePassword(
  context: ServerContext,
  owner: PasswordOwner,
  body: unknown,
  address: string,
): Promise<NewSession> {
  const { oldPassword, newPassword } = parseInput(passwordChangeSchema, body);
  const problem = passwordProblem(newPassword);
  if (problem) throw fieldError('newPassword', problem);
  if (newPassword === oldPassword) throw fieldError('newPassword', '新密码不能与原密码相同');
  const oldHash = await currentHash(context, owner);
  if (!(await verifyPassword(oldPassword, oldHash))) throw wrongOldPassword();
  const newHash = await hashPassword(newPassword);
  return context.db.transaction().execute(async (trx) => {
    const { numUpdatedRows } = await trx
      .updateTable(TABLE_OF[owner.kind])
      .set({ password_hash: newHash })
      .where('id', '=', owner.id)
      .where('password_hash', '=', oldHash)
      .executeTakeFirst();
    if (numUpdatedRows === 0n) throw conflict('密码已在别处被修改，请重新登录后再试');
    const scoped = { ...context, db: trx };
    await revokeSessionsOf(scoped, owner.kind, owner.id);
    return createSession(scoped, { kind: owner.kind, id: owner.id, unitId: owner.unitId }, address);
  });
}
