import type { IpcHandlers } from '../api/handlers.ts';
import { contractSyncState } from '../accounts/sync-state.ts';
import type { SessionManager } from '../accounts/session-manager.ts';
import { discardConflict, listConflicts } from './conflicts.ts';
import { declarationScan } from './declaration-scan.ts';

type SyncHandlers = Pick<
  IpcHandlers,
  'syncState' | 'syncNow' | 'syncConflicts' | 'syncConflictDiscard' | 'declarationsScan'
>;

/** Sync state and conflicts of the open account, and the scans the sync engine keeps. */
export function syncHandlers(sessions: SessionManager): SyncHandlers {
  const workspace = () => sessions.active().workspace;
  return {
    syncState: () => (sessions.current() ? contractSyncState(workspace().engine.state()) : null),
    syncNow: async () => contractSyncState(await workspace().engine.syncNow()),
    syncConflicts: () => listConflicts(workspace().cache.db),
    syncConflictDiscard: ({ conflictId }) => {
      discardConflict(workspace().cache, conflictId);
      workspace().engine.decided();
      return null;
    },
    declarationsScan: ({ declarationId }) =>
      declarationScan(workspace().cache.db, workspace().engine, declarationId),
  };
}
