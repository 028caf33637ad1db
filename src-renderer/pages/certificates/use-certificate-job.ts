/*
 * useCertificateJob: starts a print or save-as-PDF run in the core and follows it through the core's
 * `certificateJob` events until its result.
 *
 *   const job = useCertificateJob(onFinished);
 *   await job.start({ year, selection, output });   // job.progress, then job.result
 *   job.cancel(); job.dismiss();
 *
 * The core answers the start call with the job's id, but its first events (and, for a tiny job, its
 * result) can arrive before that answer: events are kept by job id from the moment the screen opens.
 * While a job runs the screen also polls its state, so a lost event never leaves the dialog hanging.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  CertificateJobEvent,
  CertificateJobResult,
  CertificatesRunInput,
} from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';

export type JobProgress = Extract<CertificateJobEvent, { state: 'running' }>;

export interface CertificateJobState {
  /** The run asked for, until the officer closes its result. */
  output: CertificatesRunInput['output'] | null;
  jobId: string | null;
  directory: string | null;
  progress: JobProgress | null;
  result: CertificateJobResult | null;
  cancelling: boolean;
}

const IDLE: CertificateJobState = {
  output: null,
  jobId: null,
  directory: null,
  progress: null,
  result: null,
  cancelling: false,
};

/** Keeps the few latest events of jobs the screen has not claimed yet. */
const UNCLAIMED_MAX = 20;
const STATUS_POLL_MS = 3000;

export function useCertificateJob(onFinished: (result: CertificateJobResult) => void) {
  const [state, setState] = useState<CertificateJobState>(IDLE);
  const unclaimed = useRef(new Map<string, CertificateJobEvent>());
  const current = useRef<string | null>(null);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });

  const reported = useRef<string | null>(null);

  const apply = useCallback((event: CertificateJobEvent) => {
    if (event.state !== 'finished')
      return setState((previous) => (previous.result ? previous : { ...previous, progress: event }));
    // The result can come twice, as an event and as an answer to polling.
    if (reported.current === event.jobId) return;
    reported.current = event.jobId;
    setState((previous) => ({ ...previous, result: event.result, cancelling: false }));
    finished.current(event.result);
  }, []);

  // Events can be lost (a dropped event stream): while the job runs, ask for its state now and then.
  const { jobId, result } = state;
  useEffect(() => {
    if (!jobId || result) return;
    const timer = setInterval(() => {
      api.certificatesJobStatus({ jobId }).then(
        (event) => current.current === jobId && apply(event),
        () => {},
      );
    }, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [jobId, result, apply]);

  useEffect(
    () =>
      api.onEvent('certificateJob', (event) => {
        if (event.jobId === current.current) return apply(event);
        const kept = unclaimed.current;
        if (kept.get(event.jobId)?.state !== 'finished') kept.set(event.jobId, event);
        if (kept.size > UNCLAIMED_MAX) kept.delete(kept.keys().next().value!);
      }),
    [apply],
  );

  const start = useCallback(
    async (input: CertificatesRunInput) => {
      setState({ ...IDLE, output: input.output });
      try {
        const { jobId, directory } = await api.certificatesRun(input);
        current.current = jobId;
        setState((previous) => ({ ...previous, jobId, directory }));
        const early = unclaimed.current.get(jobId);
        unclaimed.current.delete(jobId);
        if (early) apply(early);
      } catch (error) {
        setState(IDLE);
        throw error;
      }
    },
    [apply],
  );

  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (!jobId) return;
    setState((previous) => ({ ...previous, cancelling: true }));
    // A job that ended meanwhile answers NOT_FOUND; its result is on its way as an event.
    await api.certificatesCancel({ jobId }).catch(() => {});
  }, []);

  const dismiss = useCallback(() => {
    current.current = null;
    setState(IDLE);
  }, []);

  return { ...state, start, cancel, dismiss };
}
