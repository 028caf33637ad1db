// `npm run bench [-- <group>]`: runs every benchmark in bench/<group>/*.bench.ts (run by Node 24's type stripping) (or one group), each of
// which prints its table and merges its figures into bench/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const benchDir = new URL('.', import.meta.url).pathname;
const wanted = process.argv[2];
const groups = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && (!wanted || entry.name === wanted))
  .map((entry) => entry.name);

if (wanted && groups.length === 0) {
  console.error(`No benchmark group "${wanted}" in bench/.`);
  process.exit(2);
}
if (groups.length === 0) console.log('No benchmarks yet.');

for (const group of groups) {
  const files = readdirSync(join(benchDir, group)).filter((name) => name.endsWith('.bench.ts'));
  for (const file of files) {
    const path = join(benchDir, group, file);
    if (!existsSync(path)) continue;
    console.log(`\n== ${group}/${file}`);
    const run = spawnSync(process.execPath, [path], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
