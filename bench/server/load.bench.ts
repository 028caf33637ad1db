// Load on the sync API, on SQLite and on PostgreSQL: autocannon with 50 connections for 20 s against
// the production server (plus the bench-only captcha route), a mix of pull pages, small pushes and
// log-ins by the administrator of a 100,000-declaration unit, on a throw-away copy of its database.
import autocannon, { type Result } from 'autocannon';
import { recordFigures, type Figure } from '../support/results.ts';
import {
  MEDIUM_UNIT,
  postgresAvailable,
  postgresWorkingCopy,
  sqliteWorkingCopy,
  type WorkingDatabase,
} from './support/bench-databases.ts';
import { findBenchUnit, pendingDeclarations } from './support/bench-unit.ts';
import { ITEMS_PER_PUSH, loadMix, MIX, PULL_LIMIT } from './support/load-mix.ts';
import { BENCH_SERVER, startServer } from './support/server-process.ts';
import { logInAsAdmin, pullAll } from './support/sync-client.ts';

const CONNECTIONS = 50;
const DURATION_S = 20;

async function load(work: WorkingDatabase): Promise<Result> {
  const unit = await findBenchUnit(work.url);
  const pending = await pendingDeclarations(work.url, unit);
  const server = await startServer(BENCH_SERVER, work.url);
  try {
    const token = await logInAsAdmin(server.baseUrl, unit);
    const { cursors, head } = await pullAll(server.baseUrl, token, PULL_LIMIT);
    return await autocannon({
      url: new URL(server.baseUrl).origin,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: loadMix({ unit, token, cursors, head, pending }),
    });
  } finally {
    await server.stop();
    await work.remove();
  }
}

function row(engine: string, result: Result): string {
  const codes = Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${code}: ${count}`)
    .join(', ');
  const rps = result.requests.total / result.duration;
  return `| ${engine} | ${result.requests.total} | ${rps.toFixed(0)} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p99} | ${result.latency.max} | ${codes}; errors ${result.errors} |`;
}

function figures(engine: 'sqlite' | 'pg', result: Result): Figure[] {
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`Failed requests under load on ${engine}.`);
  return [
    {
      id: `server.load_${engine}_rps`,
      value: result.requests.total / result.duration,
      unit: 'req/s',
      goal: '>= 500',
    },
    { id: `server.load_${engine}_p99_ms`, value: result.latency.p99, unit: 'ms', goal: '<= 500' },
  ];
}

const sqlite = await load(sqliteWorkingCopy(MEDIUM_UNIT));
const postgres = (await postgresAvailable()) ? await load(await postgresWorkingCopy(MEDIUM_UNIT)) : null;

const mix = MIX.map(([action, count]) => `${count} ${action}`).join(', ');
console.log(
  `\nPer 100 requests: ${mix}; pushes approve ${ITEMS_PER_PUSH}, pages hold ${PULL_LIMIT} rows (gzip).`,
);
console.log('| engine | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | status codes |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(row('SQLite', sqlite));
if (postgres) console.log(row('PostgreSQL', postgres));
else console.log('PostgreSQL: no server reachable, skipped.');
recordFigures([...figures('sqlite', sqlite), ...(postgres ? figures('pg', postgres) : [])]);
