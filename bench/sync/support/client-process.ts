// A desktop client process for the benchmarks: its main thread stays free (as Electron's must) and
// measures its own event-loop stalls while a worker thread does the sync. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { monitorEventLoopDelay, type RecordableHistogram } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { CORE_WORKER_LIMITS } from '../../../src-main/core/worker/resource-limits.ts';
import type { SyncWorkerData, SyncWorkerMessage } from './sync-worker.ts';

export interface ClientRun {
  ms: number;
  rows: number;
  peakRssMb: number;
  maxStallMs: number;
  /** The same measure over a few seconds before the sync, with nothing running: this machine's noise. */
  idleStallMs: number;
  error?: string;
}

/** The histogram's max is the longest delay of a 5 ms timer: the stall plus its own resolution. */
const RESOLUTION_MS = 5;
const IDLE_MS = 5_000;

const longestStall = (delay: Pick<RecordableHistogram, 'max'>) =>
  Math.max(0, delay.max / 1e6 - RESOLUTION_MS);

const data = JSON.parse(process.argv[2]!) as SyncWorkerData;
const idle = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
idle.enable();
await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
idle.disable();
const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
delay.enable();
// The sync thread has the core worker's heap caps, as in the app.
// Beside this file: the TypeScript source, or the bundle when this is the bundle (run-client.ts).
const syncWorker = new URL(`./sync-worker${extname(import.meta.url)}`, import.meta.url);
const worker = new Worker(syncWorker, {
  workerData: data,
  resourceLimits: CORE_WORKER_LIMITS,
});
const done = await new Promise<Extract<SyncWorkerMessage, { type: 'done' }>>((resolve, reject) => {
  worker.on('message', (message: SyncWorkerMessage) => {
    if (message.type === 'done') resolve(message);
  });
  worker.on('error', reject);
});
delay.disable();
await worker.terminate();
const peakKb = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
const run: ClientRun = {
  ms: done.ms,
  rows: done.rows,
  peakRssMb: peakKb / 1024,
  maxStallMs: longestStall(delay),
  idleStallMs: longestStall(idle),
  ...(done.error ? { error: done.error } : {}),
};
console.log(JSON.stringify(run));
