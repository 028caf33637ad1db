import { buildServer } from './app.ts';
import { settingsFromEnv, type ServerSettings } from './config.ts';
import type { ServerContext } from './context.ts';
import { openServerDatabase, type ServerDb } from './db/connect.ts';
import { prepareDatabase } from './db/migrate.ts';

/**
 * `npm run server [-- <command> …]`: `serve` (default) starts the sync API; `migrate` only migrates.
 * Settings come from HNCE_* environment variables (see config.ts).
 */
type Command = (args: string[], settings: ServerSettings, database: ServerDb) => Promise<void>;

const commands: Record<string, Command> = {
  serve,
  migrate: async () => console.log('Database migrated.'),
};

async function serve(_args: string[], settings: ServerSettings, database: ServerDb): Promise<void> {
  const app = await buildServer({ context: contextOf(settings, database), logger: true });
  await app.listen({ host: settings.host, port: settings.port });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

function contextOf(settings: ServerSettings, database: ServerDb): ServerContext {
  return { db: database.db, dialect: database.dialect, now: () => new Date(), config: settings.config };
}

async function main(argv: string[]): Promise<void> {
  const [first, ...rest] = argv;
  const name = first && first in commands ? first : 'serve';
  const args = name === first ? rest : argv;
  const settings = settingsFromEnv();
  const database = openServerDatabase(settings.databaseUrl);
  await prepareDatabase(database);
  await commands[name]!(args, settings, database);
  if (name !== 'serve') await database.close();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
