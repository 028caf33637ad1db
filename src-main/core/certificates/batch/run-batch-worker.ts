import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BatchProgress, BatchResult } from './batch-types.ts';
import type { BatchWorkerData, FromBatchWorker, ToBatchWorker } from './batch-worker-messages.ts';
import type { BatchJob } from './generate-in-thread.ts';

/**
 * V8 lets a busy thread's heap grow far beyond what it keeps alive (a 5,000-page batch keeps ~40 MB
 * but grew its heap past 200 MB); capped, it collects sooner and the batch stays flat.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 };

/**
 * Runs a batch in a worker thread of its own, relaying progress and cancel. If the thread dies, a
 * half-written combined PDF is deleted: nothing of it may be printed.
 */
export function runBatchWorker(
  workerUrl: URL,
  job: BatchJob,
  signal: AbortSignal | undefined,
  onProgress: ((progress: BatchProgress) => void) | undefined,
): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: job satisfies BatchWorkerData,
      resourceLimits: RESOURCE_LIMITS,
    });
    const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ToBatchWorker);
    signal?.addEventListener('abort', cancel, { once: true });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      finish();
    };
    const fail = (message: string) =>
      settle(() => {
        if (job.output.kind === 'combined') rmSync(job.output.file, { force: true });
        reject(new Error(message));
      });
    worker.on('message', (message: FromBatchWorker) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else fail(message.message);
    });
    worker.on('error', (error) => fail(`证书生成线程出错：${error.message}`));
    worker.on('exit', () => fail('证书生成线程意外退出'));
    if (signal?.aborted) cancel();
  });
}
