import type { FontChain } from '../fonts/font-chain.ts';
import { fitText, type Box, type FitStyle, type FittedText } from '../layout/fit-text.ts';

export type Align = 'left' | 'center' | 'right';

/**
 * Given any features, PDFKit lays a string out in one go; without, it walks it character by
 * character allocating as it goes (most of a certificate's garbage). The plain layout of the
 * documents' fonts (plain-layout-font.ts) ignores features anyway.
 */
const NO_FEATURES: PDFKit.Mixins.OpenTypeFeatures[] = [];

/** Top of a CJK em box above the baseline, as a share of the font size (the ideographic em box). */
const EM_BOX_ASCENT = 0.88;

export interface DrawTextStyle {
  align: Align;
  color: string;
  lineHeight: number;
}

/** Draws fitted lines centred vertically in their box, run by run, each run in its own font. */
export function drawFittedText(
  doc: PDFKit.PDFDocument,
  fitted: FittedText,
  box: Box,
  style: DrawTextStyle,
): void {
  const { size, spacing, lines } = fitted;
  const step = size * style.lineHeight;
  const block = size + (lines.length - 1) * step;
  const top = box.y + (box.height - block) / 2;
  doc.fillColor(style.color);
  lines.forEach((line, index) => {
    const baseline = top + size * EM_BOX_ASCENT + index * step;
    let x = box.x;
    if (style.align === 'center') x += (box.width - line.width) / 2;
    else if (style.align === 'right') x += box.width - line.width;
    for (const run of line.runs) {
      doc.font(run.font.key).fontSize(size);
      doc.text(run.text, x, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        characterSpacing: spacing,
        features: NO_FEATURES,
      });
      x += run.em * size + run.characters * spacing;
    }
  });
}

/** Fits text into its box (wrapping, then shrinking) and draws it; answers how it was fitted. */
export function drawTextBox(
  doc: PDFKit.PDFDocument,
  chain: FontChain,
  text: string,
  box: Box,
  style: FitStyle & DrawTextStyle,
): FittedText {
  const fitted = fitText(chain, text, box, style);
  drawFittedText(doc, fitted, box, style);
  return fitted;
}
