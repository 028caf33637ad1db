import type { BatchProgress, BatchResult } from './batch-types.ts';
import type { BatchJob } from './generate-in-thread.ts';

export type ToBatchWorker = { type: 'cancel' };

export type FromBatchWorker =
  | { type: 'progress'; progress: BatchProgress }
  | { type: 'done'; result: BatchResult }
  | { type: 'failed'; message: string };

export type BatchWorkerData = BatchJob;

/** The batch worker's TypeScript source, which Node 24 runs directly (tests, benchmarks, running from source). */
export const SOURCE_BATCH_WORKER_URL = new URL('./batch-worker.ts', import.meta.url);
