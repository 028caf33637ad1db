import { mmToPt } from '../../printing/paper.ts';
import type { FontChain } from '../fonts/font-chain.ts';
import type { FittedText } from '../layout/fit-text.ts';
import { HOURS_TABLE_ROWS } from '../template/template-bounds.ts';
import type { HoursTableLayout } from '../template/template-schema.ts';
import { drawTextBox } from './draw-text.ts';

const CELL_PADDING = 2;

/** The 公需 / 专业 / 合计 table: a heading row, completed hours, the requirement, met or not. */
export function drawHoursTable(
  doc: PDFKit.PDFDocument,
  chain: FontChain,
  layout: HoursTableLayout,
  cells: string[][],
  textColor: string,
): FittedText[] {
  const x = mmToPt(layout.x);
  const y = mmToPt(layout.y);
  const width = mmToPt(layout.width);
  const rowHeight = mmToPt(layout.rowHeight);
  const first = width * layout.headingShare;
  const other = (width - first) / 3;
  const columnX = [x, x + first, x + first + other, x + first + 2 * other, x + width];
  const height = rowHeight * HOURS_TABLE_ROWS;
  if (layout.headingFill) doc.rect(x, y, width, rowHeight).fill(layout.headingFill);
  doc.lineWidth(layout.lineWidth).strokeColor(layout.lineColor);
  doc.rect(x, y, width, height);
  for (let row = 1; row < HOURS_TABLE_ROWS; row++)
    doc.moveTo(x, y + row * rowHeight).lineTo(x + width, y + row * rowHeight);
  for (const at of columnX.slice(1, -1)) doc.moveTo(at, y).lineTo(at, y + height);
  doc.stroke();
  const style = {
    fontSize: layout.fontSize,
    minFontSize: layout.minFontSize,
    lineHeight: 1.15,
    letterSpacing: 0,
    align: 'center' as const,
    color: layout.color ?? textColor,
  };
  return cells.flatMap((rowCells, row) =>
    rowCells.map((text, column) =>
      drawTextBox(
        doc,
        chain,
        text,
        {
          x: columnX[column]! + CELL_PADDING,
          y: y + row * rowHeight + CELL_PADDING / 2,
          width: columnX[column + 1]! - columnX[column]! - 2 * CELL_PADDING,
          height: rowHeight - CELL_PADDING,
        },
        style,
      ),
    ),
  );
}
