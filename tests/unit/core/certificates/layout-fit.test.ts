import { beforeAll, describe, expect, it } from 'vitest';
import { openRenderer } from '../../../../src-main/core/certificates/open-renderer.ts';
import type { CertificateRenderer } from '../../../../src-main/core/certificates/render/certificate-renderer.ts';
import { mmToPt } from '../../../../src-main/core/printing/paper.ts';
import { pdfText, popplerAvailable, poppler, preview } from './support/certificates.ts';

interface Word {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

function words(pdf: Buffer): { width: number; height: number; words: Word[] } {
  const html = poppler('pdftotext', pdf, ['-bbox']);
  const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(html)!;
  const found = [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g),
  ];
  return {
    width: Number(page[1]),
    height: Number(page[2]),
    words: found.map(([, xMin, yMin, xMax, yMax, text]) => ({
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
      text: text!,
    })),
  };
}

/** 100 characters, the longest unit name the system takes. */
const LONG_UNIT = '河南省郑州市金水区人民医院医学检验与病理诊断联合研究中心'.repeat(4).slice(0, 100);
/** 50 characters, the longest name. */
const LONG_NAME = '阿卜杜热合曼·买买提依明·艾力江·𠮷'.repeat(3).slice(0, 50);

/** The template's unit box (resources/certificate/template.json), in points. */
const UNIT_BOX = { left: mmToPt(30), right: mmToPt(180), top: mmToPt(76), bottom: mmToPt(91) };
/** Inside the inner frame: inset 8 mm plus 2.5 mm between the frames. */
const FRAME = mmToPt(10.5);
/** pdftotext boxes run from the font's ascender to its descender, a little beyond the em box. */
const GLYPH_OVERHANG = 0.3 * 13;

describe.runIf(popplerAvailable())('long texts', () => {
  let renderer: CertificateRenderer;
  beforeAll(() => {
    renderer = openRenderer();
  });

  it('keep every word of the page inside the inner frame', async () => {
    const page = words(
      await preview(renderer, { unitName: LONG_UNIT, name: LONG_NAME, departmentName: LONG_UNIT }),
    );
    expect(page.words.length).toBeGreaterThan(20);
    for (const word of page.words) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(FRAME);
      expect(word.xMax, word.text).toBeLessThanOrEqual(page.width - FRAME);
      expect(word.yMin, word.text).toBeGreaterThanOrEqual(FRAME);
      expect(word.yMax, word.text).toBeLessThanOrEqual(page.height - FRAME);
    }
  });

  it('wrap and shrink a 100-character unit name inside its box, all of it', async () => {
    const pdf = await preview(renderer, { unitName: LONG_UNIT });
    const whole = `工作单位：${LONG_UNIT}`;
    const lines = words(pdf).words.filter((word) => word.xMin < UNIT_BOX.right && whole.includes(word.text));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.map((line) => line.text).join('')).toBe(whole);
    for (const line of lines) {
      expect(line.xMin).toBeGreaterThanOrEqual(UNIT_BOX.left - 0.01);
      expect(line.xMax).toBeLessThanOrEqual(UNIT_BOX.right + 0.01);
      expect(line.yMin).toBeGreaterThanOrEqual(UNIT_BOX.top - GLYPH_OVERHANG);
      expect(line.yMax).toBeLessThanOrEqual(UNIT_BOX.bottom + GLYPH_OVERHANG);
    }
    expect(pdfText(pdf)).toContain(LONG_UNIT);
  });

  it('print a 50-character name whole', async () => {
    expect(pdfText(await preview(renderer, { name: LONG_NAME }))).toContain(LONG_NAME.replace(/\s+/g, ''));
  });
});
