import { setTimeout as sleep } from 'node:timers/promises';
import type { SyncEngine, SyncState } from '../../../../src-main/core/sync/index.ts';

const settled = (state: SyncState) =>
  state.connection === 'online' &&
  state.phase === 'idle' &&
  state.waiting === 0 &&
  state.lastError === undefined;

/** Syncs until a sync ends clean (online, nothing waiting, no error), as the timer and probe would. */
export async function syncUntilSettled(engine: SyncEngine, attempts = 30): Promise<SyncState> {
  let state = engine.state();
  for (let attempt = 0; attempt < attempts; attempt++) {
    state = await engine.syncNow();
    if (settled(state)) return state;
    await sleep(50);
  }
  throw new Error(`sync did not settle: ${JSON.stringify(state)}`);
}
