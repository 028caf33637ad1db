import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../../../src-main/core/certificates/fonts/bundled-fonts.ts';
import { FontChain } from '../../../../src-main/core/certificates/fonts/font-chain.ts';
import { breakUnits } from '../../../../src-main/core/certificates/layout/break-units.ts';
import { fitText } from '../../../../src-main/core/certificates/layout/fit-text.ts';
import { defaultResourcesDir } from '../../../../src-main/core/certificates/resources-dir.ts';

const chain = new FontChain(bundledFonts(defaultResourcesDir()));
const style = { fontSize: 12, minFontSize: 8, lineHeight: 1.3, letterSpacing: 0 };
const box = (width: number, height: number) => ({ x: 0, y: 0, width, height });
const lineTexts = (fitted: ReturnType<typeof fitText>) =>
  fitted.lines.map((line) => line.runs.map((run) => run.text).join(''));

describe('breakUnits', () => {
  it('breaks between Chinese characters, keeps numbers and words whole, and keeps punctuation attached', () => {
    expect(breakUnits('编号HN2025 号（公需）。')).toEqual([
      '编',
      '号',
      'HN2025',
      ' ',
      '号',
      '（公',
      '需）。',
    ]);
  });
});

describe('fitText', () => {
  it('keeps text that fits at the full size on one line', () => {
    const fitted = fitText(chain, '郑州市第一人民医院', box(200, 14), style);
    expect(fitted).toMatchObject({ size: 12, truncated: false });
    expect(lineTexts(fitted)).toEqual(['郑州市第一人民医院']);
    expect(fitted.lines[0]!.width).toBeCloseTo(9 * 12);
  });

  it('wraps onto a second line when the box is tall enough, at the full size', () => {
    const fitted = fitText(chain, '河南省郑州市第一人民医院附属医学研究中心', box(120, 30), style);
    expect(fitted.size).toBe(12);
    expect(lineTexts(fitted)).toEqual(['河南省郑州市第一人民', '医院附属医学研究中心']);
  });

  it('shrinks text in a one-line box until it fits', () => {
    const fitted = fitText(chain, '河南省郑州市第一人民医院附属医学研究中心', box(150, 14), style);
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.size).toBeLessThan(12);
    expect(fitted.lines[0]!.width).toBeLessThanOrEqual(150);
  });

  it('goes below the minimum size rather than overflow, and only cuts what 4 pt cannot hold', () => {
    const long = '河南省郑州市第一人民医院'.repeat(4);
    const shrunk = fitText(chain, long, box(150, 14), style);
    expect(shrunk.size).toBeLessThan(8);
    expect(shrunk.truncated).toBe(false);
    expect(lineTexts(shrunk).join('')).toBe(long);
    const cut = fitText(chain, long.repeat(10), box(40, 5), style);
    expect(cut.truncated).toBe(true);
    for (const line of cut.lines) expect(line.width).toBeLessThanOrEqual(40);
  });

  it('counts letter spacing in the width, but not after the last character', () => {
    const fitted = fitText(chain, '证书', box(200, 40), { ...style, letterSpacing: 10 });
    expect(fitted.lines[0]!.width).toBeCloseTo(2 * 12 + 10);
  });

  it('keeps a leading indent on the first line only', () => {
    const fitted = fitText(chain, '　　兹证明该同志参加继续教育，累计取得学时', box(130, 60), style);
    expect(lineTexts(fitted)[0]!.startsWith('　　兹')).toBe(true);
    expect(lineTexts(fitted)[1]!.startsWith('　')).toBe(false);
  });
});
