import type { PasswordChangeInput } from '../../../src-shared/contract/index.ts';
import { CallFailure } from '../api/call-failure.ts';
import { changePasswordOnline } from '../accounts/server-auth.ts';
import type { SessionManager } from '../accounts/session-manager.ts';

/**
 * 修改密码, online only. The server ends the administrator's other sessions and answers a new token,
 * which the sync engine then uses; the offline verifier is renewed with the new password.
 */
export async function changePassword(sessions: SessionManager, input: PasswordChangeInput): Promise<null> {
  const { account } = sessions.active();
  const token = await sessions.currentToken();
  if (!token) throw new CallFailure('UNAUTHENTICATED', '登录已过期，请联网重新登录后再修改密码');
  const renewed = await changePasswordOnline(account.server_url, token, input);
  await sessions.replaceToken(renewed.token, renewed.expiresAt, input.newPassword);
  return null;
}
