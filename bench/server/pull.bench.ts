// Full pull of a big unit from the production server (`node src-server/cli.ts serve` in a child
// process): records per second, and the server's memory while serving it, for a 100,000- and a
// 1,000,000-declaration unit (the server reads one page at a time, so memory must not grow with the unit).
import { recordFigures } from '../support/results.ts';
import { BIG_UNIT, cachedSqlite, MEDIUM_UNIT, type UnitSize } from './support/bench-databases.ts';
import { adminSession, endAdminSessions, findBenchUnit } from './support/bench-unit.ts';
import { PRODUCTION_SERVER, startServer } from './support/server-process.ts';
import { pullAll, type PullRun } from './support/sync-client.ts';

/** The protocol's largest page: what a client asks for on its first, full sync. */
const PAGE_LIMIT = 20_000;

interface Measured extends PullRun {
  size: UnitSize;
  idleRssMb: number;
  peakRssMb: number;
}

async function measure(size: UnitSize): Promise<Measured> {
  const url = `sqlite:${cachedSqlite(size)}`;
  const unit = await findBenchUnit(url);
  const token = await adminSession(url, unit);
  const server = await startServer(PRODUCTION_SERVER, url, ['serve']);
  try {
    const idleRssMb = server.rssMb();
    const run = await pullAll(server.baseUrl, token, PAGE_LIMIT);
    return { ...run, size, idleRssMb, peakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
    await endAdminSessions(url, unit);
  }
}

const medium = await measure(MEDIUM_UNIT);
const big = await measure(BIG_UNIT);

console.log('\n| unit | rows pulled | pages | seconds | records/s | idle RSS MiB | peak RSS MiB |');
console.log('|---|---|---|---|---|---|---|');
for (const m of [medium, big]) {
  const perSecond = Math.round(m.rows / m.seconds);
  console.log(
    `| ${m.size.declarations} declarations | ${m.rows} | ${m.pages} | ${m.seconds.toFixed(1)} | ${perSecond} | ${m.idleRssMb.toFixed(0)} | ${m.peakRssMb.toFixed(0)} |`,
  );
}

recordFigures([
  { id: 'server.pull_records_per_s', value: big.rows / big.seconds, unit: 'records/s', goal: '>= 300000' },
  { id: 'server.pull_rss_mb', value: big.peakRssMb, unit: 'MiB', goal: '<= 300' },
  { id: 'server.pull_rss_mb_100k', value: medium.peakRssMb, unit: 'MiB', goal: '<= 300' },
]);
