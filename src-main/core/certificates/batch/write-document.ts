import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

/** Ends the document and waits until it is on disk. */
export async function writeDocument(doc: PDFKit.PDFDocument, file: string): Promise<void> {
  const out = createWriteStream(file);
  doc.pipe(out);
  doc.end();
  await finished(out);
}

/** Characters Windows does not allow in file names. */
const UNSAFE = /[\\/:*?"<>|]/;

/** `HN2025…00012_张三.pdf`: sorted by number, recognisable by name; at most 120 characters (not code units). */
export function certificateFileName(number: string, name: string): string {
  const characters = [...`${number}_${name}`].map((character) =>
    character < ' ' || UNSAFE.test(character) ? '_' : character,
  );
  return `${characters.slice(0, 120).join('')}.pdf`;
}
