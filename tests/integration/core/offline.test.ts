import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '../../support/server-fixtures.ts';
import { logInOk, startDesk, type Desk } from './support/desk.ts';
import { seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

let desk: Desk;
let world: UnitWorld;

beforeAll(async () => {
  desk = await startDesk();
  world = await seedUnitWorld(desk.server);
});

afterAll(() => desk.close());

/** Stops the sync API listening, as a cut network would, and gives back the way to start it again. */
async function takeServerOffline(): Promise<() => Promise<void>> {
  const http = desk.server.app.server;
  const { port } = http.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    http.close(() => resolve());
    http.closeAllConnections();
  });
  return () => new Promise<void>((resolve) => http.listen(port, '127.0.0.1', () => resolve()));
}

describe('a day offline', () => {
  it('decides offline, survives a restart, and syncs once the server is back', async () => {
    const session = await logInOk(desk, world);
    await desk.call('syncNow');
    const bringBack = await takeServerOffline();

    const { first } = world.registrations;
    await desk.call('registrationsApprove', { staffIds: [first.id] });
    expect(await desk.call('syncNow')).toMatchObject({
      status: 'offline',
      waiting: 1,
      error: expect.any(String),
    });
    expect(await desk.result('sessionCaptcha')).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });

    await desk.restart();
    await desk.call('sessionUnlock', { accountId: session.accountId, password: FIXTURE_PASSWORD });
    expect((await desk.call('staffDetail', { id: first.id })).staff).toMatchObject({
      status: 'approved',
      waiting: true,
    });

    await bringBack();
    expect(await desk.call('syncNow')).toMatchObject({ status: 'online', waiting: 0, conflicts: 0 });
    const row = await desk.server.context.db
      .selectFrom('staff')
      .select('status')
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('approved');
  });
});
