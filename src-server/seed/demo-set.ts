import { DAY_MS, isoTime } from './seed-calendar.ts';
import {
  buildDemoUnitWorld,
  type DemoLogin,
  type DemoUnitWorld,
  type WorldContext,
} from './demo-unit-world.ts';
import { demoUnits } from './demo-units.ts';
import { hrAdminRows } from './hr-admin-rows.ts';
import type { Prng } from './prng.ts';
import { staffRow } from './staff-rows.ts';

export interface DemoSet {
  logins: DemoLogin[];
  hrUsernames: string[];
}

/**
 * A person who registered with the wrong unit first: a withdrawn registration in the previous unit,
 * days before the approved one (撤回申请, then registering again).
 */
function addWithdrawnFirstTry(
  rng: Prng,
  wrong: DemoUnitWorld,
  right: DemoUnitWorld,
  context: WorldContext,
): void {
  if (!wrong.placement || !right.rejoiner) return;
  const registeredAt = Date.parse(right.rejoiner.registeredAt) - 3 * DAY_MS;
  if (registeredAt <= wrong.placement.unitApprovedAt) return;
  const row = staffRow(rng, right.rejoiner.person, wrong.placement, 'withdrawn');
  context.batch.staff.push({ ...row, registered_at: isoTime(registeredAt) });
}

/** The demo world: HR administrators of every region and the demo units, into `context.batch`. */
export function buildDemoSet(rng: Prng, context: WorldContext): DemoSet {
  const hrAdmins = hrAdminRows(rng.fork('hr'), context.passwordHash);
  context.batch.hr_admins.push(...hrAdmins);
  const worlds = demoUnits.map((spec, index) =>
    buildDemoUnitWorld(rng.fork(`unit-${index}`), spec, index, context),
  );
  worlds
    .slice(1)
    .forEach((right, i) => addWithdrawnFirstTry(rng.fork(`withdrawn-${i}`), worlds[i]!, right, context));
  return { logins: worlds.map((world) => world.login), hrUsernames: hrAdmins.map((row) => row.username) };
}
