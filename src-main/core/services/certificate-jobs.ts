import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  CallArgs,
  CertificateJobEvent,
  CertificateJobResult,
} from '../../../src-shared/contract/index.ts';
import type { SessionManager } from '../accounts/session-manager.ts';
import type { IpcHandlers } from '../api/handlers.ts';
import { CallFailure } from '../api/call-failure.ts';
import {
  MissingGlyphsError,
  SOURCE_BATCH_WORKER_URL,
  TemplateError,
  type OpenRendererOptions,
} from '../certificates/index.ts';
import type { HostServices } from '../host-services.ts';
import { createPdfPrinter, type Orientation, type PaperSize, type PdfPrinter } from '../printing/index.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { certificatePreview, PreviewRenderers } from './certificate-preview.ts';
import { emptyTally, runCertificates } from './certificate-run.ts';
import { certificateTemplates, type CertificateTemplateHandlers } from './certificate-template.ts';

export interface CertificateJobsOptions {
  sessions: SessionManager;
  settings: SettingsStore;
  userDataDir: string;
  emit: HostServices['emit'];
  /** Template, seal and fonts (the packaged app's resources); found from the source tree when left out. */
  resourcesDir?: string;
  /** The built certificate batch worker; left out, the TypeScript source (running from source). */
  batchWorkerUrl?: URL | null;
  printer?: PdfPrinter;
}

export type CertificateJobHandlers = Pick<
  IpcHandlers,
  'printersList' | 'certificatesPreview' | 'certificatesRun' | 'certificatesCancel' | 'certificatesJobStatus'
> &
  CertificateTemplateHandlers;

export interface CertificateJobs {
  handlers: CertificateJobHandlers;
  /** Cancels the running job and waits for it to end (before the cache closes). */
  close(): Promise<void>;
}

/** Jobs whose latest event is kept for certificatesJobStatus. */
const KEPT_JOBS = 10;

interface RunningJob {
  id: string;
  abort: AbortController;
  done: Promise<void>;
}

/** The PDFs of a year go here unless the officer names another folder. */
export function defaultCertificateDirectory(userDataDir: string, year: number): string {
  return join(userDataDir, 'certificates', String(year));
}

/** Creates the folder now, so that a folder that cannot be written is refused before the job starts. */
function writableDirectory(directory: string): string {
  try {
    mkdirSync(directory, { recursive: true });
    return directory;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CallFailure(
      'INVALID_ARGUMENT',
      `无法在文件夹“${directory}”中保存文件（${code}），请换一个文件夹`,
      [{ field: 'output.directory', message: '无法写入该文件夹' }],
    );
  }
}

/**
 * The batch worker script: the built one the host names, else the TypeScript source when running
 * from source; with neither (a host that named none, built) batches run in the core worker itself.
 */
function batchWorker(built: URL | null | undefined): URL | null {
  const candidates = [built, SOURCE_BATCH_WORKER_URL];
  return candidates.find((url) => url && existsSync(fileURLToPath(url))) ?? null;
}

/** What a job that threw says to the officer: expected problems in their own words, the rest generic. */
function failureMessage(error: unknown): string {
  if (error instanceof CallFailure || error instanceof MissingGlyphsError) return error.message;
  if (error instanceof TemplateError) return `${error.message}\n请在「证书模板」中修改或恢复默认模板`;
  console.error('[core] certificate job failed', error);
  const detail = error instanceof Error ? error.message : String(error);
  return `证书任务失败：${detail}`;
}

/**
 * 证书打印 in the core worker: printers, previews, and one print or save-as-PDF job at a time, which
 * runs in the background and tells the renderer its progress and its result as `certificateJob`
 * events; the call that starts it answers at once with its id.
 */
export function certificateJobs(options: CertificateJobsOptions): CertificateJobs {
  const { sessions, settings, userDataDir, emit } = options;
  const printer = options.printer ?? createPdfPrinter();
  const previews = new PreviewRenderers();
  const templates = certificateTemplates({
    sessions,
    settings,
    userDataDir,
    resourcesDir: options.resourcesDir,
  });
  const batchWorkerUrl = batchWorker(options.batchWorkerUrl);
  let running: RunningJob | null = null;

  const latest = new Map<string, CertificateJobEvent>();

  const send = (event: CertificateJobEvent) => {
    latest.delete(event.jobId);
    latest.set(event.jobId, event);
    if (latest.size > KEPT_JOBS) latest.delete(latest.keys().next().value!);
    emit('certificateJob', event);
  };

  /**
   * The unit's template (the shipped one unless it chose its own), the settings' paper unless the
   * call chose other; the QR code names the account's server.
   */
  function rendering(paper: { paperSize?: PaperSize; orientation?: Orientation }): OpenRendererOptions {
    const current = settings.get();
    return {
      resourcesDir: options.resourcesDir,
      templatePath: templates.chosenPath(),
      serverUrl: sessions.current()?.serverUrl ?? current.serverUrl,
      paperSize: paper.paperSize ?? current.paperSize,
      orientation: paper.orientation ?? current.orientation,
    };
  }

  async function start(args: CallArgs<'certificatesRun'>) {
    if (running) throw new CallFailure('CONFLICT', '已有证书任务正在进行，请等待其完成或取消后再试');
    const active = sessions.active();
    const directory =
      args.output.kind === 'pdf'
        ? writableDirectory(args.output.directory ?? defaultCertificateDirectory(userDataDir, args.year))
        : null;
    const spoolDir = writableDirectory(join(userDataDir, 'certificates', '.printing'));
    const token = await sessions.currentToken();
    const id = randomUUID();
    const abort = new AbortController();
    const finish = (result: CertificateJobResult) => {
      running = null;
      send({ jobId: id, state: 'finished', result });
    };
    const done = runCertificates({
      jobId: id,
      active,
      token,
      args,
      directory,
      spoolDir,
      rendering: rendering(args),
      defaultPrinter: settings.get().printerName,
      printer,
      batchWorkerUrl,
      signal: abort.signal,
      report: (phase, progress) => send({ jobId: id, state: 'running', phase, ...progress }),
    }).then(finish, (error: unknown) =>
      finish({
        outcome: 'failed',
        message: failureMessage(error),
        ...emptyTally(args.output.kind, directory),
      }),
    );
    running = { id, abort, done };
    return { jobId: id, directory };
  }

  const handlers: CertificateJobHandlers = {
    printersList: () => printer.listPrinters(),
    certificatesPreview: async (input) => {
      let renderer;
      try {
        renderer = previews.get(rendering(input));
      } catch (error) {
        throw new CallFailure('UNAVAILABLE', failureMessage(error));
      }
      return certificatePreview(() => sessions.active(), renderer, input);
    },
    certificatesRun: start,
    certificatesCancel: ({ jobId }) => {
      if (running?.id !== jobId) throw new CallFailure('NOT_FOUND', '该证书任务已结束或不存在');
      running.abort.abort();
      return null;
    },
    ...templates.handlers,
    certificatesJobStatus: ({ jobId }) => {
      const event = latest.get(jobId);
      if (!event) throw new CallFailure('NOT_FOUND', '该证书任务不存在');
      return event;
    },
  };
  return {
    handlers,
    async close() {
      const job = running;
      job?.abort.abort();
      await job?.done;
    },
  };
}
