/*
 * Excel files made and read in the page with exceljs (loaded on first use, as it is large).
 *
 *   await downloadWorkbook('专业技术人员.xlsx', '专业技术人员', [{ header: '姓名', key: 'name', width: 12 }], rows);
 *   const ids = await readIdNumbers(file);   // every resident ID number found in the first sheet
 */
import type { Cell } from 'exceljs';

export interface SheetColumn {
  header: string;
  key: string;
  width?: number;
}

type SheetRow = Record<string, string | number | null>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function loadExcel() {
  const module = await import('exceljs');
  return module.default;
}

/** Builds one sheet with a bold, frozen header row and saves it through the browser's download. */
export async function downloadWorkbook(
  fileName: string,
  sheetName: string,
  columns: readonly SheetColumn[],
  rows: readonly SheetRow[],
): Promise<void> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '河南省专业技术人员继续教育信息管理系统';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(({ header, key, width }) => ({ header, key, width: width ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows as SheetRow[]);
  const buffer = await workbook.xlsx.writeBuffer();
  saveBlob(new Blob([buffer], { type: XLSX_TYPE }), fileName);
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 18-character resident ID numbers (the last may be X), as written in staff lists. */
const ID_NUMBER = /^\d{17}[\dXx]$/;

function cellText(cell: Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value);
}

/** Every distinct ID number in the first sheet of an .xlsx file, upper-cased, in sheet order. */
export async function readIdNumbers(file: Blob): Promise<string[]> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const sheet = workbook.worksheets[0];
  const found = new Set<string>();
  sheet?.eachRow((row) =>
    row.eachCell((cell) => {
      const text = cellText(cell).trim();
      if (ID_NUMBER.test(text)) found.add(text.toUpperCase());
    }),
  );
  return [...found];
}
