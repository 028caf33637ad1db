// The production server with one extra route, for benchmarks only: the load test logs in as a user
// does, captcha included, so it needs the answer of the captcha it was shown. Never part of src-server.
import { buildServer } from '../../../src-server/app.ts';
import { issueCaptcha } from '../../../src-server/auth/captcha.ts';
import { settingsFromEnv } from '../../../src-server/config.ts';
import type { ServerContext } from '../../../src-server/context.ts';
import { openServerDatabase } from '../../../src-server/db/connect.ts';
import { prepareDatabase } from '../../../src-server/db/migrate.ts';

const settings = settingsFromEnv();
const database = openServerDatabase(settings.databaseUrl, { poolSize: settings.pgPoolSize });
await prepareDatabase(database);
const context: ServerContext = {
  db: database.db,
  dialect: database.dialect,
  now: () => new Date(),
  config: settings.config,
};
const app = await buildServer({ context, logger: true });
app.get('/bench/captcha', async () => {
  const { captchaId, text } = await issueCaptcha(context);
  return { captchaId, text };
});
await app.listen({ host: settings.host, port: settings.port });
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
