import type { Kysely } from 'kysely';
import type { DialectName } from './db/dialect.ts';
import type { ServerDatabase } from './db/schema.ts';

export interface ServerConfig {
  /** Lifetime of a log-in session. Desktop clients work offline for a day and sync later. */
  sessionTtlHours: number;
  /** Public address of this server, used in e-mails and certificate verification links. */
  publicUrl: string;
}

/** What every route module gets: the database, the clock and the configuration. */
export interface ServerContext {
  db: Kysely<ServerDatabase>;
  dialect: DialectName;
  now: () => Date;
  config: ServerConfig;
}

export const defaultServerConfig: ServerConfig = {
  sessionTtlHours: 24 * 7,
  publicUrl: 'http://127.0.0.1:8080',
};

export function isoNow(context: Pick<ServerContext, 'now'>): string {
  return context.now().toISOString();
}
