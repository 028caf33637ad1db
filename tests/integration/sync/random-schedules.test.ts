import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallFailure } from '../../../src-main/core/api/call-failure.ts';
import * as decisions from '../../../src-main/core/decisions/index.ts';
import { startFaultProxy, type Fault, type FaultProxy } from '../../support/fault-proxy.ts';
import { testDialects } from '../../support/test-server.ts';
import { expectEachAppliedOnce } from './support/exactly-once.ts';
import { cacheMirror, serverMirror } from './support/mirror.ts';
import { editDeclaration, withdrawDeclaration, withdrawRegistration } from './support/other-parties.ts';
import { planOf } from './support/schedules.ts';
import { syncUntilSettled } from './support/settle.ts';
import { openSyncClient, type SyncClient } from './support/sync-client.ts';
import { startRestartableServer, type RestartableServer } from './support/sync-server.ts';
import { seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

type Decision =
  | 'approveDeclarations'
  | 'rejectDeclarations'
  | 'approveRegistrations'
  | 'rejectRegistrations'
  | 'transferStaff'
  | 'markStaffLeft'
  | 'renameDepartment'
  | 'createDepartment'
  | 'deleteDepartment';
type OtherParty = 'withdrawRegistration' | 'withdrawDeclaration' | 'editDeclaration';

type Step =
  | { kind: 'decide'; decision: Decision; pick: number }
  | { kind: 'other'; change: OtherParty; pick: number }
  | { kind: 'sync'; push: Fault[]; pull: Fault[] };

const fault = fc.constantFrom<Fault>(
  { kind: 'pass' },
  { kind: 'drop' },
  { kind: 'dropAnswer' },
  { kind: 'cut', fraction: 0.5 },
  { kind: 'duplicate' },
  { kind: 'error500' },
  { kind: 'delay', ms: 30 },
);

const decide: fc.Arbitrary<Step> = fc.record({
  kind: fc.constant('decide' as const),
  decision: fc.constantFrom<Decision>(
    'approveDeclarations',
    'rejectDeclarations',
    'approveRegistrations',
    'rejectRegistrations',
    'transferStaff',
    'markStaffLeft',
    'renameDepartment',
    'createDepartment',
    'deleteDepartment',
  ),
  pick: fc.nat(1000),
});
const other: fc.Arbitrary<Step> = fc.record({
  kind: fc.constant('other' as const),
  change: fc.constantFrom<OtherParty>('withdrawRegistration', 'withdrawDeclaration', 'editDeclaration'),
  pick: fc.nat(1000),
});
const sync: fc.Arbitrary<Step> = fc.record({
  kind: fc.constant('sync' as const),
  push: fc.array(fault, { maxLength: 3 }),
  pull: fc.array(fault, { maxLength: 3 }),
});
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: decide },
  { weight: 2, arbitrary: other },
  { weight: 1, arbitrary: sync },
);

/** Runs the steps against one client; refused decisions (the cache said no) are part of the game. */
class Scenario {
  readonly server: RestartableServer;
  readonly proxy: FaultProxy;
  readonly world: UnitWorld;
  readonly client: SyncClient;
  private names = 0;

  constructor(server: RestartableServer, proxy: FaultProxy, world: UnitWorld, client: SyncClient) {
    this.server = server;
    this.proxy = proxy;
    this.world = world;
    this.client = client;
  }

  private ids(sql: string, pick: number, count: number): string[] {
    const rows = this.client.cache.sqlite.prepare<[], { id: string }>(sql).all();
    if (rows.length === 0) return [];
    return Array.from({ length: Math.min(count, rows.length) }, (_, i) => rows[(pick + i) % rows.length]!.id);
  }

  private pending(table: 'declarations' | 'staff', pick: number, count = 2) {
    return this.ids(`select id from ${table} where status = 'pending' order by id`, pick, count);
  }

  private departments(pick: number) {
    return this.ids('select id from departments order by id', pick, 1);
  }

  decide(decision: Decision, pick: number): void {
    const context = this.client.decisions;
    const name = `部门${this.names++}`;
    const run: Record<Decision, () => unknown> = {
      approveDeclarations: () => decisions.approveDeclarations(context, this.pending('declarations', pick)),
      rejectDeclarations: () =>
        decisions.rejectDeclarations(context, this.pending('declarations', pick), '材料不全'),
      approveRegistrations: () => decisions.approveRegistrations(context, this.pending('staff', pick, 1)),
      rejectRegistrations: () =>
        decisions.rejectRegistrations(context, this.pending('staff', pick, 1), '非本单位人员'),
      transferStaff: () =>
        decisions.transferStaff(
          context,
          this.ids("select id from staff where status = 'approved' order by id", pick, 2),
          this.departments(pick)[0] ?? '',
        ),
      markStaffLeft: () =>
        decisions.markStaffLeft(
          context,
          this.ids("select id from staff where status = 'approved' order by id", pick, 1),
        ),
      renameDepartment: () => decisions.renameDepartment(context, this.departments(pick)[0] ?? '', name),
      createDepartment: () => decisions.createDepartment(context, this.departments(pick)[0] ?? null, name),
      deleteDepartment: () => decisions.deleteDepartment(context, this.departments(pick)[0] ?? ''),
    };
    try {
      run[decision]();
    } catch (error) {
      if (!(error instanceof CallFailure)) throw error;
    }
  }

  /** Half the time another party changes a row the client has an unsynced decision on: a conflict. */
  private preferDecided<T extends { id: string }>(rows: T[], pick: number): T | undefined {
    const decided = new Set(
      this.client.cache.sqlite
        .prepare<[], { row_id: string }>('select row_id from outbox_targets')
        .all()
        .map((row) => row.row_id),
    );
    const contested = rows.filter((row) => decided.has(row.id));
    const from = pick % 2 === 0 && contested.length > 0 ? contested : rows;
    return from[pick % Math.max(from.length, 1)];
  }

  async other(change: OtherParty, pick: number): Promise<void> {
    const { db } = this.server.context();
    if (change === 'withdrawRegistration') {
      const pending = await db
        .selectFrom('staff')
        .select(['id', 'id_number'])
        .where('unit_id', '=', this.world.unitId)
        .where('status', '=', 'pending')
        .orderBy('id')
        .execute();
      const chosen = this.preferDecided(pending, pick);
      if (chosen) await withdrawRegistration(this.server, chosen.id_number);
      return;
    }
    const declarations = await db
      .selectFrom('declarations')
      .select(['id', 'staff_id'])
      .where('unit_id', '=', this.world.unitId)
      .where('status', '=', 'pending')
      .orderBy('id')
      .execute();
    const chosen = this.preferDecided(declarations, pick);
    if (!chosen) return;
    if (change === 'withdrawDeclaration') await withdrawDeclaration(this.server, chosen.staff_id, chosen.id);
    else await editDeclaration(this.server, chosen.id, `修改${pick}`);
  }

  async sync(push: Fault[], pull: Fault[]): Promise<void> {
    this.proxy.plan(planOf({ push, pull }));
    await this.client.engine.syncNow();
    this.proxy.plan(() => ({ kind: 'pass' }));
  }

  async run(steps: readonly Step[]): Promise<void> {
    for (const next of steps) {
      if (next.kind === 'decide') this.decide(next.decision, next.pick);
      else if (next.kind === 'other') await this.other(next.change, next.pick);
      else await this.sync(next.push, next.pull);
    }
  }
}

describe.each(testDialects)(
  'random schedules of offline decisions, changes by others and faults (%s)',
  (dialect) => {
    let server: RestartableServer;
    let proxy: FaultProxy;

    beforeAll(async () => {
      server = await startRestartableServer(dialect);
      proxy = await startFaultProxy(server.port);
    });
    afterAll(async () => {
      await proxy.close();
      await server.close();
    });

    it(
      'always ends with the cache equal to the server and each decision applied once',
      { timeout: 60_000 },
      async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 8 }), async (steps) => {
            proxy.plan(() => ({ kind: 'pass' }));
            const world = await seedUnitWorld(server.context(), { approved: 3, pending: 3, declarations: 5 });
            const client = await openSyncClient(proxy.origin, world, { pageLimit: 6 });
            try {
              await syncUntilSettled(client.engine);
              await new Scenario(server, proxy, world, client).run(steps);
              await syncUntilSettled(client.engine);
              expect(cacheMirror(client.cache)).toEqual(await serverMirror(server.context(), world.unitId));
              await expectEachAppliedOnce(server.context(), client.cache, client.clientId());
            } finally {
              await client.close();
            }
          }),
          // PostgreSQL's slower set-up per world buys fewer runs in the same time.
          { numRuns: dialect === 'sqlite' ? 20 : 12 },
        );
      },
    );
  },
);
