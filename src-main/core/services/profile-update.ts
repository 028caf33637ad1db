import type { Profile, ProfileUpdateInput } from '../../../src-shared/contract/index.ts';
import { CallFailure } from '../api/call-failure.ts';
import { updateProfileOnline } from '../accounts/server-profile.ts';
import type { SessionManager } from '../accounts/session-manager.ts';
import { readProfile } from './admins.ts';

/**
 * 个人基本信息维护, online only like 修改密码: the server saves the contact details, then a sync brings
 * the changed row into the cache. The answer is the server's values even when that sync fails, so the
 * form never shows what was not saved.
 */
export async function updateOwnProfile(
  sessions: SessionManager,
  input: ProfileUpdateInput,
): Promise<Profile> {
  const { account, session, workspace } = sessions.active();
  const token = await sessions.currentToken();
  if (!token) throw new CallFailure('UNAUTHENTICATED', '登录已过期，请联网重新登录后再修改个人信息');
  const changes = { phone: input.phone, email: input.email };
  const saved = await updateProfileOnline(account.server_url, token, changes);
  await workspace.engine.syncNow();
  const cached = await readProfile(workspace.cache.db, session);
  if (cached.version >= saved.version) return cached;
  return { ...cached, phone: saved.phone, email: saved.email, version: saved.version };
}
