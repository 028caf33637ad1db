import { describe, expect, it } from 'vitest';
import { contractSyncState } from '../../../../src-main/core/accounts/sync-state.ts';

const idle = {
  connection: 'online',
  phase: 'idle',
  lastSyncAt: '2026-11-28T02:00:00.000Z',
  waiting: 3,
  conflicts: 1,
} as const;

describe('sync state for the status bar', () => {
  it('shows syncing with progress while a phase runs', () => {
    const state = contractSyncState({
      ...idle,
      phase: 'pulling',
      progress: { rowsDone: 10, rowsTotal: 100, bytes: 2048 },
    });
    expect(state).toEqual({
      status: 'syncing',
      progress: { phase: 'pull', rowsDone: 10, rowsTotal: 100, bytes: 2048 },
      waiting: 3,
      conflicts: 1,
      lastSyncedAt: idle.lastSyncAt,
      needsLogIn: false,
      error: null,
    });
  });

  it('tells offline apart from a token the server no longer takes', () => {
    expect(contractSyncState({ ...idle, connection: 'offline', lastError: '无法连接服务器' })).toMatchObject({
      status: 'offline',
      needsLogIn: false,
      error: '无法连接服务器',
    });
    expect(contractSyncState({ ...idle, connection: 'unauthorized' })).toMatchObject({
      status: 'online',
      needsLogIn: true,
    });
  });
});
