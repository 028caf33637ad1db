import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../../src-server/app.ts';
import { defaultServerConfig, type ServerContext } from '../../../../src-server/context.ts';
import { openServerDatabase, type ServerDb } from '../../../../src-server/db/connect.ts';
import type { DialectName } from '../../../../src-server/db/dialect.ts';
import { prepareDatabase } from '../../../../src-server/db/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-server.ts';

/** The real sync API on loopback that can be restarted over the same database, on the same port. */
export interface RestartableServer {
  dialect: DialectName;
  /** The running server's context (a new one after each restart). */
  context(): ServerContext;
  port: number;
  /** Stops the server and starts a new one (new connections, new app) over the same database. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

interface Running {
  serverDb: ServerDb;
  context: ServerContext;
  app: FastifyInstance;
}

async function run(url: string, dialect: DialectName, port: number): Promise<Running & { port: number }> {
  const serverDb = openServerDatabase(url);
  await prepareDatabase(serverDb);
  const context: ServerContext = {
    db: serverDb.db,
    dialect,
    now: () => new Date(),
    config: { ...defaultServerConfig },
  };
  const app = await buildServer({ context });
  const address = await app.listen({ host: '127.0.0.1', port });
  return { serverDb, context, app, port: Number(new URL(address).port) };
}

async function halt(running: Running): Promise<void> {
  await running.app.close();
  await running.serverDb.close();
  // pg's pool.end() resolves before its clients have disconnected.
  await delay(50);
}

export async function startRestartableServer(dialect: DialectName): Promise<RestartableServer> {
  const database: TestDatabase = await createTestDatabase(dialect);
  let current = await run(database.url, dialect, 0);
  const port = current.port;
  return {
    dialect,
    port,
    context: () => current.context,
    async restart() {
      await halt(current);
      current = await run(database.url, dialect, port);
    },
    async close() {
      await halt(current);
      await database.drop();
    },
  };
}
