import type { CertificatesRunInput, Printer, Settings } from '../../../src-shared/contract/index.ts';

/** How the officer wants this run: on a printer, or as PDFs (one per person or one combined). */
export interface OutputChoice {
  mode: 'print' | 'perPerson' | 'combined';
  /** Undefined: the system's default printer. */
  printer: string | undefined;
  copies: number;
  paperSize: Settings['paperSize'];
  orientation: Settings['orientation'];
  /** Empty: the default folder (用户数据文件夹/certificates/<年度>). */
  directory: string;
}

export const OUTPUT_MODES = [
  { value: 'print', label: '打印' },
  { value: 'perPerson', label: '保存为 PDF：每人一个文件' },
  { value: 'combined', label: '保存为 PDF：合并为一个文件' },
] as const;

/** The printer to offer first: the settings' one if it is still installed, else the system's default. */
export function preferredPrinter(printers: Printer[], settings: Settings | undefined): string | undefined {
  const configured = settings?.printerName;
  if (configured && printers.some((printer) => printer.name === configured)) return configured;
  return (printers.find((printer) => printer.isDefault) ?? printers[0])?.name;
}

export function initialChoice(settings: Settings | undefined, printers: Printer[]): OutputChoice {
  return {
    mode: 'print',
    printer: preferredPrinter(printers, settings),
    copies: 1,
    paperSize: settings?.paperSize ?? 'A4',
    orientation: settings?.orientation ?? 'landscape',
    directory: '',
  };
}

/** The run's `output` and paper as the contract takes them. */
export function runOutput(
  choice: OutputChoice,
): Pick<CertificatesRunInput, 'output' | 'paperSize' | 'orientation'> {
  const paper = { paperSize: choice.paperSize, orientation: choice.orientation };
  if (choice.mode === 'print')
    return { ...paper, output: { kind: 'print', printer: choice.printer, copies: choice.copies } };
  const directory = choice.directory.trim();
  return {
    ...paper,
    output: { kind: 'pdf', files: choice.mode, directory: directory === '' ? undefined : directory },
  };
}
