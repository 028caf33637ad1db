import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cacheFileFor, openCache } from '../../../src-main/core/cache/index.ts';
import { answerAllCaptchasWith } from '../../support/captcha.ts';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.ts';
import { FIXTURE_PASSWORD } from '../../support/server-fixtures.ts';
import { makeTempDir, type TempDir } from '../../support/temp-dir.ts';
import { testDialects } from '../../support/test-server.ts';
import { startCoreProcess, type CoreProcess } from './support/core-process-client.ts';
import { expectEachAppliedOnce } from './support/exactly-once.ts';
import { cacheMirror, serverMirror } from './support/mirror.ts';
import { planOf } from './support/schedules.ts';
import { startRestartableServer, type RestartableServer } from './support/sync-server.ts';
import { seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

interface Session {
  accountId: string;
}
interface SyncState {
  status: string;
  waiting: number;
  conflicts: number;
}

/**
 * The whole desktop process killed (SIGKILL: no clean-up runs) at the worst moments, with the real
 * core worker and the real log-in: the next process unlocks the account offline, syncs, and must end
 * with the cache equal to the server and every decision applied exactly once.
 */
describe.each(testDialects)(
  'the desktop process killed mid-sync, against the real server on %s',
  (dialect) => {
    let server: RestartableServer;
    let proxy: FaultProxy;
    let world: UnitWorld;
    let dir: TempDir;
    let desk: CoreProcess | undefined;
    let serverUrl: string;

    beforeAll(async () => {
      server = await startRestartableServer(dialect);
      proxy = await startFaultProxy(server.port);
      serverUrl = `${proxy.origin}/api/v1`;
    });
    afterAll(async () => {
      await proxy.close();
      await server.close();
    });
    afterEach(async () => {
      await desk?.kill();
      desk = undefined;
      dir.remove();
    });

    async function logIn(): Promise<Session> {
      world = await seedUnitWorld(server.context(), { approved: 4, pending: 2, declarations: 12 });
      dir = makeTempDir('process-kill');
      desk = await startCoreProcess(dir.path);
      await desk.call('settingsSet', { serverUrl, syncIntervalSeconds: 3600 });
      const { captchaId } = await desk.call<{ captchaId: string }>('sessionCaptcha');
      await answerAllCaptchasWith(server.context(), 'ABCD');
      const { db } = server.context();
      const unit = await db
        .selectFrom('units')
        .select('code')
        .where('id', '=', world.unitId)
        .executeTakeFirstOrThrow();
      const admin = await db
        .selectFrom('unit_admins')
        .select('id_number')
        .where('id', '=', world.adminId)
        .executeTakeFirstOrThrow();
      const session = await desk.call<Session>('sessionLogIn', {
        orgCode: unit.code,
        idNumber: admin.id_number,
        password: FIXTURE_PASSWORD,
        captchaId,
        captchaText: 'ABCD',
      });
      return session;
    }

    /** A new process after the kill: offline unlock, one sync, then the cache is compared with the server. */
    async function expectRecovered(session: Session) {
      proxy.plan(() => ({ kind: 'pass' }));
      desk = await startCoreProcess(dir.path);
      await desk.call('sessionUnlock', { accountId: session.accountId, password: FIXTURE_PASSWORD });
      expect(await desk.call<SyncState>('syncNow')).toMatchObject({
        status: 'online',
        waiting: 0,
        conflicts: 0,
      });
      await desk.close();
      desk = undefined;
      const cache = await openCache(
        cacheFileFor(dir.path, { serverUrl, unitId: world.unitId, adminId: world.adminId }),
      );
      try {
        expect(cacheMirror(cache)).toEqual(await serverMirror(server.context(), world.unitId));
        const { client_id: clientId } = cache.sqlite
          .prepare<[], { client_id: string }>('select client_id from sync_meta')
          .get()!;
        await expectEachAppliedOnce(server.context(), cache, clientId);
      } finally {
        await cache.close();
      }
    }

    async function approvedOnServer(ids: string[]): Promise<number> {
      const rows = await server
        .context()
        .db.selectFrom('declarations')
        .select('id')
        .where('id', 'in', ids)
        .where('status', '=', 'approved')
        .execute();
      return rows.length;
    }

    it('killed after the decision was committed locally, before any push: it survives and is pushed once', async () => {
      const session = await logIn();
      await desk!.call('syncNow');
      const ids = world.pendingDeclarations.slice(0, 3).map((row) => row.id);
      expect(await desk!.call('declarationsApprove', { ids })).toMatchObject({ applied: 3 });
      await desk!.kill();
      expect(await approvedOnServer(ids)).toBe(0);
      await expectRecovered(session);
      expect(await approvedOnServer(ids)).toBe(3);
    });

    it('killed after the server applied a push, before its answer arrived: pushed again, applied once', async () => {
      const session = await logIn();
      await desk!.call('syncNow');
      const ids = world.pendingDeclarations.slice(3, 7).map((row) => row.id);
      await desk!.call('declarationsApprove', { ids });
      const held = Promise.withResolvers<void>();
      const release = Promise.withResolvers<void>();
      proxy.plan(planOf({ push: [{ kind: 'hold', until: release.promise, onHeld: held.resolve }] }));
      void desk!.call('syncNow').catch(() => {});
      await held.promise;
      await desk!.kill();
      release.resolve();
      expect(await approvedOnServer(ids)).toBe(4);
      await expectRecovered(session);
    });

    it('killed while the first full pull was on its way: the next process pulls again from its last commit', async () => {
      const held = Promise.withResolvers<void>();
      const release = Promise.withResolvers<void>();
      proxy.plan(planOf({ pull: [{ kind: 'hold', until: release.promise, onHeld: held.resolve }] }));
      const session = await logIn();
      await held.promise;
      await desk!.kill();
      release.resolve();
      await expectRecovered(session);
    });
  },
);
