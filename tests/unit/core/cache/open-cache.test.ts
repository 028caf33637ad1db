import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheMigrations } from '../../../../src-main/core/cache/migrations/index.ts';
import { openCache } from '../../../../src-main/core/cache/open-cache.ts';
import { syncedTables } from '../../../../src-shared/contract/sync.ts';
import { makeTempDir, type TempDir } from '../../../support/temp-dir.ts';

let dir: TempDir;
afterEach(() => dir?.remove());

const keys = {
  dictionary_entries: ['dictionary', 'code'],
  ce_types: ['code'],
  hour_requirements: ['year'],
  units: ['id'],
  unit_admins: ['id'],
  departments: ['id'],
  staff: ['id'],
  declarations: ['id'],
  certificates: ['id'],
};

describe('openCache', () => {
  it('creates a WAL file with foreign keys off, committing to the disk (synchronous FULL)', async () => {
    dir = makeTempDir('cache-open');
    const cache = await openCache(join(dir.path, 'nested', 'a.sqlite'));
    expect(cache.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(cache.sqlite.pragma('foreign_keys', { simple: true })).toBe(0);
    expect(cache.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    await cache.close();
  });

  it('mirrors every synced table with exactly its columns, keyed as the server keys it', async () => {
    dir = makeTempDir('cache-columns');
    const cache = await openCache(join(dir.path, 'a.sqlite'));
    for (const [table, columns] of Object.entries(syncedTables)) {
      const info = cache.sqlite.pragma(`table_info(${table})`) as { name: string }[];
      expect(
        info.map((column) => column.name),
        table,
      ).toEqual([...columns]);
      const unique = cache.sqlite.prepare(`select * from pragma_index_info('${table}_key')`).all() as {
        name: string;
      }[];
      expect(
        unique.map((column) => column.name),
        table,
      ).toEqual(keys[table as keyof typeof keys]);
    }
    await cache.close();
  });

  it('has the sync engine tables and one sync_meta row', async () => {
    dir = makeTempDir('cache-local');
    const cache = await openCache(join(dir.path, 'a.sqlite'));
    const columns = (table: string) =>
      (cache.sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
    // Later migrations may add columns; these are the ones the first one makes.
    const firstMade = {
      sync_meta: ['id', 'cursor', 'epoch', 'schema_version', 'last_synced_at', 'resyncing'],
      outbox: ['mutation_id', 'name', 'args', 'base_version', 'created_at', 'status', 'result'],
      outbox_targets: ['mutation_id', 'table_name', 'row_id'],
      conflicts: [
        'id',
        'mutation_id',
        'table_name',
        'row_id',
        'decided',
        'server_row',
        'reason',
        'status',
        'created_at',
      ],
    };
    for (const [table, made] of Object.entries(firstMade)) {
      expect(columns(table).slice(0, made.length), table).toEqual(made);
    }
    expect(
      await cache.db
        .selectFrom('sync_meta')
        .select(['id', 'cursor', 'epoch', 'schema_version', 'last_synced_at', 'resyncing'])
        .execute(),
    ).toEqual([
      { id: 1, cursor: null, epoch: null, schema_version: null, last_synced_at: null, resyncing: 0 },
    ]);
    await cache.close();
  });

  it('never reuses an outbox mutation id, even after the last one was deleted', async () => {
    dir = makeTempDir('cache-outbox');
    const cache = await openCache(join(dir.path, 'a.sqlite'));
    const queue = () =>
      cache.db
        .insertInto('outbox')
        .values({
          name: 'declarations.approve',
          args: '{}',
          base_version: null,
          created_at: 'now',
          status: 'queued',
          result: null,
        })
        .returning('mutation_id')
        .executeTakeFirstOrThrow();
    const first = await queue();
    await cache.db.deleteFrom('outbox').execute();
    expect((await queue()).mutation_id).toBe(first.mutation_id + 1);
    await cache.close();
  });

  it('runs each migration once, and a later one on top of the earlier ones', async () => {
    dir = makeTempDir('cache-migrate');
    const path = join(dir.path, 'a.sqlite');
    const runs: string[] = [];
    const addNotes: Migration = {
      async up(db: Kysely<unknown>) {
        runs.push('9999');
        await db.schema.alterTable('sync_meta').addColumn('note', 'text').execute();
      },
    };
    await (await openCache(path)).close();
    // Named to sort after every real migration, as the migrator requires of a new one.
    const withNotes = { ...cacheMigrations, '9999-notes': addNotes };
    await (await openCache(path, withNotes)).close();
    const again = await openCache(path, withNotes);
    expect(runs).toEqual(['9999']);
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      again.db,
    );
    expect(rows.map((row) => row.name)).toEqual(Object.keys(withNotes).sort());
    expect((again.sqlite.pragma('table_info(sync_meta)') as { name: string }[]).map((c) => c.name)).toContain(
      'note',
    );
    await again.close();
  });

  it('refuses to open a cache whose migration fails, and leaves it as it was', async () => {
    dir = makeTempDir('cache-broken');
    const path = join(dir.path, 'a.sqlite');
    const broken: Migration = {
      up: (db) => sql`select * from no_such_table`.execute(db).then(() => undefined),
    };
    await expect(openCache(path, { ...cacheMigrations, '9999-broken': broken })).rejects.toThrow(
      /迁移失败.*9999-broken/,
    );
    const cache = await openCache(path);
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      cache.db,
    );
    expect(rows.map((row) => row.name)).toEqual(Object.keys(cacheMigrations).sort());
    await cache.close();
  });
});
