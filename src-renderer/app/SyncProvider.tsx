import { App } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SyncState } from '../../src-shared/contract/index.ts';
import { api } from '../api.ts';
import { messageOf } from '../components/error-message.ts';
import { DataVersionContext } from './data-version.ts';
import { SyncContext, type SyncContextValue } from './sync-context.ts';

/** How often the waiting count is asked for when no event came, e.g. after a decision. */
const POLL_MS = 10_000;

/**
 * Follows the open account's sync state (the core's `syncState` events, and a slow poll), and bumps
 * the data version whenever a sync ended, so that the screens show what it brought.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const [state, setState] = useState<SyncState | null>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const lastSynced = useRef<string | null | undefined>(undefined);

  const take = useCallback((next: SyncState | null) => {
    setState(next);
    const synced = next?.lastSyncedAt ?? null;
    if (lastSynced.current !== undefined && synced !== lastSynced.current) setDataVersion((n) => n + 1);
    lastSynced.current = synced;
  }, []);

  const refresh = useCallback(() => {
    api.syncState().then(take, () => {});
  }, [take]);

  useEffect(() => {
    const stop = api.onEvent('syncState', take);
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, [take, refresh]);

  const syncNow = useCallback(async () => {
    try {
      const done = await api.syncNow();
      take(done);
      if (done.error) message.warning(done.error);
      else if (done.conflicts > 0) message.warning(`同步完成，有 ${done.conflicts} 项冲突待处理`);
      else message.success('同步完成');
    } catch (error) {
      message.error(messageOf(error));
      refresh();
    }
  }, [take, refresh, message]);

  const dataChanged = useCallback(() => setDataVersion((n) => n + 1), []);
  const value = useMemo<SyncContextValue>(
    () => ({ state, syncNow, refresh, dataChanged }),
    [state, syncNow, refresh, dataChanged],
  );
  return (
    <SyncContext.Provider value={value}>
      <DataVersionContext.Provider value={dataVersion}>{children}</DataVersionContext.Provider>
    </SyncContext.Provider>
  );
}
