import { mmToPt } from '../../printing/paper.ts';
import type { BorderLayout } from '../template/template-schema.ts';

/** The double frame: a strong outer line and a thin inner one. */
export function drawBorder(
  doc: PDFKit.PDFDocument,
  border: BorderLayout,
  width: number,
  height: number,
): void {
  const frame = (inset: number, lineWidth: number, color: string) => {
    if (lineWidth <= 0) return;
    const at = mmToPt(inset) + lineWidth / 2;
    doc
      .lineWidth(lineWidth)
      .strokeColor(color)
      .rect(at, at, width - 2 * at, height - 2 * at)
      .stroke();
  };
  frame(border.inset, border.outerWidth, border.color);
  frame(border.inset + border.gap, border.innerWidth, border.innerColor);
}
