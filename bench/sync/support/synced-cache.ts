import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cacheMigrations } from '../../../src-main/core/cache/migrations/index.ts';
import { ROOT } from '../../server/support/bench-databases.ts';
import type { BigServer } from './big-server.ts';
import { runClient } from './run-client.ts';

export const BENCH_DIR = join(ROOT, '.data', 'bench');
/** Rows per pull page: the engine's default. */
export const PAGE_LIMIT = 10_000;

export function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** Where the big unit's synced client cache is kept, per server database and cache schema. */
export function syncedCacheFile(server: BigServer): string {
  const schema = Object.keys(cacheMigrations).at(-1);
  return join(BENCH_DIR, `client-of-${basename(server.seedFile, '.sqlite')}-${schema}.sqlite`);
}

/** Keeps a cache a run just synced from the server's cached database, for the benchmarks after it. */
export function keepSyncedCache(server: BigServer, path: string): void {
  if (server.writable) return;
  const kept = syncedCacheFile(server);
  removeDatabase(kept);
  renameSync(path, kept);
}

/**
 * A copy of the big unit's client cache, synced with the server's database (synced once by a client
 * process and kept under .data/bench/), for a benchmark that changes it.
 */
export async function syncedCacheCopy(server: BigServer): Promise<string> {
  const kept = syncedCacheFile(server);
  if (!existsSync(kept)) {
    mkdirSync(BENCH_DIR, { recursive: true });
    const partial = `${kept}.partial`;
    removeDatabase(partial);
    console.log('Syncing the client cache of the big unit (once)…');
    await runClient({
      baseUrl: server.server.baseUrl,
      token: server.token,
      adminId: server.unit.adminId,
      cachePath: partial,
      attachmentsDir: join(BENCH_DIR, 'attachments-unused'),
      pageLimit: PAGE_LIMIT,
    });
    renameSync(partial, kept);
  }
  const copy = join(BENCH_DIR, `client-work-${process.pid}.sqlite`);
  removeDatabase(copy);
  copyFileSync(kept, copy);
  return copy;
}
