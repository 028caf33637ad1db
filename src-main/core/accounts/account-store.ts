import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { AppDatabase } from '../db/app-database.ts';

/** An account that logged in online on this PC: what offline unlock and the session need. */
export interface AccountsTable {
  id: string;
  server_url: string;
  unit_id: string;
  unit_code: string;
  unit_name: string;
  admin_id: string;
  id_number: string;
  admin_name: string;
  role: 'admin' | 'sub';
  /** JSON array of permission codes. */
  permissions: string;
  /** scrypt of the password (see verifier.ts); never the password. */
  verifier: string;
  /** The session token sealed by the host's vault; null after log-out. */
  sealed_token: string | null;
  token_expires_at: string | null;
  last_log_in_at: string;
}

export type AccountRecord = Selectable<AccountsTable>;

// A type alias, not an interface: kysely's table maps need an index signature.
type AccountsSchema = { accounts: AccountsTable };

const migrations: Record<string, Migration> = {
  '0001-accounts': {
    async up(db) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('server_url', 'text', (column) => column.notNull())
        .addColumn('unit_id', 'text', (column) => column.notNull())
        .addColumn('unit_code', 'text', (column) => column.notNull())
        .addColumn('unit_name', 'text', (column) => column.notNull())
        .addColumn('admin_id', 'text', (column) => column.notNull())
        .addColumn('id_number', 'text', (column) => column.notNull())
        .addColumn('admin_name', 'text', (column) => column.notNull())
        .addColumn('role', 'text', (column) => column.notNull())
        .addColumn('permissions', 'text', (column) => column.notNull())
        .addColumn('verifier', 'text', (column) => column.notNull())
        .addColumn('sealed_token', 'text')
        .addColumn('token_expires_at', 'text')
        .addColumn('last_log_in_at', 'text', (column) => column.notNull())
        .execute();
    },
  },
};

/** One account per server, unit and administrator, as with the cache files. */
export function accountIdOf(serverUrl: string, unitId: string, adminId: string): string {
  return createHash('sha256')
    .update(JSON.stringify([serverUrl, unitId, adminId]))
    .digest('hex')
    .slice(0, 32);
}

export interface AccountStore {
  list(): Promise<AccountRecord[]>;
  find(id: string): Promise<AccountRecord | undefined>;
  save(record: AccountRecord): Promise<void>;
  forgetToken(id: string): Promise<void>;
}

/** The accounts table of the app database, migrated before its first use. */
export function accountStore(database: AppDatabase): AccountStore {
  const typed = database.db.withTables<AccountsSchema>() as unknown as Kysely<AccountsSchema>;
  const migrated = migrate(typed);
  migrated.catch(() => {});
  const ready = async () => {
    await migrated;
    return typed;
  };
  return {
    list: async () =>
      (await ready()).selectFrom('accounts').selectAll().orderBy('last_log_in_at', 'desc').execute(),
    find: async (id) =>
      (await ready()).selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst(),
    async save(record) {
      const { id: _id, ...changes } = record;
      await (
        await ready()
      )
        .insertInto('accounts')
        .values(record)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
        .execute();
    },
    async forgetToken(id) {
      await (
        await ready()
      )
        .updateTable('accounts')
        .set({ sealed_token: null, token_expires_at: null })
        .where('id', '=', id)
        .execute();
    },
  };
}

/** Its own migration table, so other parts of the app database can migrate on their own. */
async function migrate(db: Kysely<AccountsSchema>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'accounts_migrations',
    migrationLockTableName: 'accounts_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw new Error('账户数据库迁移失败', { cause: error });
}
