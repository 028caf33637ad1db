import { setTimeout as sleep } from 'node:timers/promises';
import {
  parseAccepting,
  parseDefault,
  parseJobState,
  parsePrinters,
  parseRequestId,
  type JobState,
} from './cups-output.ts';
import {
  cancelled,
  failed,
  type PdfPrinter,
  type PrinterInfo,
  type PrintOptions,
  type PrintOutcome,
} from './pdf-printer.ts';
import type { PaperSize } from './paper.ts';
import { runCommand } from './run-command.ts';

export interface CupsPrinterOptions {
  /** How often a job's state is asked for. */
  pollMs?: number;
  /** A job not finished by then is cancelled and reported failed. */
  timeoutMs?: number;
}

/** CUPS media names; B5 by its PWG name, since a bare "B5" means JIS B5 to many drivers. */
const CUPS_MEDIA: Record<PaperSize, string> = {
  A4: 'A4',
  A5: 'A5',
  B5: 'iso_b5_176x250mm',
  Letter: 'Letter',
};

async function listPrinters(): Promise<PrinterInfo[]> {
  const [printers, accepting, fallback] = await Promise.all([
    runCommand('lpstat', ['-p']),
    runCommand('lpstat', ['-a']),
    runCommand('lpstat', ['-d']),
  ]);
  const ready = parseAccepting(accepting.stdout);
  const defaultName = parseDefault(fallback.stdout);
  return parsePrinters(printers.stdout).map((printer) => ({
    name: printer.name,
    isDefault: printer.name === defaultName,
    ready: printer.enabled && ready.has(printer.name),
  }));
}

/** Why a printer cannot take the job now, or null when it can. */
async function unavailable(name: string): Promise<string | null> {
  const [printers, accepting] = await Promise.all([
    runCommand('lpstat', ['-p', name]),
    runCommand('lpstat', ['-a', name]),
  ]);
  if (printers.missing) return '本机没有安装 CUPS 打印系统（lp、lpstat）';
  const printer = parsePrinters(printers.stdout).find((candidate) => candidate.name === name);
  if (printers.code !== 0 || !printer) return `打印机“${name}”不存在`;
  if (!printer.enabled)
    return `打印机“${name}”已暂停${printer.reason ? `（${printer.reason}）` : ''}，请在系统打印机设置中恢复后重试`;
  if (!parseAccepting(accepting.stdout).has(name)) return `打印机“${name}”当前不接受打印任务`;
  return null;
}

async function jobState(jobId: string): Promise<{ state: JobState | null; reasons: string }> {
  const number = jobId.slice(jobId.lastIndexOf('-') + 1);
  const result = await runCommand('ipptool', [
    '-tv',
    `ipp://localhost/jobs/${number}`,
    'get-job-attributes.test',
  ]);
  return parseJobState(result.stdout);
}

async function submit(
  file: string,
  printer: string,
  options: PrintOptions,
): Promise<{ jobId: string } | { error: string }> {
  const args = ['-d', printer, '-n', String(options.copies ?? 1)];
  if (options.paperSize) args.push('-o', `media=${CUPS_MEDIA[options.paperSize]}`);
  if (options.orientation)
    args.push('-o', `orientation-requested=${options.orientation === 'landscape' ? 4 : 3}`);
  if (options.title) args.push('-t', options.title);
  const result = await runCommand('lp', [...args, '--', file]);
  const jobId = parseRequestId(result.stdout);
  if (result.code !== 0 || !jobId)
    return { error: (result.stderr || result.stdout).trim() || 'lp 未返回任务号' };
  return { jobId };
}

/**
 * Waits for a job to finish. A job that cannot finish (its printer paused meanwhile, by an error
 * the backend stopped the queue for or by an administrator; the job held; too slow) is cancelled,
 * so that it never comes out later while the certificate stands as not printed.
 */
async function follow(
  jobId: string,
  printer: string,
  signal: AbortSignal | undefined,
  timing: Required<CupsPrinterOptions>,
): Promise<PrintOutcome> {
  const deadline = Date.now() + timing.timeoutMs;
  for (;;) {
    const { state, reasons } = await jobState(jobId);
    if (state === 'completed') return { status: 'completed', jobId };
    if (state === 'canceled') return cancelled(jobId, '打印任务已在打印队列中被取消，证书未标记为已打印');
    if (state === 'aborted') return failed(`打印任务被打印系统中止${reasons ? `（${reasons}）` : ''}`, jobId);
    if (signal?.aborted) {
      await runCommand('cancel', [jobId]);
      return cancelled(jobId);
    }
    const problem =
      (await unavailable(printer)) ??
      (state === 'pending-held' ? '打印任务被挂起' : null) ??
      (Date.now() > deadline ? '打印超时' : null);
    if (problem) {
      await runCommand('cancel', [jobId]);
      return failed(`${problem}，打印任务已取消`, jobId);
    }
    await sleep(timing.pollMs);
  }
}

/** Printing through CUPS (`lp`), job states through IPP (`ipptool`), on Linux and macOS. */
export function cupsPrinter(settings: CupsPrinterOptions = {}): PdfPrinter {
  const timing = { pollMs: 250, timeoutMs: 30 * 60_000, ...settings };
  return {
    listPrinters,
    async print(file, options) {
      if (options.signal?.aborted) return cancelled();
      const printer = options.printer ?? parseDefault((await runCommand('lpstat', ['-d'])).stdout);
      if (!printer) return failed('没有默认打印机，请先选择打印机');
      const problem = await unavailable(printer);
      if (problem) return failed(problem);
      if ((await runCommand('ipptool', ['-v'])).missing)
        return failed('本机缺少 ipptool（cups-ipp-utils），无法确认打印结果');
      const submitted = await submit(file, printer, options);
      if ('error' in submitted) return failed(`打印任务提交失败：${submitted.error}`);
      return follow(submitted.jobId, printer, options.signal, timing);
    },
  };
}
