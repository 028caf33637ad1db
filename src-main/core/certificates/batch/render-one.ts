import { join } from 'node:path';
import type { CertificateData } from '../certificate-data.ts';
import type { CertificateRenderer } from '../render/certificate-renderer.ts';
import { MissingGlyphsError } from '../render/missing-glyphs-error.ts';
import { certificateFileName, writeDocument } from './write-document.ts';

export type RenderOneResult = { ok: true; file: string; truncated: string[] } | { ok: false; reason: string };

/** One certificate as its own PDF in `dir`; a certificate that cannot be drawn right is a failure, not an error. */
export async function renderOne(
  renderer: CertificateRenderer,
  data: CertificateData,
  dir: string,
): Promise<RenderOneResult> {
  const doc = renderer.createDocument();
  let truncated: string[];
  try {
    ({ truncated } = renderer.addPage(doc, data));
  } catch (error) {
    if (error instanceof MissingGlyphsError) return { ok: false, reason: error.message };
    throw error;
  }
  const file = join(dir, certificateFileName(data.number, data.name));
  await writeDocument(doc, file);
  return { ok: true, file, truncated };
}
