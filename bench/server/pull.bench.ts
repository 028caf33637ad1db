// Full pull of a big unit from the production server (`node src-server/cli.ts serve` in a child
// process), for a 100,000- and a 1,000,000-declaration unit, on one server:
// - end to end: a client that decompresses and parses every page before asking for the next, as the
//   desktop app does, asking for the codings it asks for (its time includes the client's work on the
//   same two CPUs);
// - server time: a client that only drains the compressed bytes (it decompresses just the head that
//   holds the next cursor), while the server's own CPU time (every thread: the pull worker, the event
//   loop, the garbage collector's helpers; /proc/<pid>/stat) is measured. The goal is records
//   per second of that server time. Three times with zstd (which the server prefers when a client
//   accepts it, and the desktop client on Node 24 does) and three with gzip (what a client on an older
//   runtime asks for); the median is recorded.
// Plus the server's peak memory over both (it reads one page at a time, so it must not grow with the unit).
import { ACCEPT_ENCODING } from '../../src-main/core/sync/http-client.ts';
import { recordFigures } from '../support/results.ts';
import { BIG_UNIT, cachedSqlite, MEDIUM_UNIT, type UnitSize } from './support/bench-databases.ts';
import { adminSession, endAdminSessions, findBenchUnit } from './support/bench-unit.ts';
import { PRODUCTION_SERVER, startServer } from './support/server-process.ts';
import { drainAll, pullAll, type DrainRun, type PullCoding, type PullRun } from './support/sync-client.ts';

/** The protocol's largest page: what a client asks for on its first, full sync. */
const PAGE_LIMIT = 20_000;

interface Drained extends DrainRun {
  serverCpuSeconds: number;
}

interface Measured {
  size: UnitSize;
  endToEnd: PullRun;
  drained: Record<PullCoding, Drained>;
  idleRssMb: number;
  peakRssMb: number;
}

const CODINGS: readonly PullCoding[] = ['zstd', 'gzip'];

/**
 * Drains per coding; the run of median server CPU time is recorded. Other tenants of this virtual
 * machine move a single run's CPU time by a third either way.
 */
const DRAINS = 3;

async function measure(size: UnitSize): Promise<Measured> {
  const url = `sqlite:${cachedSqlite(size)}`;
  const unit = await findBenchUnit(url);
  const token = await adminSession(url, unit);
  const server = await startServer(PRODUCTION_SERVER, url, ['serve']);
  try {
    const idleRssMb = server.rssMb();
    const endToEnd = await pullAll(server.baseUrl, token, PAGE_LIMIT);
    const drained = {} as Record<PullCoding, Drained>;
    for (const coding of CODINGS) {
      const runs: Drained[] = [];
      for (let round = 0; round < DRAINS; round++) {
        const cpuBefore = server.cpuSeconds();
        const run = await drainAll(server.baseUrl, token, PAGE_LIMIT, coding);
        runs.push({ ...run, serverCpuSeconds: server.cpuSeconds() - cpuBefore });
        if (run.cursors.join() !== endToEnd.cursors.join()) {
          throw new Error(`The drained ${coding} pull took other pages than the full one.`);
        }
      }
      runs.sort((a, b) => a.serverCpuSeconds - b.serverCpuSeconds);
      console.log(
        `${size.declarations} ${coding}: server CPU s ${runs.map((r) => r.serverCpuSeconds.toFixed(2)).join(', ')}`,
      );
      drained[coding] = runs[Math.floor(DRAINS / 2)]!;
    }
    return { size, endToEnd, drained, idleRssMb, peakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
    await endAdminSessions(url, unit);
  }
}

const medium = await measure(MEDIUM_UNIT);
const big = await measure(BIG_UNIT);
const perSecond = (m: Measured, seconds: number) => Math.round(m.endToEnd.rows / seconds);

console.log(
  '\n| unit | rows | pages | client | MB sent | seconds | records/s | server CPU s | records/s of server CPU | idle RSS MiB | peak RSS MiB |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const m of [medium, big]) {
  const unit = `${m.size.declarations} declarations`;
  const memory = `${m.idleRssMb.toFixed(0)} | ${m.peakRssMb.toFixed(0)}`;
  console.log(
    `| ${unit} | ${m.endToEnd.rows} | ${m.endToEnd.pages} | parses every page (as the app: ${ACCEPT_ENCODING}) | | ${m.endToEnd.seconds.toFixed(1)} | ${perSecond(m, m.endToEnd.seconds)} | | | ${memory} |`,
  );
  for (const coding of CODINGS) {
    const d = m.drained[coding];
    console.log(
      `| ${unit} | ${m.endToEnd.rows} | ${d.pages} | drains (${coding}) | ${(d.bytes / 1e6).toFixed(0)} | ${d.seconds.toFixed(1)} | ${perSecond(m, d.seconds)} | ${d.serverCpuSeconds.toFixed(2)} | ${perSecond(m, d.serverCpuSeconds)} | ${memory} |`,
    );
  }
}

const rows = big.endToEnd.rows;
recordFigures([
  {
    id: 'server.pull_records_per_s',
    value: rows / big.drained.zstd.serverCpuSeconds,
    unit: 'records/s',
    goal: '>= 300000',
  },
  {
    id: 'server.pull_records_per_s_gzip',
    value: rows / big.drained.gzip.serverCpuSeconds,
    unit: 'records/s',
    goal: '>= 300000',
  },
  {
    id: 'server.pull_drained_records_per_s',
    value: rows / big.drained.zstd.seconds,
    unit: 'records/s',
    goal: '>= 300000',
  },
  {
    id: 'server.pull_end_to_end_records_per_s',
    value: rows / big.endToEnd.seconds,
    unit: 'records/s',
    goal: '>= 100000',
  },
  { id: 'server.pull_rss_mb', value: big.peakRssMb, unit: 'MiB', goal: '<= 300' },
  { id: 'server.pull_rss_mb_100k', value: medium.peakRssMb, unit: 'MiB', goal: '<= 300' },
]);
