import { PUSH_MAX_MUTATIONS, type PushResponse } from '../../../src-shared/contract/sync.ts';
import { withRetries } from './backoff.ts';
import { checkpoint } from './checkpoint.ts';
import { SyncError } from './errors.ts';
import { clientIdOf, markSent, nextPushBatch, pushBody, unanswered, waitingCount } from './outbox.ts';
import { recordPushResults } from './push-results.ts';
import type { SyncRun } from './sync-run.ts';

/** Arguments per push request, well below the server's 4 MiB body limit. */
const PUSH_MAX_BYTES = 2 * 1024 * 1024;

const retryable = (error: unknown) => error instanceof SyncError && error.retryable;

/**
 * Pushes the outbox in order, in batches, until nothing waits: each batch is marked sent, posted
 * (retrying network failures and 5xx with backoff; the server applies a repeated mutation once) and
 * its answers recorded. Refused decisions become conflicts and never hold back the ones after them.
 */
export async function pushOutbox(run: SyncRun, batchSize = PUSH_MAX_MUTATIONS): Promise<number> {
  const { sqlite } = run.cache;
  const clientId = clientIdOf(sqlite);
  const total = waitingCount(sqlite);
  let done = 0;
  let bytes = 0;
  for (;;) {
    const batch = nextPushBatch(sqlite, Math.min(batchSize, PUSH_MAX_MUTATIONS), PUSH_MAX_BYTES);
    if (batch.length === 0) return done;
    run.report('pushing', { rowsDone: done, rowsTotal: Math.max(total, done + batch.length), bytes });
    markSent(sqlite, batch);
    const body = pushBody(clientId, batch);
    const answer = await withRetries(
      () => run.http.postJson<PushResponse>('/sync/push', body, run.signal),
      retryable,
      { ...run.retry, signal: run.signal },
    );
    recordPushResults(sqlite, batch, answer.value.results, { adminId: run.adminId, now: run.now() });
    checkpoint(sqlite);
    if (unanswered(sqlite, batch) > 0) {
      throw new SyncError('server', '服务器未答复全部决定，稍后会自动重试');
    }
    done += batch.length;
    bytes += Buffer.byteLength(body) + answer.bytes;
  }
}
