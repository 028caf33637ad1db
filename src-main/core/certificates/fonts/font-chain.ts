import type { Font } from 'fontkit';
import type { FontSource } from './font-sources.ts';
import { openFont } from './open-font.ts';
import { plainLayoutFont } from './plain-layout-font.ts';

/** A font of the chain with the name documents register it under. */
export interface ChainFont {
  key: string;
  font: Font;
  /** What documents are given: the font with a plain layout (see plain-layout-font.ts). */
  pdfFont: Font;
  source: FontSource;
}

/** Consecutive characters one font draws. */
export interface TextRun {
  font: ChainFont;
  text: string;
  /** Advance width of the run in em, as documents lay it out (see plain-layout-font.ts). */
  em: number;
  characters: number;
}

const MEASURED_MAX = 10_000;

interface Glyph {
  font: ChainFont;
  em: number;
}

function openReadable(source: FontSource): Font {
  try {
    return openFont(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`无法读取字体文件 ${source.file}：${reason}`, { cause: error });
  }
}

/** Zero-width marks (variation selectors, joiners, BOM) that no certificate needs drawn. */
function isIgnorable(codePoint: number): boolean {
  return (
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    codePoint === 0x2060 ||
    codePoint === 0xfeff ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

/**
 * Fonts tried in order, character by character: a character is drawn with the first font that has
 * a glyph for it, so a rare character (𠮷, CJK Extension B) falls back to a font that has it instead
 * of printing an empty box. Fonts after the first are parsed only when a character needs them.
 */
export class FontChain {
  readonly #sources: readonly FontSource[];
  readonly #fonts: (ChainFont | undefined)[] = [];
  readonly #choice = new Map<number, Glyph | null>();
  readonly #measured = new Map<string, TextRun[]>();

  constructor(sources: readonly FontSource[]) {
    if (sources.length === 0) throw new Error('找不到可用的中文字体：请在证书模板中指定字体文件');
    this.#sources = sources;
  }

  /** The fonts parsed so far: documents register these. */
  get opened(): ChainFont[] {
    return this.#fonts.filter((font): font is ChainFont => font !== undefined);
  }

  /** The font that draws a character, or null when no font of the chain has it. */
  fontFor(codePoint: number): ChainFont | null {
    return this.#glyph(codePoint)?.font ?? null;
  }

  /** Characters of the text that no font of the chain can draw, each once. */
  missing(text: string): string[] {
    const missing = new Set<string>();
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      if (!isIgnorable(codePoint) && !this.fontFor(codePoint)) missing.add(character);
    }
    return [...missing];
  }

  /**
   * `runs`, remembered: layouts measure the same pieces (characters, labels) on every certificate.
   * The runs are shared, so callers must not change them. At most 10,000 pieces are kept.
   */
  measure(text: string): readonly TextRun[] {
    let runs = this.#measured.get(text);
    if (!runs) {
      if (this.#measured.size >= MEASURED_MAX) this.#measured.clear();
      runs = this.runs(text);
      this.#measured.set(text, runs);
    }
    return runs;
  }

  /** Splits text into runs of one font each; ignorable and undrawable characters are left out. */
  runs(text: string): TextRun[] {
    const runs: TextRun[] = [];
    let current: TextRun | undefined;
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      const glyph = isIgnorable(codePoint) ? null : this.#glyph(codePoint);
      if (!glyph) continue;
      const { font, em } = glyph;
      if (current?.font !== font) {
        current = { font, text: '', em: 0, characters: 0 };
        runs.push(current);
      }
      current.text += character;
      current.em += em;
      current.characters += 1;
    }
    return runs;
  }

  #glyph(codePoint: number): Glyph | null {
    let glyph = this.#choice.get(codePoint);
    if (glyph === undefined) {
      glyph = null;
      for (let index = 0; index < this.#sources.length && !glyph; index++) {
        const candidate = this.#font(index);
        if (!candidate.font.hasGlyphForCodePoint(codePoint)) continue;
        const advance = candidate.font.glyphForCodePoint(codePoint).advanceWidth;
        glyph = { font: candidate, em: advance / candidate.font.unitsPerEm };
      }
      this.#choice.set(codePoint, glyph);
    }
    return glyph;
  }

  #font(index: number): ChainFont {
    let font = this.#fonts[index];
    if (!font) {
      const source = this.#sources[index]!;
      const parsed = openReadable(source);
      font = { key: `CF${index}`, font: parsed, pdfFont: plainLayoutFont(parsed), source };
      this.#fonts[index] = font;
    }
    return font;
  }
}
