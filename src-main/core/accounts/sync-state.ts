import type { SyncState } from '../../../src-shared/contract/index.ts';
import type { SyncState as EngineState } from '../sync/index.ts';

const PHASES = { pushing: 'push', pulling: 'pull', resyncing: 'resync' } as const;

/** The engine's state as the contract shows it to the status bar. */
export function contractSyncState(state: EngineState): SyncState {
  const phase = state.phase === 'idle' ? null : PHASES[state.phase];
  return {
    status: phase !== null ? 'syncing' : state.connection === 'offline' ? 'offline' : 'online',
    progress: phase !== null && state.progress ? { phase, ...state.progress } : null,
    waiting: state.waiting,
    conflicts: state.conflicts,
    lastSyncedAt: state.lastSyncAt,
    needsLogIn: state.connection === 'unauthorized',
    error: state.lastError ?? null,
  };
}
