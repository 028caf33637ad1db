import type { Font, Glyph, GlyphPosition, GlyphRun } from 'fontkit';

/** fontkit's glyph, as far as subsetting reads it: `_decode` parses the outline again on every call. */
type Decodable = { _decode(): unknown };
const remembering = new WeakSet<Glyph>();

/**
 * Makes a glyph remember its parsed outline: every document's subset parses each glyph it embeds
 * (to find the parts of composite glyphs), a fifth of a one-certificate PDF's time otherwise.
 */
function rememberOutline(glyph: Glyph): Glyph {
  const decodable = glyph as unknown as Decodable;
  if (remembering.has(glyph) || typeof decodable._decode !== 'function') return glyph;
  const decode = decodable._decode.bind(glyph);
  let outline: unknown;
  let parsed = false;
  decodable._decode = () => {
    if (!parsed) {
      outline = decode();
      parsed = true;
    }
    return outline;
  };
  remembering.add(glyph);
  return glyph;
}

/**
 * The font as documents get it: the same parsed font with a plain layout, one glyph per character
 * advancing by its own width. Certificates hold Chinese text, numbers and codes, which need no
 * OpenType shaping, and the layout measures the same widths (no kerning, no ligatures); fontkit's
 * full shaping was a third of the time of a one-certificate PDF. PDFKit takes any object with a
 * `layout` method as a font, and everything else (subsetting, metrics) is the parsed font's own,
 * with glyphs that remember their outlines.
 */
export function plainLayoutFont(font: Font): Font {
  const glyphs = new Map<number, Glyph>();
  const glyphFor = (codePoint: number) => {
    let glyph = glyphs.get(codePoint);
    if (!glyph) {
      glyph = font.glyphForCodePoint(codePoint);
      glyphs.set(codePoint, glyph);
    }
    return glyph;
  };
  const plain: Font = Object.create(font);
  plain.getGlyph = (id, codePoints) => rememberOutline(font.getGlyph(id, codePoints));
  plain.layout = (text: string): GlyphRun => {
    const run: Pick<GlyphRun, 'glyphs' | 'positions' | 'advanceWidth'> = {
      glyphs: [],
      positions: [],
      advanceWidth: 0,
    };
    for (const character of text) {
      const glyph = glyphFor(character.codePointAt(0)!);
      const position: GlyphPosition = { xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 };
      run.glyphs.push(glyph);
      run.positions.push(position);
      run.advanceWidth += glyph.advanceWidth;
    }
    return run as GlyphRun;
  };
  return plain;
}
