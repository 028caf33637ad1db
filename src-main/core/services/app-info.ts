import type { AppInfo } from '../../../src-shared/contract/index.ts';
import type { AppDatabase } from '../db/app-database.ts';

export interface AppIdentity {
  productName: string;
  version: string;
  runtime: AppInfo['runtime'];
}

export async function readAppInfo(identity: AppIdentity, database: AppDatabase): Promise<AppInfo> {
  return {
    ...identity,
    nodeVersion: process.versions.node,
    sqliteVersion: await database.sqliteVersion(),
    localDatabasePath: database.path,
  };
}
