import type { ServerDb } from '../db/connect.ts';
import type { DemoLogin } from './demo-unit-world.ts';
import { DEMO_PASSWORD, seedDatabase, type SeedReport } from './run-seed.ts';
import { parseSeedArgs } from './seed-options.ts';

const TABLES = [
  'units',
  'unit_admins',
  'departments',
  'staff',
  'declarations',
  'attachments',
  'certificates',
  'hr_admins',
] as const;

function unitLogin(login: DemoLogin): string {
  const lines = [
    `  ${login.unitName} (${login.unitStatus}): unit code ${login.unitCode}, admin ID ${login.adminIdNumber}`,
  ];
  if (login.subAdminIdNumber) lines.push(`    sub-administrator ID ${login.subAdminIdNumber}`);
  if (login.staffIdNumber) lines.push(`    staff ${login.staffName} ID ${login.staffIdNumber}`);
  return lines.join('\n');
}

async function printReport(database: ServerDb, report: SeedReport): Promise<void> {
  const seconds = Object.entries(report.timings).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`);
  console.log(`Seeded (${seconds.join(', ')}).`);
  const counts: string[] = [];
  for (const table of TABLES) {
    const { n } = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts.push(`${table} ${Number(n)}`);
  }
  console.log(`Rows: ${counts.join(', ')}.`);
  console.log(`\nDemo log-ins, password ${DEMO_PASSWORD} for every account:`);
  for (const login of [...report.logins, ...(report.bigUnit ? [report.bigUnit] : [])])
    console.log(unitLogin(login));
  console.log(`  HR administrators: ${report.hrUsernames.join(', ')} (e.g. hr410100 for 郑州市)`);
}

/** `npm run seed [-- options]`: see seed-options.ts. */
export async function seedCommand(args: string[], database: ServerDb): Promise<void> {
  const report = await seedDatabase(database, parseSeedArgs(args));
  await printReport(database, report);
}
