import type { Cache } from '../cache/index.ts';
import type { SyncEngine } from '../sync/index.ts';
import type { AccountRecord } from './account-store.ts';

/** An open account's local side: its cache and the sync engine working on it. */
export interface Workspace {
  readonly cache: Cache;
  readonly engine: SyncEngine;
  /** Gives the sync engine a new session token (after a password change). */
  useToken(token: string): void;
  /** Stops the sync engine and closes the cache. */
  close(): Promise<void>;
}

export type OpenWorkspace = (account: AccountRecord, token: string | null) => Promise<Workspace>;
