import type { Cache } from '../cache/open-cache.ts';
import type { RetryOptions } from './backoff.ts';
import type { SyncHttp } from './http-client.ts';

/** Where a running sync stands, for the progress bar. */
export interface SyncProgress {
  rowsDone: number;
  rowsTotal: number;
  bytes: number;
}

export type SyncPhase = 'idle' | 'pushing' | 'pulling' | 'resyncing';

/** What one sync run works with. */
export interface SyncRun {
  cache: Cache;
  http: SyncHttp;
  adminId: string;
  now: () => Date;
  signal: AbortSignal;
  retry: Omit<RetryOptions, 'signal'>;
  /** Reports the phase and its progress. */
  report(phase: SyncPhase, progress?: SyncProgress): void;
}
