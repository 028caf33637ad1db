// The longest stall of a client's main thread (in Electron, the one that serves the window) while its
// worker thread does the first sync of the big unit: a 5 ms timer histogram (monitorEventLoopDelay)
// in a client process beside the production server's.
import { join } from 'node:path';
import { recordFigures } from '../support/results.ts';
import { startBigServer } from '../sync/support/big-server.ts';
import { runClient } from '../sync/support/run-client.ts';
import { BENCH_DIR, PAGE_LIMIT, removeDatabase } from '../sync/support/synced-cache.ts';

const big = await startBigServer({ writable: false });
const cachePath = join(BENCH_DIR, `client-stall-${process.pid}.sqlite`);
removeDatabase(cachePath);
try {
  const run = await runClient({
    baseUrl: big.server.baseUrl,
    token: big.token,
    adminId: big.unit.adminId,
    cachePath,
    attachmentsDir: join(BENCH_DIR, 'attachments-unused'),
    pageLimit: PAGE_LIMIT,
  });
  console.log(
    `\nFirst sync of ${run.rows} rows in ${(run.ms / 1000).toFixed(1)} s; main thread's longest stall ${run.maxStallMs.toFixed(1)} ms (${run.idleStallMs.toFixed(1)} ms with nothing running, just before)`,
  );
  recordFigures([{ id: 'mainloop.max_stall_ms', value: run.maxStallMs, unit: 'ms', goal: '<= 50' }]);
} finally {
  removeDatabase(cachePath);
  await big.stop();
}
