import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decisions from '../../../src-main/core/decisions/index.ts';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.ts';
import { testDialects } from '../../support/test-server.ts';
import { appliedCounts, cacheMirror, serverMirror } from './support/mirror.ts';
import { openSyncClient, type SyncClient } from './support/sync-client.ts';
import { startRestartableServer, type RestartableServer } from './support/sync-server.ts';
import { seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

describe.each(testDialects)('sync engine against the real server on %s', (dialect) => {
  let server: RestartableServer;
  let proxy: FaultProxy;
  let world: UnitWorld;
  let client: SyncClient;

  beforeAll(async () => {
    server = await startRestartableServer(dialect);
    proxy = await startFaultProxy(server.port);
    world = await seedUnitWorld(server.context());
    client = await openSyncClient(proxy.origin, world);
  });
  afterAll(async () => {
    await client.close();
    await proxy.close();
    await server.close();
  });

  const expectMirrored = async () =>
    expect(cacheMirror(client.cache)).toEqual(await serverMirror(server.context(), world.unitId));

  it('mirrors the unit on the first sync, and nothing of other units', async () => {
    const state = await client.engine.syncNow();
    expect(state).toMatchObject({ connection: 'online', phase: 'idle', waiting: 0, conflicts: 0 });
    expect(state.lastError).toBeUndefined();
    expect(state.lastSyncAt).not.toBeNull();
    await expectMirrored();
  });

  it('keeps decisions made offline and pushes each exactly once when back online', async () => {
    proxy.plan(() => ({ kind: 'drop' }));
    const declarations = world.pendingDeclarations.slice(0, 4).map((row) => row.id);
    const approved = decisions.approveDeclarations(client.decisions, declarations);
    expect(approved.affected).toBe(4);
    decisions.approveRegistrations(client.decisions, [world.pendingStaff[0]!.id]);
    decisions.renameDepartment(client.decisions, world.departmentIds[0]!, '大内科');
    const offline = await client.engine.syncNow();
    expect(offline).toMatchObject({ connection: 'offline', waiting: 3 });
    expect(offline.lastError).toMatch(/无法连接服务器/);
    proxy.plan(() => ({ kind: 'pass' }));
    const online = await client.engine.syncNow();
    expect(online).toMatchObject({ connection: 'online', waiting: 0, conflicts: 0 });
    await expectMirrored();
    const counts = await appliedCounts(server.context(), client.clientId());
    expect([...counts.values()]).toEqual([1, 1, 1]);
  });

  it('records a conflict when the server row changed, shows the server row, and goes on', async () => {
    const [changed, other] = world.pendingDeclarations.slice(4, 6);
    await server
      .context()
      .db.updateTable('declarations')
      .set({ title: '由本人修改', version: changed!.version + 1, seq: 999_999 })
      .where('id', '=', changed!.id)
      .execute();
    decisions.approveDeclarations(client.decisions, [changed!.id, other!.id]);
    const state = await client.engine.syncNow();
    expect(state).toMatchObject({ waiting: 0, conflicts: 1 });
    const conflict = client.cache.sqlite.prepare('select * from conflicts').get() as Record<string, string>;
    expect(conflict).toMatchObject({ table_name: 'declarations', row_id: changed!.id, status: 'open' });
    expect(JSON.parse(conflict.server_row!)).toMatchObject({ title: '由本人修改' });
    await expectMirrored();
  });
});
