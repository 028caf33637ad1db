import type { PdfPrinter, PrintOptions, PrintOutcome } from '../printing/pdf-printer.ts';
import type { BatchFile } from './batch/batch-types.ts';
import type { CertificateRecord } from './certificate-data.ts';

export interface PrintedBatch {
  /** How the batch ended: `completed` only if every file printed. */
  outcome: PrintOutcome;
  /** `certificates.record` arguments of the certificates that did print, to record now (reprints need none). */
  records: CertificateRecord[];
  /** Files printed, in order; the rest were not sent once a job failed or was cancelled. */
  printedFiles: number;
}

/**
 * Prints a batch's files one job after another and stops at the first job that does not complete,
 * since the next would meet the same printer. Only certificates whose job completed are returned
 * for recording: a failed or cancelled job never marks a certificate printed.
 */
export async function printBatch(
  printer: PdfPrinter,
  files: readonly BatchFile[],
  options: PrintOptions,
): Promise<PrintedBatch> {
  const records: CertificateRecord[] = [];
  let outcome: PrintOutcome = { status: 'completed', jobId: null };
  let printedFiles = 0;
  for (const { file, certificates } of files) {
    const title = options.title ?? `继续教育证书 ${certificates[0]?.data.number ?? ''}`.trim();
    outcome = await printer.print(file, { ...options, title });
    if (outcome.status !== 'completed') break;
    printedFiles += 1;
    for (const certificate of certificates) if (certificate.record) records.push(certificate.record);
  }
  return { outcome, records, printedFiles };
}
