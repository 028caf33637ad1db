import type { UnitRegistered, UnitRegistrationInput } from '../../../src-shared/contract/index.ts';
import { CallFailure } from '../api/call-failure.ts';
import { registerUnitOnline } from '../accounts/server-registration.ts';
import type { SettingsStore } from '../settings/settings-store.ts';

/**
 * 单位注册, before anyone logs in: sent to the configured server, which checks the scan by its content
 * and answers the guide's pending message. The server's field messages come back as they are; its
 * "already registered" answer names no field, so it is put on the organisation code the user typed.
 */
export async function submitUnitRegistration(
  settings: SettingsStore,
  input: UnitRegistrationInput,
): Promise<UnitRegistered> {
  const serverUrl = settings.get().serverUrl;
  if (serverUrl === null) throw new CallFailure('UNAVAILABLE', '尚未设置服务器地址，请在「设置」中填写');
  try {
    return await registerUnitOnline(serverUrl, input);
  } catch (error) {
    if (error instanceof CallFailure && error.code === 'CONFLICT' && !error.fields) {
      throw new CallFailure('CONFLICT', error.message, [{ field: 'code', message: error.message }]);
    }
    throw error;
  }
}
