import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decisions from '../../../src-main/core/decisions/index.ts';
import { startFaultProxy, type Fault, type FaultProxy } from '../../support/fault-proxy.ts';
import { insertDeclaration } from '../../support/server-fixtures.ts';
import { testDialects } from '../../support/test-server.ts';
import { expectEachAppliedOnce } from './support/exactly-once.ts';
import { cacheMirror, serverMirror } from './support/mirror.ts';
import { planOf, type Schedule } from './support/schedules.ts';
import { syncUntilSettled } from './support/settle.ts';
import { openSyncClient, type SyncClient } from './support/sync-client.ts';
import { startRestartableServer, type RestartableServer } from './support/sync-server.ts';
import { seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

/** Faults on a schedule; `server` gives what needs the running server (a restart). */
const schedules: [string, (server: RestartableServer) => Schedule][] = [
  ['pushes dropped before reaching the server', () => ({ push: [{ kind: 'drop' }, { kind: 'drop' }] })],
  ['a push applied whose answer is lost', () => ({ push: [{ kind: 'dropAnswer' }] })],
  [
    'pushes answered 500',
    () => ({ push: [{ kind: 'error500' }, { kind: 'error500' }, { kind: 'error500' }] }),
  ],
  ['a push duplicated on the way', () => ({ push: [{ kind: 'duplicate' }] })],
  ['a push delayed', () => ({ push: [{ kind: 'delay', ms: 300 }] })],
  [
    'pull pages cut mid-body',
    () => ({
      pull: [
        { kind: 'pass' },
        { kind: 'cut', fraction: 0.3 },
        { kind: 'pass' },
        { kind: 'cut', fraction: 0.95 },
      ],
    }),
  ],
  [
    'pull pages dropped, lost and answered 500',
    () => ({ pull: [{ kind: 'drop' }, { kind: 'error500' }, { kind: 'pass' }, { kind: 'dropAnswer' }] }),
  ],
  [
    'pull pages duplicated and delayed',
    () => ({ pull: [{ kind: 'duplicate' }, { kind: 'delay', ms: 200 }, { kind: 'duplicate' }] }),
  ],
  [
    'a long outage (the client goes offline, the probe brings it back)',
    () => ({
      push: Array.from({ length: 12 }, (): Fault => ({ kind: 'drop' })),
      health: [{ kind: 'drop' }, { kind: 'error500' }],
    }),
  ],
  [
    'the server restarted mid-pull',
    (server) => ({
      pull: [{ kind: 'pass' }, () => ({ kind: 'hold', until: server.restart() })],
    }),
  ],
  [
    'the server restarted after applying a push, before answering',
    (server) => ({
      push: [() => ({ kind: 'hold', until: server.restart() })],
    }),
  ],
];

describe.each(testDialects)('sync under faults against the real server on %s', (dialect) => {
  let server: RestartableServer;
  let proxy: FaultProxy;
  let world: UnitWorld;
  let client: SyncClient;
  let round = 0;

  beforeAll(async () => {
    server = await startRestartableServer(dialect);
    proxy = await startFaultProxy(server.port);
    world = await seedUnitWorld(server.context(), { approved: 8, pending: 30, declarations: 60 });
    // Small pages, so a pull takes several requests for the faults to hit.
    client = await openSyncClient(proxy.origin, world, { pageLimit: 7 });
    await syncUntilSettled(client.engine);
  });
  afterAll(async () => {
    await client.close();
    await proxy.close();
    await server.close();
  });

  /** A few decisions on rows no earlier round touched, and a change by someone else on the server. */
  async function decideSomething() {
    const n = round++;
    const declarations = world.pendingDeclarations.slice(n * 4, n * 4 + 4).map((row) => row.id);
    decisions.approveDeclarations(client.decisions, declarations.slice(0, 3));
    decisions.rejectDeclarations(client.decisions, declarations.slice(3), '证明材料不清晰');
    decisions.approveRegistrations(client.decisions, [world.pendingStaff[n * 2]!.id]);
    decisions.rejectRegistrations(client.decisions, [world.pendingStaff[n * 2 + 1]!.id], '非本单位人员');
    decisions.renameDepartment(client.decisions, world.departmentIds[1]!, `心内科${n}`);
    decisions.createDepartment(
      client.decisions,
      world.departmentIds[0]!,
      `新科室${n}-${randomUUID().slice(0, 4)}`,
    );
    for (let i = 0; i < 10; i++) await insertDeclaration(server.context(), world.approvedStaff[i % 8]!);
  }

  it.each(schedules)('converges after %s', async (_name, scheduleOf) => {
    await decideSomething();
    const schedule = scheduleOf(server);
    const seenBefore = proxy.log.length;
    proxy.plan(planOf(schedule));
    await client.engine.syncNow();
    await client.engine.syncNow();
    proxy.plan(() => ({ kind: 'pass' }));
    const state = await syncUntilSettled(client.engine);
    const injected = new Set(proxy.log.slice(seenBefore).map((entry) => entry.fault));
    const scheduled = Object.values(schedule)
      .flat()
      .map((fault) => (typeof fault === 'function' ? 'hold' : fault.kind));
    for (const kind of scheduled) expect(injected).toContain(kind);
    expect(state.conflicts).toBe(0);
    expect(cacheMirror(client.cache)).toEqual(await serverMirror(server.context(), world.unitId));
    await expectEachAppliedOnce(server.context(), client.cache, client.clientId());
  });

  it('resyncs into fresh tables when the server replaced its data set, keeping waiting decisions', async () => {
    await decideSomething();
    await server.context().db.updateTable('sync_state').set({ epoch: randomUUID() }).execute();
    proxy.plan(
      planOf({
        push: [
          { kind: 'drop' },
          { kind: 'drop' },
          { kind: 'drop' },
          { kind: 'drop' },
          { kind: 'drop' },
          { kind: 'drop' },
          { kind: 'drop' },
          { kind: 'drop' },
        ],
      }),
    );
    await client.engine.syncNow();
    expect(client.engine.state().waiting).toBe(6);
    proxy.plan(() => ({ kind: 'pass' }));
    await syncUntilSettled(client.engine);
    const log = proxy.log.filter((entry) => entry.path.includes('/sync/pull'));
    expect(log.length).toBeGreaterThan(3);
    expect(cacheMirror(client.cache)).toEqual(await serverMirror(server.context(), world.unitId));
    await expectEachAppliedOnce(server.context(), client.cache, client.clientId());
  });
});
