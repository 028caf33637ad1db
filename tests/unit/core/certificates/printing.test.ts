import { describe, expect, it } from 'vitest';
import { printBatch } from '../../../../src-main/core/certificates/print-batch.ts';
import {
  parseAccepting,
  parseDefault,
  parseJobState,
  parsePrinters,
  parseRequestId,
} from '../../../../src-main/core/printing/cups-output.ts';
import type {
  PdfPrinter,
  PrintOptions,
  PrintOutcome,
} from '../../../../src-main/core/printing/pdf-printer.ts';
import { windowsPrinter } from '../../../../src-main/core/printing/windows-printer.ts';
import { issued } from './support/certificates.ts';

describe('CUPS output', () => {
  it('reads printers, their state and the default', () => {
    const printers = parsePrinters(
      [
        'printer Office is idle.  enabled since Sat Nov 28 18:52:53 2026',
        'printer PDF disabled since Sat Nov 28 18:53:31 2026 -',
        '\tPaused',
        'printer Lab now printing Lab-3.  enabled since Sat Nov 28 18:52:53 2026',
      ].join('\n'),
    );
    expect(printers).toEqual([
      { name: 'Office', enabled: true, reason: '' },
      { name: 'PDF', enabled: false, reason: 'Paused' },
      { name: 'Lab', enabled: true, reason: '' },
    ]);
    expect(parseAccepting('PDF accepting requests since x\nLab not accepting requests since y -\n')).toEqual(
      new Set(['PDF']),
    );
    expect(parseDefault('system default destination: PDF\n')).toBe('PDF');
    expect(parseDefault('no system default destination\n')).toBeNull();
  });

  it('reads the job id lp gives and the job state IPP gives', () => {
    expect(parseRequestId('request id is PDF-12 (1 file(s))\n')).toBe('PDF-12');
    expect(
      parseJobState(
        '        job-state (enum) = aborted\n        job-state-reasons (keyword) = job-aborted-by-system\n',
      ),
    ).toEqual({
      state: 'aborted',
      reasons: 'job-aborted-by-system',
    });
  });
});

/** A printer that answers each job with the next outcome. */
function scriptedPrinter(outcomes: PrintOutcome[]): PdfPrinter & { jobs: [string, PrintOptions][] } {
  const jobs: [string, PrintOptions][] = [];
  return {
    jobs,
    listPrinters: async () => [],
    print: async (file, options) => {
      jobs.push([file, options]);
      return outcomes.shift()!;
    },
  };
}

describe('printBatch', () => {
  it('records the certificates of completed jobs only, and stops at the first job that does not complete', async () => {
    const [a, b, c] = [issued(), issued(), issued()];
    const printer = scriptedPrinter([
      { status: 'completed', jobId: 'PDF-1' },
      { status: 'failed', jobId: 'PDF-2', message: '打印机“PDF”已暂停' },
    ]);
    const files = [
      { file: '/a.pdf', certificates: [a!] },
      { file: '/b.pdf', certificates: [b!] },
      { file: '/c.pdf', certificates: [c!] },
    ];
    const printed = await printBatch(printer, files, {
      printer: 'PDF',
      copies: 1,
      paperSize: 'A4',
      orientation: 'landscape',
    });
    expect(printed).toEqual({
      outcome: { status: 'failed', jobId: 'PDF-2', message: '打印机“PDF”已暂停' },
      records: [a!.record],
      printedFiles: 1,
    });
    expect(printer.jobs.map(([file, options]) => [file, options.title])).toEqual([
      ['/a.pdf', `继续教育证书 ${a!.data.number}`],
      ['/b.pdf', `继续教育证书 ${b!.data.number}`],
    ]);
  });

  it('needs nothing recorded for reprints, and reports a cancelled job as such', async () => {
    const reprint = { ...issued(), record: null };
    const printed = await printBatch(
      scriptedPrinter([{ status: 'completed', jobId: null }]),
      [{ file: '/r.pdf', certificates: [reprint] }],
      {},
    );
    expect(printed.records).toEqual([]);
    const stopped = await printBatch(
      scriptedPrinter([{ status: 'cancelled', jobId: null, message: '打印已取消' }]),
      [{ file: '/x.pdf', certificates: [issued()] }],
      {},
    );
    expect(stopped).toMatchObject({ outcome: { status: 'cancelled' }, records: [], printedFiles: 0 });
  });
});

describe('the Windows printer', () => {
  it('prints through SumatraPDF at its explicit path, at the PDF own size, and reports a failure', async () => {
    const calls: unknown[] = [];
    const library = {
      getPrinters: async () => [{ name: 'HP LaserJet' }, { name: 'Canon' }],
      getDefaultPrinter: async () => ({ name: 'Canon' }),
      print: async (file: string, options: unknown) => {
        calls.push([file, options]);
        if (calls.length > 1) throw new Error('Printer not found');
      },
    };
    const printer = windowsPrinter(library);
    expect(await printer.listPrinters()).toEqual([
      { name: 'HP LaserJet', isDefault: false, ready: true },
      { name: 'Canon', isDefault: true, ready: true },
    ]);
    expect(
      await printer.print('C:\\certs\\a.pdf', {
        printer: 'Canon',
        copies: 2,
        paperSize: 'B5',
        orientation: 'landscape',
      }),
    ).toEqual({
      status: 'completed',
      jobId: null,
    });
    expect(calls[0]).toEqual([
      'C:\\certs\\a.pdf',
      {
        printer: 'Canon',
        copies: 2,
        paperSize: undefined,
        orientation: 'landscape',
        scale: 'noscale',
        sumatraPdfPath: expect.stringMatching(/pdf-to-printer[\\/]dist[\\/]SumatraPDF[^\\/]*\.exe$/),
      },
    ]);
    expect(await printer.print('C:\\certs\\b.pdf', { printer: 'Gone' })).toEqual({
      status: 'failed',
      jobId: null,
      message: '打印失败：Printer not found',
    });
  });
});
