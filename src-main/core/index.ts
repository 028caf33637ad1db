import { join } from 'node:path';
import type { IpcHandlers } from './api/handlers.ts';
import { openAppDatabase } from './db/app-database.ts';
import { readAppInfo, type AppIdentity } from './services/app-info.ts';

export interface CoreOptions {
  userDataDir: string;
  identity: AppIdentity;
}

export interface Core {
  handlers: IpcHandlers;
  close(): Promise<void>;
}

/** Builds the Electron-free core behind the contract; both transports serve its handler map. */
export function createCore({ userDataDir, identity }: CoreOptions): Core {
  const database = openAppDatabase(join(userDataDir, 'app.sqlite'));
  const handlers: IpcHandlers = {
    appInfo: () => readAppInfo(identity, database),
  };
  return { handlers, close: () => database.close() };
}

export { dispatch, isIpcChannel } from './api/dispatch.ts';
export type { IpcHandlers } from './api/handlers.ts';
