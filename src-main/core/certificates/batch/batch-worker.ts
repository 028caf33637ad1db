import { parentPort, workerData } from 'node:worker_threads';
import type { BatchWorkerData, FromBatchWorker, ToBatchWorker } from './batch-worker-messages.ts';
import { generateInThread } from './generate-in-thread.ts';

/** A thread of its own for one batch: its fonts, pages and garbage never weigh on the core worker. */
const port = parentPort!;
const post = (message: FromBatchWorker) => port.postMessage(message);
const cancel = new AbortController();
port.on('message', (message: ToBatchWorker) => {
  if (message.type === 'cancel') cancel.abort();
});

generateInThread(workerData as BatchWorkerData, cancel.signal, (progress) =>
  post({ type: 'progress', progress }),
)
  .then(
    (result) => post({ type: 'done', result }),
    (error: unknown) =>
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  )
  .finally(() => port.unref());
