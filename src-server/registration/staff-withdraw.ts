import { z } from 'zod';
import { checkPassword, throttledAccount, wrongCredentials } from '../auth/login.ts';
import { assertNotLocked, clearAccountFailures, recordFailure, throttleKeys } from '../auth/throttle.ts';
import type { ServerContext } from '../context.ts';
import { allocateSeq } from '../db/sequence.ts';
import { HttpError, parseInput } from '../http/http-error.ts';

const withdrawSchema = z
  .object({
    idNumber: z
      .string({ error: '请填写身份证号码' })
      .trim()
      .min(1, '请填写身份证号码')
      .max(18, '身份证号码应为18位')
      .transform((value) => value.toUpperCase()),
    password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(128, '密码过长'),
  })
  .strict();

export interface StaffWithdrawn {
  staffId: string;
  status: 'withdrawn';
  message: string;
}

const notPending = () =>
  new HttpError(409, 'NOT_PENDING', '注册申请已审核通过，不能撤回；如需调整单位请联系单位管理员');

/**
 * 撤回申请: a person who registered with the wrong unit withdraws, then registers again. The password
 * proves who asks, and counts against the same throttle as the log-in, so this is no side door for
 * guessing passwords.
 */
export async function withdrawStaffRegistration(
  context: ServerContext,
  body: unknown,
  address: string,
): Promise<StaffWithdrawn> {
  const input = parseInput(withdrawSchema, body);
  const keys = throttleKeys(throttledAccount('staff', input.idNumber), address);
  await assertNotLocked(context, keys);
  const staff = await context.db
    .selectFrom('staff')
    .select(['id', 'status', 'password_hash'])
    .where('id_number', '=', input.idNumber)
    .where('status', 'in', ['pending', 'approved'])
    .executeTakeFirst();
  if (!(await checkPassword(input.password, staff?.password_hash))) {
    await recordFailure(context, keys);
    throw wrongCredentials();
  }
  await clearAccountFailures(context, keys);
  if (staff!.status !== 'pending') throw notPending();
  await markWithdrawn(context, staff!.id);
  return { staffId: staff!.id, status: 'withdrawn', message: '您的注册申请已撤回，可以重新注册' };
}

async function markWithdrawn(context: ServerContext, staffId: string): Promise<void> {
  await context.db.transaction().execute(async (trx) => {
    const seq = await allocateSeq(trx);
    const updated = await trx
      .updateTable('staff')
      .set((eb) => ({ status: 'withdrawn', version: eb('version', '+', 1), seq }))
      .where('id', '=', staffId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    // The unit may have approved the registration a moment ago; throwing rolls the sequence back.
    if (Number(updated.numUpdatedRows) === 0) throw notPending();
  });
}
