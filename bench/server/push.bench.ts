// Approving pending declarations in batches through POST /sync/push on the production server, then
// checking they were applied exactly once: counts afterwards, and a resend of every push changes
// nothing. On a copy of the 100,000- and of the 1,000,000-declaration database.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { PushRequest, PushResponse } from '../../src-shared/contract/sync.ts';
import { recordFigures } from '../support/results.ts';
import { BIG_UNIT, MEDIUM_UNIT, sqliteWorkingCopy, type UnitSize } from './support/bench-databases.ts';
import { adminSession, countByStatus, findBenchUnit, pendingDeclarations } from './support/bench-unit.ts';
import { PRODUCTION_SERVER, startServer } from './support/server-process.ts';
import { push } from './support/sync-client.ts';

const APPROVALS = 10_000;
/** Items per `declarations.approve` mutation, one mutation per push: an administrator's "approve all". */
const BATCH = 1_000;

interface Measured {
  size: UnitSize;
  approvals: number;
  seconds: number;
  /** The server process's CPU time over the pushes: what the wall time would be on an idle machine. */
  serverCpuSeconds: number;
  summary: string;
}

function approvalPushes(pending: readonly { id: string; version: number }[]): PushRequest[] {
  const clientId = randomUUID();
  const pushes: PushRequest[] = [];
  for (let start = 0; start < pending.length; start += BATCH) {
    const items = pending
      .slice(start, start + BATCH)
      .map((row) => ({ declarationId: row.id, version: row.version }));
    pushes.push({
      clientId,
      mutations: [{ mutationId: pushes.length + 1, name: 'declarations.approve', args: { items } }],
    });
  }
  return pushes;
}

async function sendAll(
  baseUrl: string,
  token: string,
  pushes: readonly PushRequest[],
): Promise<PushResponse[]> {
  const answers: PushResponse[] = [];
  for (const request of pushes) answers.push(await push(baseUrl, token, request));
  return answers;
}

async function measure(size: UnitSize): Promise<Measured> {
  const work = sqliteWorkingCopy(size);
  try {
    const unit = await findBenchUnit(work.url);
    const token = await adminSession(work.url, unit);
    const pushes = approvalPushes((await pendingDeclarations(work.url, unit)).slice(0, APPROVALS));
    const before = await countByStatus(work.url, unit);
    const server = await startServer(PRODUCTION_SERVER, work.url, ['serve']);
    let answers: PushResponse[], resent: PushResponse[], seconds: number, serverCpuSeconds: number;
    try {
      const started = performance.now();
      const cpuBefore = server.cpuSeconds();
      answers = await sendAll(server.baseUrl, token, pushes);
      seconds = (performance.now() - started) / 1000;
      serverCpuSeconds = server.cpuSeconds() - cpuBefore;
      resent = await sendAll(server.baseUrl, token, pushes);
    } finally {
      await server.stop();
    }
    const items = answers.flatMap((answer) => answer.results.flatMap((result) => result.items ?? []));
    const applied = items.filter((item) => item.status === 'applied').length;
    const after = await countByStatus(work.url, unit);
    const counted =
      after['pending'] === before['pending']! - applied &&
      after['approved'] === before['approved']! + applied;
    if (applied !== APPROVALS || !isDeepStrictEqual(resent, answers) || !counted) {
      throw new Error(
        `Approvals not applied exactly once: ${applied} applied, counts ${JSON.stringify({ before, after })}`,
      );
    }
    const summary = `pending ${before['pending']} → ${after['pending']}, approved ${before['approved']} → ${after['approved']}; resend: all stored answers, no change`;
    return { size, approvals: applied, seconds, serverCpuSeconds, summary };
  } finally {
    await work.remove();
  }
}

const medium = await measure(MEDIUM_UNIT);
const big = await measure(BIG_UNIT);

console.log(
  `\n| unit | approvals | pushes | seconds | approvals/s | server CPU s | approvals/s of server CPU | exactly once |`,
);
console.log('|---|---|---|---|---|---|---|---|');
for (const m of [medium, big]) {
  console.log(
    `| ${m.size.declarations} declarations | ${m.approvals} | ${m.approvals / BATCH} × ${BATCH} items | ${m.seconds.toFixed(2)} | ${Math.round(m.approvals / m.seconds)} | ${m.serverCpuSeconds.toFixed(2)} | ${Math.round(m.approvals / m.serverCpuSeconds)} | ${m.summary} |`,
  );
}
recordFigures([
  {
    id: 'server.push_approvals_per_s',
    value: big.approvals / big.seconds,
    unit: 'approvals/s',
    goal: '>= 5000',
  },
  {
    id: 'server.push_approvals_per_cpu_s',
    value: big.approvals / big.serverCpuSeconds,
    unit: 'approvals/s',
    goal: '>= 5000',
  },
  {
    id: 'server.push_approvals_per_s_100k',
    value: medium.approvals / medium.seconds,
    unit: 'approvals/s',
    goal: '>= 5000',
  },
]);
