import type { Orientation, PaperSize } from './paper.ts';

export interface PrinterInfo {
  name: string;
  isDefault: boolean;
  /** False when the queue is paused or not accepting jobs (CUPS); unknown on Windows (true). */
  ready: boolean;
}

export interface PrintOptions {
  /** A printer of `listPrinters`; the system's default printer when left out. */
  printer?: string;
  copies?: number;
  paperSize?: PaperSize;
  orientation?: Orientation;
  /** The job's name in the print queue. */
  title?: string;
  /** Cancels the job (CUPS: the queued job is cancelled; Windows: only before it is handed over). */
  signal?: AbortSignal;
}

/**
 * How a print job ended. Only `completed` means the certificates may be recorded as printed;
 * `failed` and `cancelled` carry a message for the user.
 */
export type PrintOutcome =
  | { status: 'completed'; jobId: string | null }
  | { status: 'failed'; jobId: string | null; message: string }
  | { status: 'cancelled'; jobId: string | null; message: string };

/** Prints PDF files on a local printer: CUPS `lp` on Linux and macOS, SumatraPDF on Windows. */
export interface PdfPrinter {
  listPrinters(): Promise<PrinterInfo[]>;
  /** Never throws: every way a job can go wrong comes back as an outcome. */
  print(file: string, options: PrintOptions): Promise<PrintOutcome>;
}

export const failed = (message: string, jobId: string | null = null): PrintOutcome => ({
  status: 'failed',
  jobId,
  message,
});
export const cancelled = (
  jobId: string | null = null,
  message = '打印已取消，证书未标记为已打印',
): PrintOutcome => ({
  status: 'cancelled',
  jobId,
  message,
});
