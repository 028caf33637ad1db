// The first sync of the big unit (20,000 staff, 1,000,000 declarations): the production server in its
// own process, the client in another (a main thread kept free, the sync in a worker thread), both on
// this machine. Measures the time end to end and the client's peak memory, then PouchDB replicating
// a sample of the same records from a CouchDB-compatible server, for the ratio of the two rates.
import { join } from 'node:path';
import { recordFigures } from '../support/results.ts';
import { startBigServer } from './support/big-server.ts';
import { replicateWithPouchDb } from './support/pouchdb-peer.ts';
import { runClient } from './support/run-client.ts';
import { BENCH_DIR, keepSyncedCache, PAGE_LIMIT, removeDatabase } from './support/synced-cache.ts';

/** PouchDB replicates a few thousand docs a second: a sample keeps its run to about a minute. */
const POUCHDB_SAMPLE = 50_000;

const big = await startBigServer({ writable: false });
const cachePath = join(BENCH_DIR, `client-initial-${process.pid}.sqlite`);
removeDatabase(cachePath);
const ours = await (async () => {
  try {
    return await runClient({
      baseUrl: big.server.baseUrl,
      token: big.token,
      adminId: big.unit.adminId,
      cachePath,
      attachmentsDir: join(BENCH_DIR, 'attachments-unused'),
      pageLimit: PAGE_LIMIT,
    });
  } finally {
    await big.stop();
  }
})();
keepSyncedCache(big, cachePath);
// The server's copy is gone by now; the PouchDB server reads the same records from the cached seed.
const peer = await replicateWithPouchDb(`sqlite:${big.seedFile}`, big.unit.id, POUCHDB_SAMPLE);

const seconds = ours.ms / 1000;
const ourRate = ours.rows / seconds;
const peerRate = peer.docs / peer.seconds;
console.log(
  `\nOur first sync: ${ours.rows} rows in ${seconds.toFixed(1)} s (${Math.round(ourRate)} rows/s), client peak RSS ${ours.peakRssMb.toFixed(0)} MiB`,
);
console.log(
  `PouchDB: ${peer.docs} docs (a sample of the same declarations) in ${peer.seconds.toFixed(1)} s (${Math.round(peerRate)} docs/s)`,
);
recordFigures([
  { id: 'sync.initial_1m_s', value: seconds, unit: 's', goal: '<= 10' },
  { id: 'sync.initial_1m_rss_mb', value: ours.peakRssMb, unit: 'MiB', goal: '<= 250' },
  { id: 'sync.pouchdb_ratio', value: ourRate / peerRate, unit: '×', goal: '>= 30' },
]);
