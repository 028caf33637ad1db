import { createSession, revokeSessionsOf } from '../../../src-server/auth/sessions.ts';
import { defaultServerConfig, type ServerContext } from '../../../src-server/context.ts';
import { openServerDatabase, type ServerDb } from '../../../src-server/db/connect.ts';
import { BIG_UNIT_NAME } from '../../../src-server/seed/big-unit.ts';

/** The seeded big unit a benchmark works on, and its main administrator. */
export interface BenchUnit {
  id: string;
  code: string;
  adminId: string;
  adminIdNumber: string;
}

async function withDatabase<T>(url: string, work: (database: ServerDb) => Promise<T>): Promise<T> {
  const database = openServerDatabase(url);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export function findBenchUnit(url: string): Promise<BenchUnit> {
  return withDatabase(url, ({ db }) =>
    db
      .selectFrom('units')
      .innerJoin('unit_admins', 'unit_admins.unit_id', 'units.id')
      .select([
        'units.id',
        'units.code',
        'unit_admins.id as adminId',
        'unit_admins.id_number as adminIdNumber',
      ])
      .where('units.name', '=', BIG_UNIT_NAME)
      .where('unit_admins.role', '=', 'admin')
      .executeTakeFirstOrThrow(),
  );
}

function contextOf(database: ServerDb): ServerContext {
  return { db: database.db, dialect: database.dialect, now: () => new Date(), config: defaultServerConfig };
}

/**
 * A session for the unit's administrator, written straight into the database: the production server
 * has no way to solve its own captcha, and the pull and push benchmarks measure sync, not log-in.
 */
export function adminSession(url: string, unit: BenchUnit): Promise<string> {
  const subject = { kind: 'unit_admin' as const, id: unit.adminId, unitId: unit.id };
  return withDatabase(
    url,
    async (database) => (await createSession(contextOf(database), subject, '127.0.0.1')).token,
  );
}

/** Ends the administrator's sessions, leaving a cached database as it was seeded. */
export function endAdminSessions(url: string, unit: BenchUnit): Promise<void> {
  return withDatabase(url, (database) => revokeSessionsOf(contextOf(database), 'unit_admin', unit.adminId));
}

/** The unit's pending declarations with their versions, oldest first: what an administrator approves. */
export function pendingDeclarations(
  url: string,
  unit: BenchUnit,
): Promise<{ id: string; version: number }[]> {
  return withDatabase(url, ({ db }) =>
    db
      .selectFrom('declarations')
      .select(['id', 'version'])
      .where('unit_id', '=', unit.id)
      .where('status', '=', 'pending')
      .orderBy('seq')
      .execute(),
  );
}

export function countByStatus(url: string, unit: BenchUnit): Promise<Record<string, number>> {
  return withDatabase(url, async ({ db }) => {
    const rows = await db
      .selectFrom('declarations')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit_id', '=', unit.id)
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  });
}
