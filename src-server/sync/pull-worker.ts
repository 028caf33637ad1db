// The pull worker: builds and compresses pull pages of a SQLite server on its own thread and its own
// read-only connection, so the event loop stays free for other requests while a page of 20,000 rows is
// read, and the megabytes of column arrays it reads never enter the main thread's heap (only the
// compressed page does, handed over without a copy).
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteReader } from '../db/connect.ts';
import { HttpError } from '../http/http-error.ts';
import { pageEncoderSync } from './content-coding.ts';
import { pullPage } from './pull.ts';
import type { PageAnswer, PageRequest } from './pull-service.ts';

const port = parentPort!;
const reader = openSqliteReader((workerData as { file: string }).file);

/** The page's bytes in an ArrayBuffer of their own, which can be transferred rather than copied. */
function ownBytes(body: Buffer): Uint8Array {
  return body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : new Uint8Array(body);
}

async function answer(request: PageRequest): Promise<PageAnswer> {
  try {
    const encoder = pageEncoderSync(request.encoding);
    await pullPage(reader, request.unitId, request.input, (piece) => encoder.write(piece));
    return { id: request.id, body: ownBytes(encoder.end()) };
  } catch (error) {
    if (error instanceof HttpError)
      return { id: request.id, refusal: error.toBody().error, status: error.status };
    return {
      id: request.id,
      failure: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}

port.on('message', (request: PageRequest) => {
  void answer(request).then((reply) => {
    port.postMessage(reply, 'body' in reply ? [reply.body.buffer as ArrayBuffer] : []);
  });
});
