import { z } from 'zod';
import { unitPermissionCodes } from '../../../src-shared/domain/unit-permissions.ts';
import type { Captcha, LogInInput, PasswordChangeInput } from '../../../src-shared/contract/index.ts';
import { requestServer } from './server-client.ts';

/** The sync API's log-in, log-out, captcha and password endpoints (docs/sync-protocol.md). */

const captchaAnswer = z.object({ captchaId: z.string(), svg: z.string() });

export async function fetchCaptcha(serverUrl: string): Promise<Captcha> {
  const { captchaId, svg } = await requestServer(
    serverUrl,
    { method: 'GET', path: '/captcha' },
    captchaAnswer,
  );
  return { captchaId, image: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}` };
}

const logInAnswer = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: z.object({
    kind: z.literal('unit_admin'),
    id: z.string(),
    name: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    role: z.enum(['admin', 'sub']),
    permissions: z.array(z.enum(unitPermissionCodes)),
  }),
});
export type LogInAnswer = z.infer<typeof logInAnswer>;

export function logInOnline(serverUrl: string, input: Required<LogInInput>): Promise<LogInAnswer> {
  const body = {
    userType: 'unit',
    orgCode: input.orgCode,
    account: input.idNumber,
    password: input.password,
    captchaId: input.captchaId,
    captchaText: input.captchaText,
  };
  return requestServer(serverUrl, { method: 'POST', path: '/auth/login', body }, logInAnswer);
}

export async function logOutOnline(serverUrl: string, token: string): Promise<void> {
  await requestServer(serverUrl, { method: 'POST', path: '/auth/logout', token }, z.unknown());
}

const newSession = z.object({ session: z.object({ token: z.string(), expiresAt: z.string() }) });

/**
 * The unit administrator's password change. The sync API has no such endpoint yet (only staff have
 * `POST /me/password`); this is the path it is expected at, answering as the staff one does.
 */
export async function changePasswordOnline(
  serverUrl: string,
  token: string,
  input: PasswordChangeInput,
): Promise<{ token: string; expiresAt: string }> {
  const body = { oldPassword: input.oldPassword, newPassword: input.newPassword };
  const answer = await requestServer(
    serverUrl,
    { method: 'POST', path: '/admin/password', body, token },
    newSession,
  );
  return answer.session;
}
