import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './bench-databases.ts';

/** A sync API server running in its own process, as in production, whose memory can be read. */
export interface ServerProcess {
  baseUrl: string;
  /** Resident memory now, in MiB (VmRSS). */
  rssMb(): number;
  /** The most resident memory the process ever had, in MiB (VmHWM). */
  peakRssMb(): number;
  /** CPU time the process has used so far, user + system over all its threads, in seconds. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** `node src-server/cli.ts serve`, the production server. */
export const PRODUCTION_SERVER = join(ROOT, 'src-server', 'cli.ts');
/** The production server plus a bench-only captcha route, for log-ins under load. */
export const BENCH_SERVER = join(ROOT, 'bench', 'server', 'support', 'bench-server.ts');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  return Number(kb) / 1024;
}

/** Clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/**
 * utime + stime from /proc/<pid>/stat: every thread of the process, so the zlib work that Node runs
 * on its thread pool counts as much as the main thread's. Fields are counted after the command name,
 * which is in parentheses and may itself hold spaces.
 */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3 of the file, so utime (14) and stime (15) sit at 11 and 12 here.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

export async function startServer(
  script: string,
  databaseUrl: string,
  args: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, HNCE_DATABASE_URL: databaseUrl, HNCE_HOST: '127.0.0.1', HNCE_PORT: String(port) },
    // The production server logs every request as JSON; the log goes nowhere, as to a quiet journal.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}/api/v1`;
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`The server ${script} exited with ${child.exitCode}.`);
    if (
      await fetch(`${baseUrl}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (waited > 60_000) throw new Error(`The server ${script} did not start.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pid = child.pid!;
  return {
    baseUrl,
    rssMb: () => memoryMb(pid, 'VmRSS'),
    peakRssMb: () => memoryMb(pid, 'VmHWM'),
    cpuSeconds: () => cpuSecondsOf(pid),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
