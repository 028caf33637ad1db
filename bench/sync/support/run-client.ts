import { spawn } from 'node:child_process';
import type { ClientRun } from './client-process.ts';
import type { SyncWorkerData } from './sync-worker.ts';

const CLIENT = new URL('./client-process.ts', import.meta.url).pathname;

/** Runs one sync in a fresh client process (main thread plus sync worker) and returns what it measured. */
export function runClient(data: SyncWorkerData): Promise<ClientRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLIENT, JSON.stringify(data)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`The client exited with ${code}.`));
      const run = JSON.parse(output.trim().split('\n').at(-1)!) as ClientRun;
      if (run.error) return reject(new Error(`The client's sync failed: ${run.error}`));
      resolve(run);
    });
  });
}
