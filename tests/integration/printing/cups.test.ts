import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCertificates } from '../../../src-main/core/certificates/batch/generate-batch.ts';
import { printBatch } from '../../../src-main/core/certificates/print-batch.ts';
import { cupsPrinter } from '../../../src-main/core/printing/cups-printer.ts';
import { makeTempDir, type TempDir } from '../../support/temp-dir.ts';
import { issued } from '../../unit/core/certificates/support/certificates.ts';
import { QUEUE, cupsPdfQueue, outputOf, pageCount } from './support/cups.ts';

describe.runIf(cupsPdfQueue())('printing certificates to a CUPS queue (cups-pdf)', () => {
  const printer = cupsPrinter({ pollMs: 100, timeoutMs: 60_000 });
  const written: string[] = [];
  let dir: TempDir;
  let combined: string;
  /** A queue of this suite's own for the tests that pause or hold it, so other suites keep theirs. */
  const scratch = `HNCE_TEST_${process.pid}`;

  beforeAll(async () => {
    execFileSync(
      'lpadmin',
      ['-p', scratch, '-v', 'cups-pdf:/', '-m', 'lsb/usr/cups-pdf/CUPS-PDF_opt.ppd', '-E'],
      {
        stdio: 'ignore',
      },
    );
    dir = makeTempDir('cups');
    combined = join(dir.path, 'certificates.pdf');
    const certificates = ['吉𠮷', '刘䶮', '王㛃'].map((name) => issued({ name }));
    await generateCertificates({ rendering: {}, certificates, output: { kind: 'combined', file: combined } });
  });
  afterAll(() => {
    execFileSync('lpadmin', ['-x', scratch]);
    for (const file of written) rmSync(file, { force: true });
    dir.remove();
  });

  it('lists the queue as ready', async () => {
    expect(await printer.listPrinters()).toContainEqual(
      expect.objectContaining({ name: QUEUE, ready: true }),
    );
  });

  it('completes the job, and the printed PDF has a page per certificate', async () => {
    const outcome = await printer.print(combined, {
      printer: QUEUE,
      copies: 1,
      paperSize: 'A4',
      orientation: 'landscape',
      title: '继续教育证书',
    });
    expect(outcome).toEqual({ status: 'completed', jobId: expect.stringMatching(/^PDF-\d+$/) });
    const output = await outputOf(outcome.jobId!);
    written.push(output);
    expect(pageCount(output)).toBe(3);
  });

  it('gives the certificates of a completed job to record', async () => {
    const certificate = issued({ name: '赵珺' });
    const file = join(dir.path, 'one.pdf');
    await generateCertificates({
      rendering: {},
      certificates: [certificate],
      output: { kind: 'combined', file },
    });
    const printed = await printBatch(printer, [{ file, certificates: [certificate] }], { printer: QUEUE });
    expect(printed).toMatchObject({
      outcome: { status: 'completed' },
      records: [certificate.record],
      printedFiles: 1,
    });
    written.push(await outputOf(printed.outcome.jobId!));
  });

  it('reports a printer that does not exist as failed', async () => {
    expect(await printer.print(combined, { printer: 'NoSuchPrinter' })).toEqual({
      status: 'failed',
      jobId: null,
      message: '打印机“NoSuchPrinter”不存在',
    });
  });

  it('reports a paused queue as failed, and sends it nothing', async () => {
    execFileSync('cupsdisable', [scratch]);
    const outcome = await printer.print(combined, { printer: scratch });
    expect(outcome).toMatchObject({
      status: 'failed',
      jobId: null,
      message: expect.stringContaining('已暂停'),
    });
    execFileSync('cupsenable', [scratch]);
  });

  it('cancels a job that cannot finish (held in the queue) and reports it failed, so it never prints later', async () => {
    execFileSync('lpadmin', ['-p', scratch, '-o', 'job-hold-until-default=indefinite']);
    const outcome = await printer.print(combined, { printer: scratch });
    expect(outcome).toMatchObject({ status: 'failed', message: '打印任务被挂起，打印任务已取消' });
    const jobNumber = outcome.jobId!.slice(outcome.jobId!.lastIndexOf('-') + 1);
    const state = execFileSync(
      'ipptool',
      ['-tv', `ipp://localhost/jobs/${jobNumber}`, 'get-job-attributes.test'],
      {
        encoding: 'utf8',
      },
    );
    expect(state).toContain('job-state (enum) = canceled');
  });

  it('reports a job cancelled before it was sent, and records nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const printed = await printBatch(printer, [{ file: combined, certificates: [issued()] }], {
      printer: QUEUE,
      signal: controller.signal,
    });
    expect(printed).toMatchObject({ outcome: { status: 'cancelled' }, records: [], printedFiles: 0 });
  });
});
