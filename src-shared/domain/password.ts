import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;

/**
 * Every account's password: 8 to 64 characters with at least one letter and one digit — long enough
 * to resist guessing under the log-in throttle, short enough to type. Returns the problem in Chinese,
 * or undefined when the password is acceptable.
 */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    return `密码长度须为 ${PASSWORD_MIN_LENGTH} 到 ${PASSWORD_MAX_LENGTH} 位`;
  }
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码须同时包含字母和数字';
  return undefined;
}

/** The same rule as a zod schema, for forms and request bodies. */
export function newPasswordSchema(missingMessage = '请设置密码') {
  return z.string({ error: missingMessage }).superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
