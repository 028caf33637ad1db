import { createContext, useContext } from 'react';
import type { SyncState } from '../../src-shared/contract/index.ts';

export interface SyncContextValue {
  /** Null until the core has answered. */
  state: SyncState | null;
  /** Starts a sync (unless one runs) and settles when it is done. */
  syncNow(): Promise<void>;
  /** Asks the core again, e.g. after a local decision added to the waiting count. */
  refresh(): void;
  /** Makes every list and detail reload, e.g. after a conflict was settled. */
  dataChanged(): void;
}

export const SyncContext = createContext<SyncContextValue | null>(null);

export function useSync(): SyncContextValue {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync outside <SyncProvider>');
  return value;
}
