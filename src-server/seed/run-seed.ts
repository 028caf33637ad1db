import { sql } from 'kysely';
import { hashPassword } from '../auth/passwords.ts';
import type { ServerDb } from '../db/connect.ts';
import { seedBigUnit } from './big-unit.ts';
import { buildDemoSet } from './demo-set.ts';
import type { DemoLogin } from './demo-unit-world.ts';
import { createIdNumberRegistry } from './people.ts';
import { createPrng } from './prng.ts';
import { deleteAllData, holdsData } from './reset.ts';
import { emptyBatch, writeBatch } from './seed-batch.ts';
import type { SeedOptions } from './seed-options.ts';

/** Every demo account's password. */
export const DEMO_PASSWORD = 'Henan@2026';

export interface SeedReport {
  logins: DemoLogin[];
  hrUsernames: string[];
  bigUnit?: DemoLogin;
  /** Milliseconds per phase. */
  timings: Record<string, number>;
}

async function timed<T>(timings: Record<string, number>, phase: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings[phase] = performance.now() - start;
  return result;
}

/**
 * Seeds a prepared (migrated) database with the demo world and, when asked, one big unit. Refuses a
 * database that already holds data unless `reset` is set.
 */
export async function seedDatabase(database: ServerDb, options: SeedOptions): Promise<SeedReport> {
  const { db, dialect } = database;
  const timings: Record<string, number> = {};
  // Random UUID keys scatter index writes: a larger page cache keeps them off the disk.
  if (dialect === 'sqlite') await sql`pragma cache_size = -262144`.execute(db);
  if (await holdsData(db)) {
    if (!options.reset)
      throw new Error('The database already holds data: run the seed with --reset to replace it.');
    await timed(timings, 'reset', () => deleteAllData(db));
  }
  // Hashing costs 32 MiB and tens of milliseconds: once for all demo accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rng = createPrng(options.seed);
  const ids = createIdNumberRegistry();
  const batch = emptyBatch();
  const demo = await timed(timings, 'demo', async () => {
    const built = buildDemoSet(rng.fork('demo'), { ids, passwordHash, batch });
    await writeBatch(db, dialect, batch);
    return built;
  });
  const { bigUnit } = options;
  const big =
    bigUnit &&
    (await timed(timings, 'bigUnit', () =>
      seedBigUnit(rng.fork('big-unit'), bigUnit, { db, dialect, ids, passwordHash }),
    ));
  // PostgreSQL plans from statistics; without them, just after a bulk load, it misjudges the feed's
  // index scans by orders of magnitude until autovacuum gets round to the tables.
  if (dialect === 'postgres') await timed(timings, 'analyze', () => sql`analyze`.execute(db));
  return { ...demo, ...(big ? { bigUnit: big } : {}), timings };
}
