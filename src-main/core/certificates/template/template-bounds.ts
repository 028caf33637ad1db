import type { z } from 'zod';
import { POINTS_PER_MM, pageDimensions, type Orientation, type PaperSize } from '../../printing/paper.ts';

/** Rows of the hours table: headings, completed, required, status. */
export const HOURS_TABLE_ROWS = 4;

interface Placed {
  x: number;
  y: number;
  width?: number;
  height?: number;
  size?: number;
  rowHeight?: number;
  captionHeight?: number;
}

function isPlaced(value: unknown): value is Placed {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y } = value as Record<string, unknown>;
  return typeof x === 'number' && typeof y === 'number';
}

function extent(item: Placed): { right: number; bottom: number } {
  const width = item.width ?? item.size ?? 0;
  let height = item.height ?? (item.size ?? 0) + (item.captionHeight ?? 0);
  if (item.rowHeight !== undefined) height = item.rowHeight * HOURS_TABLE_ROWS;
  return { right: item.x + width, bottom: item.y + height };
}

/** Every placed element of a template must lie on the page it is designed for. */
export function checkInsidePage(
  template: { page: { size: PaperSize; orientation: Orientation } } & object,
  context: z.RefinementCtx,
): void {
  const page = pageDimensions(template.page.size, template.page.orientation);
  const widthMm = page.width / POINTS_PER_MM;
  const heightMm = page.height / POINTS_PER_MM;
  for (const [key, value] of Object.entries(template)) {
    if (!isPlaced(value)) continue;
    const { right, bottom } = extent(value);
    if (right > widthMm + 0.01 || bottom > heightMm + 0.01) {
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `超出纸张范围：右边缘 ${right.toFixed(1)} 毫米、下边缘 ${bottom.toFixed(1)} 毫米，纸张为 ${widthMm.toFixed(0)}×${heightMm.toFixed(0)} 毫米`,
      });
    }
  }
}
