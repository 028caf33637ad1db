import { Worker } from 'node:worker_threads';
import type { CallResult } from '../../../src-shared/contract/index.ts';
import type { SecretVault } from '../host-services.ts';
import type { CoreWorkerData, FromWorker, HostMethod, ToWorker } from './messages.ts';
import { CORE_WORKER_LIMITS } from './resource-limits.ts';

export type CoreEventListener = (name: string, payload: unknown) => void;

export interface Core {
  /** Resolves once the worker has opened its databases; rejects with the reason it could not. */
  ready(): Promise<void>;
  /** Runs one contract call in the worker; never throws, failures come back as results. */
  call(channel: string, args: unknown): Promise<CallResult<unknown>>;
  onEvent(listener: CoreEventListener): () => void;
  /** Kills the worker at once, as a crash would; the next call starts a new one. */
  terminate(): Promise<void>;
  close(): Promise<void>;
}

export interface CoreOptions extends CoreWorkerData {
  /** The built worker script (out/main/core-worker.js) or, under plain Node, its TypeScript source. */
  workerUrl: URL;
  vault: SecretVault;
}

const WORKER_GONE: CallResult<never> = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: '后台服务意外停止，已重新启动，请重试' },
};

/**
 * Starts the core worker and talks to it. If the worker dies, calls in flight answer UNAVAILABLE
 * and the next call starts a new worker, which resumes from what the databases committed.
 */
export function startCore(options: CoreOptions): Core {
  const pending = new Map<number, (result: CallResult<unknown>) => void>();
  const listeners = new Set<CoreEventListener>();
  let nextId = 1;
  let worker: Worker | null = null;
  let closing: Promise<void> | null = null;
  let readiness: { promise: Promise<void>; resolve(): void; reject(error: Error): void } | null = null;

  function running(): Worker {
    if (worker) return worker;
    const { workerUrl, vault, ...data } = options;
    const started = new Worker(workerUrl, {
      workerData: data satisfies CoreWorkerData,
      resourceLimits: CORE_WORKER_LIMITS,
    });
    readiness = Promise.withResolvers<void>();
    readiness.promise.catch(() => {});
    started.on('message', (message: FromWorker) => receive(started, message, vault));
    started.on('error', (error) => console.error('[core] worker failed', error));
    started.on('exit', (code) => {
      readiness?.reject(new Error(`后台服务启动失败（退出码 ${code}）`));
      if (worker === started) worker = null;
      for (const resolve of pending.values()) resolve(WORKER_GONE);
      pending.clear();
    });
    worker = started;
    return started;
  }

  function receive(from: Worker, message: FromWorker, vault: SecretVault): void {
    if (message.type === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message.type === 'ready') {
      readiness?.resolve();
    } else if (message.type === 'fatal') {
      readiness?.reject(new Error(message.message));
    } else if (message.type === 'event') {
      for (const listener of listeners) listener(message.name, message.payload);
    } else if (message.type === 'host-call') {
      void answerHostCall(from, vault, message.id, message.method, message.args[0]);
    }
  }

  return {
    ready() {
      running();
      return readiness!.promise;
    },
    call(channel, args) {
      if (closing) return Promise.resolve(WORKER_GONE);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        running().postMessage({ type: 'call', id, channel, args } satisfies ToWorker);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async terminate() {
      await worker?.terminate();
    },
    close() {
      closing ??= closeWorker(worker);
      return closing;
    },
  };
}

async function answerHostCall(
  worker: Worker,
  vault: SecretVault,
  id: number,
  method: HostMethod,
  arg: string,
) {
  try {
    const value = method === 'vault.seal' ? await vault.seal(arg) : await vault.open(arg);
    worker.postMessage({ type: 'host-result', id, ok: true, value } satisfies ToWorker);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    worker.postMessage({ type: 'host-result', id, ok: false, message } satisfies ToWorker);
  }
}

/** Asks the worker to close its databases; one that does not finish in time is terminated. */
function closeWorker(worker: Worker | null, graceMs = 10_000): Promise<void> {
  if (!worker) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.terminate(), graceMs);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    worker.postMessage({ type: 'close' } satisfies ToWorker);
  });
}
