import { join } from 'node:path';
import type { IpcHandlers } from '../api/handlers.ts';
import { openAppDatabase } from '../db/app-database.ts';
import type { HostServices } from '../host-services.ts';
import { readAppInfo, type AppIdentity } from './app-info.ts';

export interface CoreServicesOptions {
  userDataDir: string;
  identity: AppIdentity;
  host: HostServices;
}

export interface CoreServices {
  handlers: IpcHandlers;
  close(): Promise<void>;
}

/** The use cases behind the contract; built inside the core worker (or in-process by unit tests). */
export function createCoreServices({ userDataDir, identity }: CoreServicesOptions): CoreServices {
  const database = openAppDatabase(join(userDataDir, 'app.sqlite'));
  const handlers: IpcHandlers = {
    appInfo: () => readAppInfo(identity, database),
  };
  return { handlers, close: () => database.close() };
}
