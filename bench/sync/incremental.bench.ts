// Syncs of a client that is up to date with the big unit: one with nothing new (the timer's usual
// sync), and one after 1,000 declarations changed on the server (their owners edited them). The
// production server runs in its own process over a copy of the seeded database.
import { sql } from 'kysely';
import { openServerDatabase } from '../../src-server/db/connect.ts';
import { allocateSeq } from '../../src-server/db/sequence.ts';
import { recordFigures } from '../support/results.ts';
import { startBigServer } from './support/big-server.ts';
import { median, openInProcessClient, timed } from './support/in-process-client.ts';
import { syncedCacheCopy } from './support/synced-cache.ts';

const RUNS = 5;
const CHANGED = 1_000;

/** Changes `CHANGED` of the unit's declarations the way an edit does: new content, version and seq. */
async function changeDeclarations(databaseUrl: string, unitId: string, run: number): Promise<void> {
  const database = openServerDatabase(databaseUrl);
  try {
    await database.db.transaction().execute(async (trx) => {
      const ids = await trx
        .selectFrom('declarations')
        .select('id')
        .where('unit_id', '=', unitId)
        .orderBy('seq')
        .offset(run * CHANGED * 7)
        .limit(CHANGED)
        .execute();
      const first = await allocateSeq(trx, ids.length);
      for (const [k, { id }] of ids.entries()) {
        await trx
          .updateTable('declarations')
          .set({ remarks: `第${run}次修改`, version: sql`version + 1`, seq: first + k })
          .where('id', '=', id)
          .execute();
      }
    });
  } finally {
    await database.close();
  }
}

const big = await startBigServer({ writable: true });
const client = await openInProcessClient(big, await syncedCacheCopy(big));
const noop: number[] = [];
const changes: number[] = [];
try {
  await client.engine.syncNow();
  for (let run = 0; run < RUNS; run++) noop.push(await timed(() => client.engine.syncNow()));
  for (let run = 0; run < RUNS; run++) {
    await changeDeclarations(big.databaseUrl, big.unit.id, run);
    changes.push(await timed(() => client.engine.syncNow()));
  }
  const state = client.engine.state();
  if (state.lastError) throw new Error(state.lastError);
} finally {
  await client.close();
  await big.stop();
}

console.log(`\nNo-op syncs (ms): ${noop.map(Math.round).join(', ')}`);
console.log(`Syncs of ${CHANGED} changed declarations (ms): ${changes.map(Math.round).join(', ')}`);
recordFigures([
  { id: 'sync.noop_ms', value: median(noop), unit: 'ms', goal: '<= 50' },
  { id: 'sync.changes_1k_ms', value: median(changes), unit: 'ms', goal: '<= 300' },
]);
