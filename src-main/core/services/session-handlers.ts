import type { IpcHandlers } from '../api/handlers.ts';
import type { SessionManager } from '../accounts/session-manager.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { submitUnitRegistration } from './unit-registration.ts';

type SessionHandlers = Pick<
  IpcHandlers,
  | 'sessionCaptcha'
  | 'sessionLogIn'
  | 'sessionUnlock'
  | 'sessionLogOut'
  | 'sessionCurrent'
  | 'accountsList'
  | 'unitRegistrationSubmit'
  | 'settingsGet'
  | 'settingsSet'
>;

/** Log-in, accounts, unit registration and settings: the calls that work without an open account. */
export function sessionHandlers(sessions: SessionManager, settings: SettingsStore): SessionHandlers {
  return {
    sessionCaptcha: () => sessions.captcha(),
    sessionLogIn: (input) => sessions.logIn(input),
    sessionUnlock: (input) => sessions.unlock(input),
    sessionLogOut: async () => {
      await sessions.logOut();
      return null;
    },
    sessionCurrent: () => sessions.current(),
    accountsList: () => sessions.accounts(),
    unitRegistrationSubmit: (input) => submitUnitRegistration(settings, input),
    settingsGet: () => settings.get(),
    settingsSet: (changes) => settings.set(changes),
  };
}
