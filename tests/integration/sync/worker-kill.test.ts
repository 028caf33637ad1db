import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCache } from '../../../src-main/core/cache/index.ts';
import { fileSecretVault, startCore, type Core } from '../../../src-main/core/index.ts';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.ts';
import { makeTempDir, type TempDir } from '../../support/temp-dir.ts';
import { testDialects } from '../../support/test-server.ts';
import { expectEachAppliedOnce } from './support/exactly-once.ts';
import { cacheMirror, serverMirror } from './support/mirror.ts';
import { planOf } from './support/schedules.ts';
import type { OpenArgs } from './support/sync-core-worker.ts';
import { startRestartableServer, type RestartableServer } from './support/sync-server.ts';
import { seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

const WORKER = new URL('./support/sync-core-worker.ts', import.meta.url);

/**
 * The core worker killed at the worst moments, through the real core client (startCore and
 * terminate): the next call starts a new worker, which must resume from what the cache committed.
 */
describe.each(testDialects)('the core worker killed mid-sync, against the real server on %s', (dialect) => {
  let server: RestartableServer;
  let proxy: FaultProxy;
  let world: UnitWorld;
  let dir: TempDir;
  let core: Core;
  let open: OpenArgs;

  beforeAll(async () => {
    server = await startRestartableServer(dialect);
    proxy = await startFaultProxy(server.port);
    world = await seedUnitWorld(server.context(), { approved: 4, pending: 2, declarations: 12 });
    // Small pages, so that a first pull takes several requests.
    open = { baseUrl: `${proxy.origin}/api/v1`, token: world.token, adminId: world.adminId, pageLimit: 10 };
  });
  afterAll(async () => {
    await proxy.close();
    await server.close();
  });
  afterEach(async () => {
    await core.close();
    dir.remove();
  });

  async function call<T>(channel: string, args: unknown = {}): Promise<T> {
    const result = await core.call(channel, args);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  function startTestCore() {
    dir = makeTempDir('sync-kill');
    core = startCore({
      workerUrl: WORKER,
      userDataDir: dir.path,
      identity: { productName: '河南测试', version: '1.0.0', runtime: 'browser-shell' },
      vault: fileSecretVault(join(dir.path, 'secret.key')),
    });
  }

  /** After the kill: a new worker opens the same cache and syncs; the server has each decision once. */
  async function expectRecovered() {
    proxy.plan(() => ({ kind: 'pass' }));
    await call('open', open);
    const state = await call<{ waiting: number; connection: string }>('sync');
    expect(state).toMatchObject({ waiting: 0, connection: 'online' });
    await core.close();
    const cache = await openCache(join(dir.path, 'cache.sqlite'));
    try {
      expect(cacheMirror(cache)).toEqual(await serverMirror(server.context(), world.unitId));
      const clientId = cache.sqlite
        .prepare<[], { client_id: string }>('select client_id from sync_meta')
        .get()!.client_id;
      await expectEachAppliedOnce(server.context(), cache, clientId);
    } finally {
      await cache.close();
    }
  }

  it('killed between the local commit and the push: the decision survives and is pushed once', async () => {
    startTestCore();
    await call('open', open);
    await call('sync');
    const ids = world.pendingDeclarations.slice(0, 3).map((row) => row.id);
    expect(await call('approve', { ids })).toMatchObject({ affected: 3 });
    await core.terminate();
    await expectRecovered();
  });

  it('killed after the server applied a push but before its answer arrived: pushed again, applied once', async () => {
    startTestCore();
    await call('open', open);
    await call('sync');
    const ids = world.pendingDeclarations.slice(3, 6).map((row) => row.id);
    await call('approve', { ids });
    const held = Promise.withResolvers<void>();
    const release = Promise.withResolvers<void>();
    proxy.plan(planOf({ push: [{ kind: 'hold', until: release.promise, onHeld: held.resolve }] }));
    const syncing = core.call('sync', {});
    await held.promise;
    await core.terminate();
    release.resolve();
    expect(await syncing).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    await expectRecovered();
  });

  it('killed in the middle of a first full pull: the next worker resumes the resync', async () => {
    startTestCore();
    await call('open', open);
    const held = Promise.withResolvers<void>();
    const release = Promise.withResolvers<void>();
    proxy.plan(
      planOf({ pull: [{ kind: 'pass' }, { kind: 'hold', until: release.promise, onHeld: held.resolve }] }),
    );
    const syncing = core.call('sync', {});
    await held.promise;
    await core.terminate();
    release.resolve();
    await syncing;
    const cache = await openCache(join(dir.path, 'cache.sqlite'));
    const meta = cache.sqlite.prepare('select cursor, resyncing from sync_meta').get();
    await cache.close();
    expect(meta).toMatchObject({ cursor: expect.any(String), resyncing: 1 });
    await expectRecovered();
  });
});
