import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveTemplate } from '../template/resolve-template.ts';
import type { BatchProgress, BatchResult } from './batch-types.ts';
import { SOURCE_BATCH_WORKER_URL } from './batch-worker-messages.ts';
import type { BatchJob } from './generate-in-thread.ts';
import { runBatchWorker } from './run-batch-worker.ts';

export interface GenerateOptions extends BatchJob {
  signal?: AbortSignal;
  /** At most every 100 ms, and once at the end. */
  onProgress?: (progress: BatchProgress) => void;
  /**
   * The batch worker script: by default its TypeScript source (runs from source); a built app
   * passes its bundled batch/batch-worker.ts. Null, or a script that is not there, generates in
   * the calling thread.
   */
  workerUrl?: URL | null;
}

/**
 * Generates a batch of certificates off the calling thread (the core worker; never Electron's main
 * thread) in a worker of its own, with progress and cancel. Fails fast on a template problem
 * (TemplateError, checked here before any work); a certificate that cannot be drawn right is listed
 * in `failures` and the batch goes on.
 */
export async function generateCertificates({
  signal,
  onProgress,
  workerUrl = SOURCE_BATCH_WORKER_URL,
  ...job
}: GenerateOptions): Promise<BatchResult> {
  resolveTemplate(job.rendering);
  if (workerUrl && existsSync(fileURLToPath(workerUrl)))
    return runBatchWorker(workerUrl, job, signal, onProgress);
  // Loaded only here, so that a thread that hands batches to the worker never loads PDFKit and fonts.
  const { generateInThread } = await import('./generate-in-thread.ts');
  return generateInThread(job, signal, onProgress);
}
