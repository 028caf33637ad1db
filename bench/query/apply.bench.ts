import { rmSync } from 'node:fs';
import { recordFigures } from '../support/results.ts';
import { applyPullPage, openCache } from '../../src-main/core/cache/index.ts';
import { syncedTables, type PullResponse } from '../../src-shared/contract/sync.ts';
import { fillCache } from './bench-cache.ts';
import { PAGE_ROWS } from './unit-data.ts';

/**
 * How fast pulled pages go into the cache: the first sync of the 20,000-staff, 1,000,000-declaration
 * unit (pages appended to the shadow tables, then swapped in with their indexes built), and changed
 * declarations pulled into that full cache afterwards (upserts through every index and trigger).
 */
const path = new URL('../../.data/bench/apply-run.sqlite', import.meta.url).pathname;
const CHANGED = 20_000;

const fill = await fillCache(path);
const cache = await openCache(path);
const declarations = syncedTables.declarations;
const changed = cache.sqlite
  .prepare(`select ${declarations.join(', ')} from declarations where status = 'pending' limit ${CHANGED}`)
  .raw()
  .all() as unknown[][];
const statusColumn = declarations.indexOf('status');
const versionColumn = declarations.indexOf('version');
let liveMs = 0;
for (let start = 0; start < changed.length; start += PAGE_ROWS) {
  const rows = changed.slice(start, start + PAGE_ROWS).map((row) => {
    const copy = [...row];
    copy[statusColumn] = 'approved';
    copy[versionColumn] = (copy[versionColumn] as number) + 1;
    return copy;
  });
  const page: PullResponse = {
    schemaVersion: 1,
    cursor: `1:bench:live-${start}`,
    hasMore: start + PAGE_ROWS < changed.length,
    tables: {
      declarations: {
        columns: declarations,
        values: declarations.map((_, column) => rows.map((row) => row[column])),
      },
    },
    tombstones: {},
  };
  const started = performance.now();
  applyPullPage(cache, page);
  liveMs += performance.now() - started;
}
await cache.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });

const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000);
console.log(
  `First sync: ${fill.rows} rows appended in ${Math.round(fill.applyMs)} ms, swapped in (indexes, search, counts, hours) in ${Math.round(fill.swapMs)} ms`,
);
console.log(`  end to end ${perSecond(fill.rows, fill.applyMs + fill.swapMs)} rows/s`);
console.log(
  `Changed rows into the full cache: ${changed.length} in ${Math.round(liveMs)} ms, ${perSecond(changed.length, liveMs)} rows/s`,
);
recordFigures([
  {
    id: 'cache.apply_rows_per_s',
    value: perSecond(fill.rows, fill.applyMs),
    unit: 'rows/s',
    goal: '>= 150000',
  },
]);
