import { existsSync, renameSync, rmSync } from 'node:fs';
import {
  applyPullPage,
  beginResync,
  finishResync,
  openCache,
  type Cache,
} from '../../src-main/core/cache/index.ts';
import { unitPages } from './unit-data.ts';

/** Bump when the generated data or the cache schema changes, so an old file is rebuilt. */
const DATA_VERSION = 4;
const FILE = new URL(`../../.data/bench/cache-1m-v${DATA_VERSION}.sqlite`, import.meta.url).pathname;

export interface Fill {
  rows: number;
  /** Time spent in applyPullPage. */
  applyMs: number;
  /** Time finishResync took to swap the tables in and build their indexes. */
  swapMs: number;
}

/**
 * Pulls the generated unit into a fresh cache the way a first sync does: into the shadow tables,
 * swapped in when complete.
 */
export async function fillCache(path: string): Promise<Fill> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const cache = await openCache(path);
  beginResync(cache);
  let rows = 0;
  let applyMs = 0;
  for (const page of unitPages()) {
    const started = performance.now();
    rows += applyPullPage(cache, page);
    applyMs += performance.now() - started;
  }
  const started = performance.now();
  finishResync(cache);
  const swapMs = performance.now() - started;
  await cache.close();
  return { rows, applyMs, swapMs };
}

/** The 20,000-staff, 1,000,000-declaration cache, built once and kept under .data/bench/. */
export async function benchCache(): Promise<Cache> {
  if (!existsSync(FILE)) {
    console.log('Building the benchmark cache (once)…');
    const building = `${FILE}.building`;
    const fill = await fillCache(building);
    console.log(
      `${fill.rows} rows: apply ${Math.round(fill.applyMs)} ms, swap ${Math.round(fill.swapMs)} ms`,
    );
    renameSync(building, FILE);
  }
  return openCache(FILE);
}
