import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CallArgs,
  CertificateFailure,
  CertificateJobEvent,
  CertificateJobResult,
} from '../../../src-shared/contract/index.ts';
import type { ActiveSession } from '../accounts/session-manager.ts';
import {
  generateCertificates,
  printBatch,
  type BatchFile,
  type BatchOutput,
  type CertificateRecord,
  type OpenRendererOptions,
} from '../certificates/index.ts';
import { requirePermission } from '../decisions/permissions.ts';
import type { PdfPrinter } from '../printing/index.ts';
import { issueForSelection } from './certificate-issuing.ts';
import { recordPrinted } from './certificate-recording.ts';

type RunArgs = CallArgs<'certificatesRun'>;
type Phase = Extract<CertificateJobEvent, { state: 'running' }>['phase'];

export interface CertificateRun {
  jobId: string;
  active: ActiveSession;
  /** The session token, for leasing numbers; null offline. */
  token: string | null;
  args: RunArgs;
  /** Where the PDFs go (output `pdf`); null when printing. */
  directory: string | null;
  /** Where a print run's PDF waits for the printer; deleted afterwards. */
  spoolDir: string;
  rendering: OpenRendererOptions;
  /** The printer of the settings, used when the run names none. */
  defaultPrinter: string | null;
  printer: PdfPrinter;
  batchWorkerUrl: URL | null | undefined;
  signal: AbortSignal;
  report(phase: Phase, progress: { done: number; failed: number; total: number }): void;
}

type Tally = Omit<CertificateJobResult, 'outcome' | 'message'>;

/** A job's counts before anything was made: also the result of a job that failed at once. */
export function emptyTally(output: Tally['output'], directory: string | null): Tally {
  return {
    output,
    directory,
    printJobId: null,
    files: [],
    produced: 0,
    recorded: 0,
    offlineNumbers: 0,
    failures: [],
    warnings: [],
  };
}

const CANCELLED = '已取消：证书未标记为已打印';

/** `继续教育证书-2025-20260301-093015.pdf`: a combined PDF never overwrites an earlier one. */
function combinedFileName(year: number, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `继续教育证书-${year}-${stamp}.pdf`;
}

function batchOutput(run: CertificateRun): BatchOutput {
  const { output, year } = run.args;
  if (output.kind === 'print') return { kind: 'combined', file: join(run.spoolDir, `${run.jobId}.pdf`) };
  if (output.files === 'perPerson') return { kind: 'perPerson', dir: run.directory! };
  return { kind: 'combined', file: join(run.directory!, combinedFileName(year, new Date())) };
}

function removeFiles(files: readonly BatchFile[]): void {
  for (const { file } of files) rmSync(file, { force: true });
}

const certificatesIn = (files: readonly BatchFile[]) =>
  files.reduce((count, file) => count + file.certificates.length, 0);

const recordsOf = (files: readonly BatchFile[]): CertificateRecord[] =>
  files.flatMap((file) => file.certificates.flatMap((certificate) => certificate.record ?? []));

function completedMessage(run: CertificateRun, tally: Tally): string {
  const done =
    run.args.output.kind === 'print'
      ? `已打印 ${tally.produced} 份证书`
      : `已保存 ${tally.produced} 份证书（PDF）到 ${run.directory}`;
  const recorded = tally.recorded > 0 ? `，新记录 ${tally.recorded} 份，待同步` : '';
  const failed = tally.failures.length > 0 ? `；${tally.failures.length} 人未成功` : '';
  return `${done}${recorded}${failed}`;
}

/**
 * One print (or save-as-PDF) run of 证书打印, in the core worker: the people of the selection from
 * the cache, numbered (reprints keep their numbers), generated in the batch worker with progress,
 * printed on a local printer or kept as PDFs, and recorded as `certificates.record` decisions. Only
 * certificates whose print job completed (or whose PDF was saved) are recorded: a failed or
 * cancelled run records nothing and leaves no PDF behind.
 */
export async function runCertificates(run: CertificateRun): Promise<CertificateJobResult> {
  const { active, args, signal } = run;
  const tally = emptyTally(args.output.kind, run.directory);
  run.report('preparing', { done: 0, failed: 0, total: 0 });
  requirePermission(active.workspace.cache.sqlite, active.session.admin.id, 'certificates');
  const issued = await issueForSelection(active, run.token, { year: args.year, ...args.selection });
  tally.offlineNumbers = issued.offlineNumbers;
  const total = issued.certificates.length;
  if (total === 0) return { ...tally, outcome: 'failed', message: '没有符合条件的人员' };
  if (signal.aborted) return { ...tally, outcome: 'cancelled', message: CANCELLED };
  const names = new Map(issued.certificates.map(({ data }) => [data.staffId, data.name]));

  const batch = await generateCertificates({
    rendering: run.rendering,
    certificates: issued.certificates,
    output: batchOutput(run),
    signal,
    workerUrl: run.batchWorkerUrl,
    onProgress: (progress) => run.report('generating', progress),
  });
  tally.failures = batch.failures.map(({ staffId, name, reason }) => ({ staffId, name, reason }));
  tally.warnings = batch.warnings;
  if (batch.status === 'cancelled') {
    removeFiles(batch.files);
    return { ...tally, outcome: 'cancelled', message: `${CANCELLED}，已生成的文件已删除` };
  }
  if (batch.files.length === 0) return { ...tally, outcome: 'failed', message: '证书均未能生成，请查看原因' };

  let records: CertificateRecord[];
  if (args.output.kind === 'print') {
    run.report('printing', { done: 0, failed: tally.failures.length, total });
    const printed = await printBatch(run.printer, batch.files, {
      printer: args.output.printer ?? run.defaultPrinter ?? undefined,
      copies: args.output.copies,
      paperSize: run.rendering.paperSize,
      orientation: run.rendering.orientation,
      signal,
    }).finally(() => removeFiles(batch.files));
    tally.printJobId = printed.outcome.jobId;
    if (printed.outcome.status !== 'completed')
      return { ...tally, outcome: printed.outcome.status, message: printed.outcome.message };
    records = printed.records;
  } else {
    tally.files = batch.files.map((file) => file.file);
    records = recordsOf(batch.files);
  }
  tally.produced = certificatesIn(batch.files);

  run.report('recording', { done: tally.produced, failed: tally.failures.length, total });
  const recorded = recordPrinted(active, records, (staffId) => names.get(staffId) ?? staffId);
  tally.recorded = recorded.recorded;
  tally.failures.push(...recorded.refused.map(notRecorded));
  return { ...tally, outcome: 'completed', message: completedMessage(run, tally) };
}

function notRecorded(failure: CertificateFailure): CertificateFailure {
  return { ...failure, reason: `证书已输出，但未能记录：${failure.reason}` };
}
