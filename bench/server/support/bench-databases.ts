import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The big unit a benchmark database holds besides the demo set. */
export interface UnitSize {
  staff: number;
  declarations: number;
}

export const MEDIUM_UNIT: UnitSize = { staff: 2_000, declarations: 100_000 };
export const BIG_UNIT: UnitSize = { staff: 20_000, declarations: 1_000_000 };

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE_DIR = join(ROOT, '.data', 'bench');
const CLI = join(ROOT, 'src-server', 'cli.ts');
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface WorkingDatabase {
  url: string;
  remove(): Promise<void>;
}

/** Changes whenever the seed or the schema does, so a stale cached database is never reused. */
function sourceHash(): string {
  const hash = createHash('sha256');
  for (const dir of ['src-server/seed', 'src-server/db/migrations']) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) hash.update(readFileSync(join(ROOT, dir, name)));
  }
  return hash.digest('hex').slice(0, 8);
}

/** `<size>_<seed version>`: the size part names every version, so older ones can be removed. */
function cacheKey(size: UnitSize): { sized: string; key: string } {
  const sized = `s${size.staff}_d${size.declarations}_`;
  return { sized, key: sized + sourceHash() };
}

/** Seeds through the real command, `npm run seed -- --big-unit-…`, and prints its timing line. */
function seed(url: string, size: UnitSize): void {
  console.log(`Seeding ${size.staff} staff / ${size.declarations} declarations into ${url} …`);
  const run = spawnSync(
    process.execPath,
    [
      CLI,
      'seed',
      '--big-unit-staff',
      String(size.staff),
      '--big-unit-declarations',
      String(size.declarations),
    ],
    {
      env: { ...process.env, HNCE_DATABASE_URL: url },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error(`Seeding ${url} failed.`);
  console.log(run.stdout.split('\n')[0]);
}

/** A seeded SQLite file under .data/bench/, made once per size and seed version. */
export function cachedSqlite(size: UnitSize): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  const { sized, key } = cacheKey(size);
  const path = join(CACHE_DIR, `${key}.sqlite`);
  if (existsSync(path)) return path;
  for (const stale of readdirSync(CACHE_DIR).filter((name) => name.startsWith(sized))) {
    rmSync(join(CACHE_DIR, stale), { force: true });
  }
  // Seeded under another name and renamed when complete, so an interrupted seed is never reused.
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  seed(`sqlite:${partial}`, size);
  renameSync(partial, path);
  return path;
}

/** A copy of a cached SQLite database that a benchmark may change. */
export function sqliteWorkingCopy(size: UnitSize): WorkingDatabase {
  const path = join(tmpdir(), `hnce-bench-${process.pid}-${Date.now()}.sqlite`);
  copyFileSync(cachedSqlite(size), path);
  return {
    url: `sqlite:${path}`,
    remove: async () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    },
  };
}

function postgresUrl(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function postgresAvailable(): Promise<boolean> {
  return adminQuery('select 1').then(
    () => true,
    () => false,
  );
}

/** A seeded PostgreSQL database kept between runs (hnce_bench_<size>_<seed version>). */
async function cachedPostgres(size: UnitSize): Promise<string> {
  const { sized, key } = cacheKey(size);
  const name = `hnce_bench_${key}`;
  const cached = await adminQuery<{ datname: string }>(
    'select datname from pg_database where datname like $1',
    [`hnce_bench_${sized}%`],
  );
  if (cached.some((row) => row.datname === name)) return name;
  for (const { datname } of cached) await adminQuery(`drop database if exists ${datname} with (force)`);
  const partial = `${name}_partial`;
  await adminQuery(`drop database if exists ${partial} with (force)`);
  await adminQuery(`create database ${partial}`);
  seed(postgresUrl(partial), size);
  await adminQuery(`alter database ${partial} rename to ${name}`);
  return name;
}

/** A throw-away PostgreSQL database cloned from the cached one. */
export async function postgresWorkingCopy(size: UnitSize): Promise<WorkingDatabase> {
  const template = await cachedPostgres(size);
  const name = `hnce_bench_work_${process.pid}`;
  await adminQuery(`drop database if exists ${name} with (force)`);
  await adminQuery(`create database ${name} template ${template}`);
  return {
    url: postgresUrl(name),
    remove: () => adminQuery(`drop database if exists ${name} with (force)`).then(() => {}),
  };
}
