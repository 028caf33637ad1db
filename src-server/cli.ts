import { buildServer } from './app.ts';
import { settingsFromEnv, type ServerSettings } from './config.ts';
import type { ServerContext } from './context.ts';
import { openServerDatabase, type ServerDb } from './db/connect.ts';
import { prepareDatabase } from './db/migrate.ts';
import { seedCommand } from './seed/seed-command.ts';
import { approveUnitByCode } from './hr/decide-unit.ts';
import { createSmtpTransport } from './mail/mailer.ts';
import { startMailWorker } from './mail/worker.ts';

/**
 * `npm run server [-- <command> …]`: `serve` (default) starts the sync API and the mail worker;
 * `migrate` only migrates; `seed` fills the database with demo data; `approve-unit <code>` approves a unit.
 * Settings come from HNCE_* environment variables (see config.ts).
 */
type Command = (args: string[], settings: ServerSettings, database: ServerDb) => Promise<void>;

const commands: Record<string, Command> = {
  serve,
  migrate: async () => console.log('Database migrated.'),
  seed: (args, _settings, database) => seedCommand(args, database),
  'approve-unit': async ([code], settings, database) => {
    if (!code) throw new Error('用法：npm run server -- approve-unit <单位代码>');
    const unit = await approveUnitByCode(contextOf(settings, database), code);
    console.log(`已审核通过：${unit.name}（${unit.code}），通知邮件已加入发送队列。`);
  },
};

async function serve(_args: string[], settings: ServerSettings, database: ServerDb): Promise<void> {
  const context = contextOf(settings, database);
  const app = await buildServer({ context, logger: settings.logRequests });
  await app.listen({ host: settings.host, port: settings.port });
  const mail = settings.smtpUrl
    ? startMailWorker(context, createSmtpTransport(settings.smtpUrl, settings.mailFrom))
    : null;
  if (!mail) console.log('HNCE_SMTP_URL is not set: e-mails stay queued in the outbox.');
  const stop = async () => {
    await app.close();
    await mail?.stop();
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
  const database = openServerDatabase(settings.databaseUrl, { poolSize: settings.pgPoolSize });
  await prepareDatabase(database);
  await commands[name]!(args, settings, database);
  if (name !== 'serve') await database.close();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
