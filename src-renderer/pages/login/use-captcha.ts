import { useCallback, useEffect, useState } from 'react';
import type { Captcha } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';

export interface CaptchaState {
  captcha: Captcha | null;
  loading: boolean;
  /** Why no captcha could be had, e.g. the server is unreachable. */
  error: unknown;
  refresh(): void;
}

/** A captcha from the server, fetched once `enabled` (a server is configured) and again on demand. */
export function useCaptcha(enabled: boolean): CaptchaState {
  const [captcha, setCaptcha] = useState<Captcha | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [answered, setAnswered] = useState(-1);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api.sessionCaptcha().then(
      (fresh) => {
        if (!live) return;
        setCaptcha(fresh);
        setError(null);
        setAnswered(attempt);
      },
      (failure: unknown) => {
        if (!live) return;
        setCaptcha(null);
        setError(failure);
        setAnswered(attempt);
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, enabled]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  return { captcha, loading: enabled && answered !== attempt, error, refresh };
}
