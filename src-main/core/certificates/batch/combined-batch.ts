import { once } from 'node:events';
import { createWriteStream, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { IssuedCertificate } from '../certificate-data.ts';
import type { CertificateRenderer } from '../render/certificate-renderer.ts';
import { MissingGlyphsError } from '../render/missing-glyphs-error.ts';
import type { BatchTracker } from './batch-tracker.ts';

/** Pages between two looks at the event loop, where a cancel request comes in. */
const PAGES_PER_TURN = 10;

/**
 * All certificates as pages of one PDF, streamed to disk as they are made (PDFKit writes each page
 * when the next begins; the font subsets go at the end), so memory stays flat however many pages.
 * A cancelled or empty document is deleted: nothing of it may be printed.
 */
export async function writeCombined(
  renderer: CertificateRenderer,
  certificates: readonly IssuedCertificate[],
  file: string,
  tracker: BatchTracker,
  signal: AbortSignal | undefined,
): Promise<'completed' | 'cancelled'> {
  const doc = renderer.createDocument();
  const out = createWriteStream(file);
  doc.pipe(out);
  const included: IssuedCertificate[] = [];
  let index = 0;
  for (const certificate of certificates) {
    if (signal?.aborted) break;
    try {
      const { truncated } = renderer.addPage(doc, certificate.data);
      included.push(certificate);
      tracker.succeeded(certificate, truncated);
    } catch (error) {
      if (!(error instanceof MissingGlyphsError)) throw error;
      tracker.failed(certificate.data, error.message);
    }
    if (out.writableNeedDrain) await once(out, 'drain');
    if (++index % PAGES_PER_TURN === 0) await yieldToEvents();
  }
  doc.end();
  await finished(out);
  const status = signal?.aborted ? 'cancelled' : 'completed';
  if (status === 'cancelled' || included.length === 0) rmSync(file, { force: true });
  else tracker.files.push({ file, certificates: included });
  return status;
}
