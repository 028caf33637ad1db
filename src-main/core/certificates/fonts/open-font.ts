import * as fontkit from 'fontkit';
import type { Font, FontCollection } from 'fontkit';
import type { FontSource } from './font-sources.ts';

/**
 * Fonts parsed once per thread: PDFKit re-parses a font given as a path in every document (~170 ms
 * and a larger subset for a CFF font), so documents get these objects instead.
 */
const opened = new Map<string, Font>();

function isCollection(value: Font | FontCollection): value is FontCollection {
  return 'fonts' in value && Array.isArray(value.fonts);
}

/** The font of a source; a collection's face is chosen by PostScript name, else its first face. */
export function openFont(source: FontSource): Font {
  const key = `${source.file}#${source.postscriptName ?? ''}`;
  let font = opened.get(key);
  if (!font) {
    const value = fontkit.openSync(source.file);
    font = isCollection(value)
      ? (value.fonts.find((face) => face.postscriptName === source.postscriptName) ?? value.fonts[0]!)
      : value;
    opened.set(key, font);
  }
  return font;
}
