import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '../../support/server-fixtures.ts';
import { logInOk, startDesk, type Desk } from './support/desk.ts';
import { seedUnitWorld, type UnitWorld } from './support/unit-world.ts';

let desk: Desk;
let first: UnitWorld;
let second: UnitWorld;

beforeAll(async () => {
  desk = await startDesk();
  first = await seedUnitWorld(desk.server);
  second = await seedUnitWorld(desk.server);
});

afterAll(() => desk.close());

const staffIds = async () => (await desk.call('staffList', {})).rows.map((row) => row.id).sort();
const idsOf = (world: UnitWorld) => [world.staff.zhang.id, world.staff.li.id].sort();

describe('two units on one PC', () => {
  it('keep one cache each and never mix, across switches', async () => {
    const one = await logInOk(desk, first);
    await desk.call('syncNow');
    expect(await staffIds()).toEqual(idsOf(first));
    await desk.call('declarationsApprove', { ids: [first.declarations.plain.id] });

    const two = await logInOk(desk, second);
    expect(await staffIds()).not.toContain(first.staff.zhang.id);
    await desk.call('syncNow');
    expect(await staffIds()).toEqual(idsOf(second));
    expect((await desk.call('declarationsCounts', {})).pending).toBe(3);
    expect(await desk.call('syncState')).toMatchObject({ waiting: 0 });

    const back = await desk.call('sessionUnlock', { accountId: one.accountId, password: FIXTURE_PASSWORD });
    expect(back.unit.id).toBe(first.unit.id);
    expect(await staffIds()).toEqual(idsOf(first));
    expect(await desk.call('syncNow')).toMatchObject({ waiting: 0, conflicts: 0 });
    const decided = await desk.server.context.db
      .selectFrom('declarations')
      .select('status')
      .where('id', '=', first.declarations.plain.id)
      .executeTakeFirstOrThrow();
    expect(decided.status).toBe('approved');

    expect(one.accountId).not.toBe(two.accountId);
    expect((await desk.call('accountsList')).map((account) => account.accountId).sort()).toEqual(
      [one.accountId, two.accountId].sort(),
    );
    const caches = readdirSync(join(desk.dir.path, 'caches')).filter((name) => name.endsWith('.sqlite'));
    expect(caches).toHaveLength(2);
  });

  it('syncs an unlocked account with the stored token, and asks for an online log-in once it is gone', async () => {
    expect(await desk.call('syncNow')).toMatchObject({ status: 'online', waiting: 0, needsLogIn: false });
    await desk.server.context.db.deleteFrom('sessions').where('subject_id', '=', first.admin.id).execute();
    await desk.call('declarationsReject', { ids: [first.declarations.withScan.id], reason: '材料不全' });
    expect(await desk.call('syncNow')).toMatchObject({
      needsLogIn: true,
      waiting: 1,
      error: expect.any(String),
    });

    await logInOk(desk, first);
    expect(await desk.call('syncNow')).toMatchObject({ needsLogIn: false, waiting: 0 });
  });
});
