import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

const SERVER = new URL('./pouchdb-server.ts', import.meta.url).pathname;

export interface PeerRun {
  docs: number;
  seconds: number;
}

/**
 * PouchDB replicating `count` of the unit's declarations over HTTP from a CouchDB-compatible server
 * on this machine (express-pouchdb in its own process) into an in-memory PouchDB, with generous
 * batches (1,000 docs, 10 in flight). Loading the server is not timed.
 */
export async function replicateWithPouchDb(
  databaseUrl: string,
  unitId: string,
  count: number,
): Promise<PeerRun> {
  const child = spawn(process.execPath, [SERVER, databaseUrl, unitId, String(count)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`The PouchDB server exited with ${code}.`)));
    });
    const { port, docs } = JSON.parse(first) as { port: number; docs: number };
    const LocalPouch = PouchDB.plugin(memory).plugin(http).plugin(replication);
    const local = new LocalPouch(`peer-${Date.now()}`, { adapter: 'memory' });
    const started = performance.now();
    const result = await local.replicate.from(`http://127.0.0.1:${port}/unit`, {
      batch_size: 1_000,
      batches_limit: 10,
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.docs_written !== docs)
      throw new Error(`PouchDB wrote ${result.docs_written} of ${docs} docs.`);
    await local.destroy();
    return { docs, seconds };
  } finally {
    child.kill('SIGTERM');
  }
}
