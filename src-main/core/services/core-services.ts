import { join } from 'node:path';
import type { IpcHandlers } from '../api/handlers.ts';
import { accountStore } from '../accounts/account-store.ts';
import { workspaceOpener } from '../accounts/open-workspace.ts';
import { createSessionManager } from '../accounts/session-manager.ts';
import { openAppDatabase } from '../db/app-database.ts';
import type { HostServices } from '../host-services.ts';
import { DEFAULT_SETTINGS, openSettingsStore } from '../settings/settings-store.ts';
import { readAppInfo, type AppIdentity } from './app-info.ts';
import { certificateJobs } from './certificate-jobs.ts';
import { decisionHandlers } from './decision-handlers.ts';
import { changePassword } from './password-change.ts';
import { updateOwnProfile } from './profile-update.ts';
import { queryHandlers } from './query-handlers.ts';
import { sessionHandlers } from './session-handlers.ts';
import { syncHandlers } from './sync-handlers.ts';

export interface CoreServicesOptions {
  userDataDir: string;
  identity: AppIdentity;
  host: HostServices;
  /** The sync API to use until the user configures one (the embedded demo server of `npm start`). */
  defaultServerUrl?: string | null;
  /** The packaged app's resources folder (certificate template, seal, fonts); the source tree's when left out. */
  resourcesDir?: string;
  /** The built certificate batch worker (href); when left out, its TypeScript source. */
  certificateBatchWorkerUrl?: string;
}

export interface CoreServices {
  handlers: IpcHandlers;
  close(): Promise<void>;
}

/** The use cases behind the contract; built inside the core worker (or in-process by unit tests). */
export function createCoreServices({
  userDataDir,
  identity,
  host,
  defaultServerUrl,
  resourcesDir,
  certificateBatchWorkerUrl,
}: CoreServicesOptions): CoreServices {
  const database = openAppDatabase(join(userDataDir, 'app.sqlite'));
  const settings = openSettingsStore(join(userDataDir, 'settings.json'), {
    ...DEFAULT_SETTINGS,
    serverUrl: defaultServerUrl ?? null,
  });
  const sessions = createSessionManager({
    store: accountStore(database),
    settings,
    vault: host.vault,
    openWorkspace: workspaceOpener({
      userDataDir,
      settings,
      onSyncState: (state) => host.emit('syncState', state),
    }),
  });
  const certificates = certificateJobs({
    sessions,
    settings,
    userDataDir,
    emit: host.emit,
    resourcesDir,
    batchWorkerUrl: certificateBatchWorkerUrl === undefined ? undefined : new URL(certificateBatchWorkerUrl),
  });
  const sessionCalls = sessionHandlers(sessions, settings);
  const handlers: IpcHandlers = {
    appInfo: () => readAppInfo(identity, database),
    ...sessionCalls,
    // A certificate job prints for the open account: it is cancelled before that account closes.
    sessionLogOut: async (input) => {
      await certificates.close();
      return sessionCalls.sessionLogOut(input);
    },
    sessionUnlock: async (input) => {
      await certificates.close();
      return sessionCalls.sessionUnlock(input);
    },
    sessionLogIn: async (input) => {
      await certificates.close();
      return sessionCalls.sessionLogIn(input);
    },
    ...queryHandlers(sessions),
    ...decisionHandlers(sessions),
    ...syncHandlers(sessions),
    ...certificates.handlers,
    passwordChange: (input) => changePassword(sessions, input),
    profileUpdate: (input) => updateOwnProfile(sessions, input),
  };
  return {
    handlers,
    async close() {
      await certificates.close();
      await sessions.close();
      await database.close();
    },
  };
}
