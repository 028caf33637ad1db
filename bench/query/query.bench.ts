import { recordFigures } from '../support/results.ts';
import { benchCache } from './bench-cache.ts';
import { percentile } from './percentile.ts';
import { queryMix, samplesOf } from './query-mix.ts';

/**
 * Every list query of the screens over the 1,000,000-declaration cache, in a repeatable mix of
 * filters, sorts and pages; the figure is the 95th percentile of all of them.
 */
const RUNS = 3_000;

const cache = await benchCache();
const samples = await samplesOf(cache.db);
for (const query of await queryMix(cache.db, samples, 300, 7)) await query.run();

const byScreen = new Map<string, number[]>();
const slowest: { ms: number; screen: string; input: unknown }[] = [];
for (const query of await queryMix(cache.db, samples, RUNS)) {
  const started = performance.now();
  await query.run();
  const ms = performance.now() - started;
  byScreen.set(query.screen, [...(byScreen.get(query.screen) ?? []), ms]);
  slowest.push({ ms, screen: query.screen, input: query.input });
}
await cache.close();

const all = [...byScreen.values()].flat();
console.log('| screen | queries | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|');
for (const [screen, timings] of [...byScreen.entries(), ['all', all] as const]) {
  const cells = [50, 95, 100].map((p) => percentile(timings, p).toFixed(2));
  console.log(`| ${screen} | ${timings.length} | ${cells.join(' | ')} |`);
}
console.log('\nSlowest queries:');
for (const { ms, screen, input } of slowest.sort((a, b) => b.ms - a.ms).slice(0, 10)) {
  console.log(`  ${ms.toFixed(1)} ms ${screen} ${JSON.stringify(input)}`);
}
recordFigures([{ id: 'query.p95_ms', value: percentile(all, 95), unit: 'ms', goal: '<= 20' }]);
