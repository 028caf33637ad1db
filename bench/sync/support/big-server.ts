import {
  BIG_UNIT,
  cachedSqlite,
  sqliteWorkingCopy,
  type WorkingDatabase,
} from '../../server/support/bench-databases.ts';
import { adminSession, findBenchUnit, type BenchUnit } from '../../server/support/bench-unit.ts';
import { PRODUCTION_SERVER, startServer, type ServerProcess } from '../../server/support/server-process.ts';

/** The production server in its own process over the seeded big unit, and a session of its administrator. */
export interface BigServer {
  server: ServerProcess;
  database: WorkingDatabase;
  databaseUrl: string;
  /** Whether the benchmark changes the data (then a cache synced from it is not the seed's). */
  writable: boolean;
  /** The cached seed the database is (a copy of). */
  seedFile: string;
  unit: BenchUnit;
  token: string;
  stop(): Promise<void>;
}

/**
 * Serves a throw-away copy of the cached seed (`node src-server/cli.ts seed --big-unit-staff 20000
 * --big-unit-declarations 1000000`, made once under .data/bench/): never the cached file itself, where
 * other benchmarks running at the same time create and end the administrator's sessions (ending ours
 * in the middle of a sync).
 */
export async function startBigServer(options: { writable: boolean }): Promise<BigServer> {
  const seedFile = cachedSqlite(BIG_UNIT);
  const database = sqliteWorkingCopy(BIG_UNIT);
  const databaseUrl = database.url;
  const unit = await findBenchUnit(databaseUrl);
  const token = await adminSession(databaseUrl, unit);
  const server = await startServer(PRODUCTION_SERVER, databaseUrl, ['serve']);
  return {
    server,
    database,
    databaseUrl,
    seedFile,
    unit,
    token,
    writable: options.writable,
    async stop() {
      await server.stop();
      await database.remove();
    },
  };
}
