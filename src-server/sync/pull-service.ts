import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { ServerContext } from '../context.ts';
import { HttpError, type ErrorBody } from '../http/http-error.ts';
import { encodePage, type PageEncoding } from './content-coding.ts';
import { pullPage, type PullInput } from './pull.ts';

/** A pull page as sent: the JSON of a PullResponse, compressed with `encoding`. */
export interface EncodedPage {
  encoding: PageEncoding;
  body: Uint8Array;
}

/** Builds pull pages: big ones of a SQLite file in worker threads, the others on the server's connection. */
export interface PullService {
  page(unitId: string, input: PullInput, encoding: PageEncoding): Promise<EncodedPage>;
  close(): Promise<void>;
}

export interface PageRequest {
  id: number;
  unitId: string;
  input: PullInput;
  encoding: PageEncoding;
}

/** The worker's answer: the page, a refusal to pass on (a stale cursor), or a failure (a bug). */
export type PageAnswer =
  | { id: number; body: Uint8Array }
  | { id: number; status: number; refusal: ErrorBody['error'] }
  | { id: number; failure: string };

/** The in-process way: for PostgreSQL (whose driver is asynchronous anyway) and in-memory SQLite. */
function inProcessPulls(context: ServerContext): PullService {
  return {
    async page(unitId, input, encoding) {
      const pieces: Uint8Array[] = [];
      await pullPage(context, unitId, input, (piece) => pieces.push(piece));
      return { encoding, body: await encodePage(Buffer.concat(pieces), encoding) };
    },
    close: async () => {},
  };
}

interface Pending {
  encoding: PageEncoding;
  resolve(page: EncodedPage): void;
  reject(error: Error): void;
}

/** One worker thread with its own read-only connection to the SQLite file. */
interface PullThread {
  page(unitId: string, input: PullInput, encoding: PageEncoding): Promise<EncodedPage>;
  /** Pages asked for and not answered yet. */
  inFlight(): number;
  close(): Promise<void>;
}

/** Starts a pull worker; `gone` is called once it has crashed or exited, after failing its requests. */
function startPullThread(file: string, gone: (thread: PullThread) => void): PullThread {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;
  const worker = new Worker(new URL('./pull-worker.ts', import.meta.url), {
    workerData: { file },
    // The worker makes few JavaScript objects (its pages live in buffers outside the heap), so a
    // young generation smaller than the default keeps memory off the server's resident set. Not too
    // small: V8 counts a page's column buffers (about 12 MB for 20,000 declarations) against a limit
    // that sits some young generations above the live heap; at 4 MiB nearly every page set off a
    // full collection, at 8 about one page in two (16 gained no CPU time and cost resident memory).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });

  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    if (!closed) gone(thread);
    closed = true;
  };

  const settle = (answer: PageAnswer) => {
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if ('body' in answer) waiting.resolve({ encoding: waiting.encoding, body: answer.body });
    else if ('refusal' in answer) {
      const { code, message, fields } = answer.refusal;
      waiting.reject(new HttpError(answer.status, code, message, fields));
    } else waiting.reject(new Error(`pull worker: ${answer.failure}`));
  };

  worker.on('message', settle);
  worker.once('error', (error) => failAll(error));
  worker.once('exit', (code) => failAll(new Error(`pull worker exited with ${code}`)));
  // The HTTP server keeps the process alive; an idle worker must not.
  worker.unref();

  const thread: PullThread = {
    page(unitId, input, encoding) {
      if (closed) return Promise.reject(new Error('pull worker closed'));
      const id = nextId++;
      const request: PageRequest = { id, unitId, input, encoding };
      return new Promise((resolve, reject) => {
        pending.set(id, { encoding, resolve, reject });
        worker.postMessage(request);
      });
    },
    inFlight: () => pending.size,
    async close() {
      failAll(new Error('pull worker closed'));
      await worker.terminate();
    },
  };
  return thread;
}

/**
 * Workers pages are built in: one per CPU of this 2-core machine. Under load (many clients pulling
 * small pages) both build pages while the event loop answers everything else; a single client's full
 * pull, one page after another, only ever needs one.
 */
const PULL_THREADS = 2;

/**
 * Pull workers started as needed: an idle one takes the page; while all are busy another is started,
 * up to PULL_THREADS, and past that the least busy takes it. A crashed worker is replaced on demand.
 */
function workerPulls(file: string): PullService {
  let threads: PullThread[] = [];
  const forget = (thread: PullThread) => {
    threads = threads.filter((other) => other !== thread);
  };
  const pick = (): PullThread => {
    const idle = threads.find((thread) => thread.inFlight() === 0);
    if (idle) return idle;
    if (threads.length < PULL_THREADS) {
      const started = startPullThread(file, forget);
      threads.push(started);
      return started;
    }
    return threads.reduce((least, thread) => (thread.inFlight() < least.inFlight() ? thread : least));
  };
  return {
    page: (unitId, input, encoding) => pick().page(unitId, input, encoding),
    async close() {
      const closing = threads;
      threads = [];
      await Promise.all(closing.map((thread) => thread.close()));
    },
  };
}

/** The file of a SQLite connection's main database; empty for an in-memory one. */
async function sqliteFile(context: ServerContext): Promise<string> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(context.db);
  return rows.find((row) => row.name === 'main')?.file ?? '';
}

/**
 * Pages of up to this many rows are built on the event loop (a few milliseconds of SQLite, then
 * compressed on the thread pool): a trip to a worker would cost about as much, and polls and small
 * catch-up pages would queue behind big pages there. Bigger pages (a first sync asks for 5,000 to
 * 20,000 rows, 20 to 100 ms of SQLite each) go to the pull workers.
 */
const EVENT_LOOP_PAGE_ROWS = 1_000;

/** Chooses how pages are built the first time one is asked for: on SQLite files, workers help. */
export function createPullService(context: ServerContext): PullService {
  const inProcess = inProcessPulls(context);
  let workers: Promise<PullService | null> | null = null;
  const pullWorkers = () => {
    workers ??= (async () => {
      const file = context.dialect === 'sqlite' ? await sqliteFile(context) : '';
      return file ? workerPulls(file) : null;
    })();
    return workers;
  };
  return {
    async page(unitId, input, encoding) {
      const service = input.limit > EVENT_LOOP_PAGE_ROWS ? ((await pullWorkers()) ?? inProcess) : inProcess;
      return service.page(unitId, input, encoding);
    },
    async close() {
      await (await workers)?.close();
    },
  };
}
