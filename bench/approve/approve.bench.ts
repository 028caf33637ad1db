// Batch approval in the big unit's cache (1,000,000 declarations): 10,000 pending declarations, chosen
// as the pending list shows them (newest first), approved until the UI may say done (durable in the
// cache and the outbox), then pushed to the production server (in its own process, over a copy of
// the seeded database). Three rounds on different declarations; medians recorded.
import { approveDeclarations } from '../../src-main/core/decisions/index.ts';
import { recordFigures } from '../support/results.ts';
import { startBigServer } from '../sync/support/big-server.ts';
import { median, openInProcessClient, timed } from '../sync/support/in-process-client.ts';
import { syncedCacheCopy } from '../sync/support/synced-cache.ts';

const ROUNDS = 3;
const BATCH = 10_000;

const big = await startBigServer({ writable: true });
const client = await openInProcessClient(big, await syncedCacheCopy(big));
const local: number[] = [];
const pushed: number[] = [];
try {
  await client.engine.syncNow();
  const context = { cache: client.cache, adminId: big.unit.adminId };
  for (let round = 0; round < ROUNDS; round++) {
    const ids = client.cache.sqlite
      .prepare<[number], { id: string }>(
        "select id from declarations where status = 'pending' order by year desc, submitted_at desc limit ?",
      )
      .all(BATCH)
      .map((row) => row.id);
    let affected = 0;
    local.push(await timed(() => (affected = approveDeclarations(context, ids).affected)));
    if (affected !== BATCH) throw new Error(`Approved ${affected} of ${BATCH}.`);
    client.engine.decided();
    let pushEnded = 0;
    const stop = client.engine.onState((state) => {
      if (state.phase === 'pulling' && pushEnded === 0) pushEnded = performance.now();
    });
    const started = performance.now();
    const state = await client.engine.syncNow();
    stop();
    if (state.lastError || state.waiting > 0) throw new Error(`The push failed: ${state.lastError}`);
    pushed.push((pushEnded - started) / 1000);
  }
} finally {
  await client.close();
  await big.stop();
}

console.log(`\nLocal batch approvals of ${BATCH} (ms): ${local.map(Math.round).join(', ')}`);
console.log(`Pushes of ${BATCH} approvals (s): ${pushed.map((s) => s.toFixed(2)).join(', ')}`);
recordFigures([
  { id: 'approve.batch_10k_local_ms', value: median(local), unit: 'ms', goal: '<= 300' },
  { id: 'approve.push_10k_s', value: median(pushed), unit: 's', goal: '<= 3' },
]);
