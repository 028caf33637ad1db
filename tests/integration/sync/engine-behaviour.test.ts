import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decisions from '../../../src-main/core/decisions/index.ts';
import type { SyncState } from '../../../src-main/core/sync/index.ts';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.ts';
import { tokenFor } from '../../support/server-fixtures.ts';
import { editDeclaration } from './support/other-parties.ts';
import { planOf } from './support/schedules.ts';
import { syncUntilSettled } from './support/settle.ts';
import { openSyncClient, type SyncClient } from './support/sync-client.ts';
import { startRestartableServer, type RestartableServer } from './support/sync-server.ts';
import { seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

describe('the sync engine as the UI sees it (SQLite)', () => {
  let server: RestartableServer;
  let proxy: FaultProxy;
  let world: UnitWorld;
  let client: SyncClient;
  let token: string;
  const states: SyncState[] = [];
  /**
   * The cache's synchronous setting whenever a resync reports progress, between two pages: what a
   * decision taken at that moment would commit with.
   */
  const synchronousWhileResyncing: unknown[] = [];

  beforeAll(async () => {
    server = await startRestartableServer('sqlite');
    proxy = await startFaultProxy(server.port);
    world = await seedUnitWorld(server.context(), { approved: 4, pending: 2, declarations: 8 });
    token = world.token;
    // Room for the five newest scans (200-odd bytes each), not for all eight.
    client = await openSyncClient(
      proxy.origin,
      { adminId: world.adminId, token: '' },
      {
        getToken: () => token,
        prefetchBudgetBytes: 5 * 210,
        pageLimit: 5,
        onState: (state) => {
          states.push(state);
          if (state.phase === 'resyncing')
            synchronousWhileResyncing.push(client.cache.sqlite.pragma('synchronous', { simple: true }));
        },
      },
    );
  });
  afterAll(async () => {
    await client.close();
    await proxy.close();
    await server.close();
  });

  it('reports each phase with its progress, then idle with the counts', async () => {
    await syncUntilSettled(client.engine);
    const phases = states.map((state) => state.phase);
    expect(phases).toContain('resyncing');
    expect(phases.at(-1)).toBe('idle');
    const progress = states.filter((state) => state.progress).at(-1)!.progress!;
    expect(progress.rowsDone).toBe(progress.rowsTotal);
    expect(progress.bytes).toBeGreaterThan(0);
    // Only the pages' own commits skip the fsync: between pages, and after the resync, a decision
    // commits to the disk; the bulk-load settings are put back afterwards.
    expect(new Set(synchronousWhileResyncing)).toEqual(new Set([2]));
    expect(client.cache.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(client.cache.sqlite.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(client.cache.sqlite.pragma('threads', { simple: true })).toBe(0);
    decisions.approveDeclarations(client.decisions, [world.pendingDeclarations[0]!.id]);
    client.engine.decided();
    expect(client.engine.state().waiting).toBe(1);
    states.length = 0;
    await client.engine.syncNow();
    expect(states.map((state) => state.phase)).toEqual(
      expect.arrayContaining(['pushing', 'pulling', 'idle']),
    );
    expect(client.engine.state()).toMatchObject({ waiting: 0, connection: 'online' });
  });

  it('runs one sync at a time: a call during a sync gets the next one', async () => {
    const before = proxy.log.length;
    const [first, second] = await Promise.all([client.engine.syncNow(), client.engine.syncNow()]);
    expect(first.phase).toBe('idle');
    expect(second.phase).toBe('idle');
    const pulls = proxy.log.slice(before).filter((entry) => entry.path.includes('/sync/pull'));
    expect(pulls).toHaveLength(2);
  });

  it('copies the last page of a sync into the database file once the sync has ended, not within it', async () => {
    const declaration = world.pendingDeclarations.at(-1)!;
    const title = '新技术新方法应用（修订稿）';
    /** The title as the database file alone holds it: what the WAL's checkpoints have copied so far. */
    const titleInDatabaseFile = () => {
      const copy = join(client.dir, 'database-file-only.sqlite');
      copyFileSync(client.cache.path, copy);
      const file = new Database(copy);
      try {
        return file.prepare('select title from declarations where id = ?').pluck().get(declaration.id);
      } finally {
        file.close();
      }
    };
    await editDeclaration(server, declaration.id, title);
    expect(await client.engine.syncNow()).toMatchObject({ phase: 'idle', connection: 'online' });
    const cached = client.cache.sqlite.prepare('select title from declarations where id = ?').pluck();
    expect(cached.get(declaration.id)).toBe(title);
    expect(titleInDatabaseFile()).not.toBe(title);
    await expect.poll(titleInDatabaseFile).toBe(title);
  });

  it('prefetches the newest pending scans within the budget, and serves any scan offline once kept', async () => {
    const summary = await client.engine.prefetch();
    expect(summary).toMatchObject({ downloaded: expect.any(Number), failed: 0 });
    const newest = world.pendingDeclarations.slice(1).reverse();
    proxy.plan(() => ({ kind: 'drop' }));
    for (const declaration of newest.slice(0, 4)) {
      const file = await client.engine.attachment(declaration.attachment_id!);
      expect(file.mediaType).toBe('image/png');
      expect(new Uint8Array(readFileSync(file.path))).toEqual(world.scans.get(declaration.attachment_id!));
    }
    const oldest = world.pendingDeclarations[1]!.attachment_id!;
    await expect(client.engine.attachment(oldest)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    proxy.plan(() => ({ kind: 'pass' }));
    expect((await client.engine.attachment(oldest)).size).toBe(world.scans.get(oldest)!.length);
    await expect(client.engine.attachment('no-such-scan')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('goes offline when requests fail, and the health probe brings it back', async () => {
    proxy.plan(
      planOf({
        push: [],
        pull: Array.from({ length: 9 }, () => ({ kind: 'drop' as const })),
        health: [{ kind: 'drop' }],
      }),
    );
    const offline = await client.engine.syncNow();
    expect(offline.connection).toBe('offline');
    const back = await new Promise<SyncState>((resolve) => {
      const stop = client.engine.onState((state) => {
        if (state.connection === 'online' && state.phase === 'idle' && state.lastError === undefined) {
          stop();
          resolve(state);
        }
      });
    });
    expect(back.lastSyncAt).not.toBeNull();
    expect(proxy.log.some((entry) => entry.path.endsWith('/health'))).toBe(true);
  });

  it('tells when the session expired, and syncs again with a new token', async () => {
    token = 'revoked-or-expired';
    decisions.approveDeclarations(client.decisions, [world.pendingDeclarations[2]!.id]);
    const refused = await client.engine.syncNow();
    expect(refused).toMatchObject({ connection: 'unauthorized', waiting: 1 });
    expect(refused.lastError).toMatch(/[\u4e00-\u9fff]/);
    token = await tokenFor(server.context(), { kind: 'unit_admin', id: world.adminId, unitId: world.unitId });
    expect(await client.engine.syncNow()).toMatchObject({ connection: 'online', waiting: 0 });
  });

  it('syncs on its timer once started, and stops cleanly', async () => {
    const before = proxy.log.length;
    client.engine.start(50);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await client.engine.stop();
    const pulls = proxy.log.slice(before).filter((entry) => entry.path.includes('/sync/pull')).length;
    expect(pulls).toBeGreaterThanOrEqual(2);
    // A request written just before the stop may still reach the proxy; none may start afterwards.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = proxy.log.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(proxy.log.length).toBe(after);
  });
});
