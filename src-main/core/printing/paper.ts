/**
 * Paper sizes certificates are laid out on and printers are asked for (the settings' choices),
 * portrait, in PDF points. B5 is ISO B5 (176 × 250 mm).
 */
export const paperSizes = {
  A4: { width: 595.28, height: 841.89 },
  A5: { width: 419.53, height: 595.28 },
  B5: { width: 498.9, height: 708.66 },
  Letter: { width: 612, height: 792 },
} as const;

export type PaperSize = keyof typeof paperSizes;
export const paperSizeNames = Object.keys(paperSizes) as [PaperSize, ...PaperSize[]];

export type Orientation = 'portrait' | 'landscape';
export const orientations = ['portrait', 'landscape'] as const satisfies readonly Orientation[];

export interface PageDimensions {
  width: number;
  height: number;
}

export function pageDimensions(size: PaperSize, orientation: Orientation): PageDimensions {
  const { width, height } = paperSizes[size];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

export const POINTS_PER_MM = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * POINTS_PER_MM;
}
