import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildServer } from '../../src-server/app.ts';
import { defaultServerConfig, type ServerConfig, type ServerContext } from '../../src-server/context.ts';
import { openServerDatabase, type ServerDb } from '../../src-server/db/connect.ts';
import type { DialectName } from '../../src-server/db/dialect.ts';
import { prepareDatabase } from '../../src-server/db/migrate.ts';
import { requireOutside } from './outside.ts';
import { makeTempDir } from './temp-dir.ts';

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** SQLite always; PostgreSQL where it runs (and in CI, where it must). */
export const testDialects: DialectName[] = requireOutside(
  'PostgreSQL',
  await postgresReachable(),
  `no server at ${POSTGRES_ADMIN_URL}; start it with pg_ctlcluster`,
)
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database: a temp SQLite file, or a new PostgreSQL database dropped afterwards. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = makeTempDir('server-db');
    return { url: `sqlite:${join(dir.path, 'server.sqlite')}`, drop: async () => dir.remove() };
  }
  const name = `hnce_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export interface TestServer {
  dialect: DialectName;
  app: FastifyInstance;
  context: ServerContext;
  serverDb: ServerDb;
  baseUrl: string;
  clock: TestClock;
  close(): Promise<void>;
}

/** The real sync API on a loopback port over a fresh, migrated database, with a clock tests move. */
export async function startTestServer(
  dialect: DialectName,
  config: Partial<ServerConfig> = {},
): Promise<TestServer> {
  const database = await createTestDatabase(dialect);
  const serverDb = openServerDatabase(database.url);
  await prepareDatabase(serverDb);
  const clock: TestClock = {
    now: new Date('2026-11-28T02:00:00.000Z'),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const context: ServerContext = {
    db: serverDb.db,
    dialect,
    now: () => clock.now,
    config: { ...defaultServerConfig, ...config },
  };
  const app = await buildServer({ context });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    dialect,
    app,
    context,
    serverDb,
    baseUrl: `${address}/api/v1`,
    clock,
    async close() {
      await app.close();
      await serverDb.close();
      await database.drop();
    },
  };
}
