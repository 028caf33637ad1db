import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../../server/support/bench-databases.ts';
import type { ClientRun } from './client-process.ts';
import type { SyncWorkerData } from './sync-worker.ts';

const BUILD_DIR = join(ROOT, '.data', 'bench-client');

let built: Promise<string> | undefined;

/**
 * The client process and its sync worker bundled into plain JavaScript, as the app ships its core
 * worker (electron.vite.config.ts), rather than run from TypeScript: Node's type stripper would add
 * ~18 MiB to each of the two threads, which the app never carries. Dependencies stay in node_modules.
 */
function bundledClient(): Promise<string> {
  built ??= (async () => {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        ssr: true,
        outDir: BUILD_DIR,
        emptyOutDir: true,
        target: 'node24',
        rolldownOptions: {
          input: {
            'client-process': new URL('./client-process.ts', import.meta.url).pathname,
            'sync-worker': new URL('./sync-worker.ts', import.meta.url).pathname,
          },
          output: { format: 'es', entryFileNames: '[name].js' },
        },
      },
    });
    return join(BUILD_DIR, 'client-process.js');
  })();
  return built;
}

/** Runs one sync in a fresh client process (main thread plus sync worker) and returns what it measured. */
export async function runClient(data: SyncWorkerData): Promise<ClientRun> {
  const client = await bundledClient();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [client, JSON.stringify(data)], {
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
