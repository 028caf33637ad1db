import type { SyncPhase, SyncProgress } from './sync-run.ts';

/** What the UI shows of sync: pushed as events whenever it changes. */
export interface SyncState {
  /** `offline`: the server could not be reached; `unauthorized`: log in online again to sync. */
  connection: 'online' | 'offline' | 'unauthorized';
  phase: SyncPhase;
  /** While pushing, pulling or resyncing: decisions or rows done of the total, and bytes moved. */
  progress?: SyncProgress;
  /** When a pull last caught up with the server (ISO-8601), null before the first. */
  lastSyncAt: string | null;
  /** Decisions not yet answered by the server (待同步). */
  waiting: number;
  /** Open conflicts and refused decisions. */
  conflicts: number;
  /** Why the last sync failed, in Chinese; absent after a good one. */
  lastError?: string;
}

export type SyncStateListener = (state: SyncState) => void;

/** The current state and its listeners; each change is a new object, emitted to every listener. */
export function syncStateStore(initial: SyncState) {
  let state = initial;
  const listeners = new Set<SyncStateListener>();
  return {
    get: () => state,
    update(change: Partial<SyncState>, clear: readonly ('progress' | 'lastError')[] = []): void {
      const next: SyncState = { ...state, ...change };
      for (const key of clear) delete next[key];
      state = next;
      for (const listener of listeners) listener(state);
    },
    listen(listener: SyncStateListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
