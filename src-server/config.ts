import { defaultServerConfig, type ServerConfig } from './context.ts';
import { DEFAULT_PG_POOL_SIZE } from './db/connect.ts';

export interface ServerSettings {
  databaseUrl: string;
  /** PostgreSQL connections to keep open (HNCE_PG_POOL_SIZE). */
  pgPoolSize: number;
  host: string;
  port: number;
  /** `smtp://user:pass@host:port`; without it e-mails stay queued in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** One JSON log line per request; HNCE_QUIET=1 turns it off (the embedded server of `npm start`). */
  logRequests: boolean;
  config: ServerConfig;
}

/** Settings from the environment, with defaults that run the embedded SQLite server on loopback. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const port = Number(env.HNCE_PORT ?? 8080);
  const host = env.HNCE_HOST ?? '127.0.0.1';
  return {
    databaseUrl: env.HNCE_DATABASE_URL ?? 'sqlite:.data/server.sqlite',
    pgPoolSize: positiveInteger(env.HNCE_PG_POOL_SIZE, DEFAULT_PG_POOL_SIZE, 'HNCE_PG_POOL_SIZE'),
    host,
    port,
    smtpUrl: env.HNCE_SMTP_URL ?? null,
    mailFrom: env.HNCE_MAIL_FROM ?? '河南省专业技术人员继续教育信息管理系统 <noreply@localhost>',
    logRequests: env.HNCE_QUIET !== '1',
    config: {
      ...defaultServerConfig,
      publicUrl: env.HNCE_PUBLIC_URL ?? `http://${host}:${port}`,
      sessionTtlHours: Number(env.HNCE_SESSION_TTL_HOURS ?? defaultServerConfig.sessionTtlHours),
    },
  };
}

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name} must be a positive integer, not "${value}".`);
  return number;
}
