import { backoffDelay, type BackoffOptions } from './backoff.ts';

export interface ReconnectProbe {
  /** Starts probing (if not already) until the server answers; then `onBack` runs once. */
  start(): void;
  stop(): void;
}

/**
 * While offline, a cheap health check with growing pauses (and jitter) tells when the server can be
 * reached again, instead of full syncs failing one after another.
 */
export function reconnectProbe(
  isReachable: (signal: AbortSignal) => Promise<boolean>,
  onBack: () => void,
  backoff: BackoffOptions,
): ReconnectProbe {
  let controller: AbortController | null = null;
  let timer: NodeJS.Timeout | null = null;

  function schedule(attempt: number, signal: AbortSignal): void {
    timer = setTimeout(
      () => {
        timer = null;
        void isReachable(signal).then((reachable) => {
          if (signal.aborted) return;
          if (!reachable) return schedule(attempt + 1, signal);
          controller = null;
          onBack();
        });
      },
      backoffDelay(attempt, backoff),
    );
  }

  return {
    start() {
      if (controller) return;
      controller = new AbortController();
      schedule(1, controller.signal);
    },
    stop() {
      controller?.abort();
      controller = null;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
