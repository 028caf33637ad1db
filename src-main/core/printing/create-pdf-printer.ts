import { cupsPrinter } from './cups-printer.ts';
import type { PdfPrinter } from './pdf-printer.ts';
import { windowsPrinter } from './windows-printer.ts';

/** The platform's printer: SumatraPDF on Windows, CUPS elsewhere. */
export function createPdfPrinter(platform: NodeJS.Platform = process.platform): PdfPrinter {
  return platform === 'win32' ? windowsPrinter() : cupsPrinter();
}
