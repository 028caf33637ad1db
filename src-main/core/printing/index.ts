export { createPdfPrinter } from './create-pdf-printer.ts';
export { cupsPrinter, type CupsPrinterOptions } from './cups-printer.ts';
export { pageDimensions, paperSizeNames, type Orientation, type PaperSize } from './paper.ts';
export type { PdfPrinter, PrinterInfo, PrintOptions, PrintOutcome } from './pdf-printer.ts';
export { windowsPrinter } from './windows-printer.ts';
