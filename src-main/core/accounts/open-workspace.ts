import type { SyncState } from '../../../src-shared/contract/index.ts';
import { cacheFileFor, openCache } from '../cache/index.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { createSyncEngine } from '../sync/index.ts';
import { contractSyncState } from './sync-state.ts';
import type { OpenWorkspace } from './workspace.ts';

export interface WorkspaceOptions {
  userDataDir: string;
  settings: SettingsStore;
  /** Told every sync state of the open account, and null once it closes. */
  onSyncState(state: SyncState | null): void;
}

const MIB = 1024 * 1024;

/**
 * Opens an account's own cache file (one per server, unit and administrator, with its scans beside
 * it) and starts its sync engine with the session token, on the interval the settings say.
 */
export function workspaceOpener({ userDataDir, settings, onSyncState }: WorkspaceOptions): OpenWorkspace {
  return async (account, initialToken) => {
    const file = cacheFileFor(userDataDir, {
      serverUrl: account.server_url,
      unitId: account.unit_id,
      adminId: account.admin_id,
    });
    const cache = await openCache(file);
    let token = initialToken;
    const engine = createSyncEngine({
      cache,
      baseUrl: account.server_url,
      getToken: () => token,
      adminId: account.admin_id,
      attachmentsDir: file.replace(/\.sqlite$/, '.attachments'),
      prefetchBudgetBytes: settings.get().prefetchBudgetMb * MIB,
      onState: (state) => onSyncState(contractSyncState(state)),
    });
    const intervalMs = () => settings.get().syncIntervalSeconds * 1000;
    engine.start(intervalMs());
    const stopFollowing = settings.onChange(() => engine.start(intervalMs()));
    return {
      cache,
      engine,
      useToken: (renewed) => void (token = renewed),
      async close() {
        stopFollowing();
        await engine.stop();
        await cache.close();
        onSyncState(null);
      },
    };
  };
}
