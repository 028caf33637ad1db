import { setTimeout as sleep } from 'node:timers/promises';

export interface BackoffOptions {
  /** The first pause, doubled after each failure up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * The pause before retry `attempt` (1 for the first retry): half the exponential bound plus a random
 * share of the other half, so many clients never retry in step.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const bound = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(bound / 2 + (random() * bound) / 2);
}

export interface RetryOptions extends BackoffOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  signal?: AbortSignal;
}

/**
 * Runs `work` until it succeeds, retrying what `retryable` accepts after a backoff pause; the last
 * failure (or one not worth retrying) is thrown.
 */
export async function withRetries<T>(
  work: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  options: RetryOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= options.attempts || !retryable(error)) throw error;
      await sleep(backoffDelay(attempt, options), undefined, { signal: options.signal });
    }
  }
}
