import { createRequire } from 'node:module';
import type { Orientation, PaperSize } from './paper.ts';
import { cancelled, failed, type PdfPrinter, type PrinterInfo } from './pdf-printer.ts';
import { sumatraPdfPath } from './sumatra-path.ts';

/** The part of pdf-to-printer this printer uses. */
interface PdfToPrinter {
  getPrinters(): Promise<{ name: string }[]>;
  getDefaultPrinter(): Promise<{ name: string } | null>;
  print(
    file: string,
    options: {
      printer?: string;
      copies?: number;
      paperSize?: string;
      orientation?: Orientation;
      scale?: 'noscale' | 'shrink' | 'fit';
      sumatraPdfPath: string;
    },
  ): Promise<void>;
}

// Not named `require`: the bundler's ESM shim declares that name at the top of the built file.
const loadPackage = createRequire(import.meta.url);

/**
 * Paper names SumatraPDF's print settings know; it has none for B5, which then prints on the paper
 * the printer is set to.
 */
const SUMATRA_PAPER: Record<PaperSize, string | undefined> = {
  A4: 'A4',
  A5: 'A5',
  B5: undefined,
  Letter: 'letter',
};

/**
 * Printing on Windows through SumatraPDF (pdf-to-printer), silently, at the PDF's own size (no
 * scaling, so the seal and QR code land where the template puts them). SumatraPDF returns once the
 * job is handed to the Windows spooler: a job that fails later in the spooler (printer offline,
 * paper jam) is not seen here, and cancelling is only possible until then.
 */
export function windowsPrinter(
  library: PdfToPrinter = loadPackage('pdf-to-printer') as PdfToPrinter,
): PdfPrinter {
  return {
    async listPrinters(): Promise<PrinterInfo[]> {
      const [printers, fallback] = await Promise.all([library.getPrinters(), library.getDefaultPrinter()]);
      return printers.map((printer) => ({
        name: printer.name,
        isDefault: printer.name === fallback?.name,
        ready: true,
      }));
    },
    async print(file, options) {
      if (options.signal?.aborted) return cancelled();
      try {
        await library.print(file, {
          printer: options.printer,
          copies: options.copies ?? 1,
          paperSize: options.paperSize && SUMATRA_PAPER[options.paperSize],
          orientation: options.orientation,
          scale: 'noscale',
          sumatraPdfPath: sumatraPdfPath(),
        });
        return { status: 'completed', jobId: null };
      } catch (error) {
        return failed(`打印失败：${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
