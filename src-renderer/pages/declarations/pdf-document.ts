/*
 * openPdf: a PDF scan opened with pdf.js, loaded only when a PDF is first shown (it is large). Its
 * worker is bundled as a file of the app (Vite's ?url), so it loads from 'self' under both the app://
 * protocol and the browser shell, as the CSP's worker-src allows; so are the CMaps and standard fonts
 * it reads for fonts a PDF does not embed. Nothing is fetched from outside.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';

/** The bytes of a `data:…;base64,…` URL. */
export function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface OpenedPdf {
  document: Promise<PDFDocumentProxy>;
  /** Frees the document and its worker, also while it is still loading. */
  close(): void;
}

export function openPdf(bytes: Uint8Array): OpenedPdf {
  let closed = false;
  let destroy: () => Promise<void> = async () => {};
  const loading = import('pdfjs-dist').then((pdfjs) => {
    if (closed) throw new Error('closed');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    // Scans are images and plain text: no scripts, no wasm. Fonts a PDF does not embed are drawn with
    // the CMaps and standard fonts shipped with the app (see scripts/vite-pdfjs-resources.ts).
    const task = pdfjs.getDocument({
      data: bytes,
      enableXfa: false,
      useWasm: false,
      cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).href,
      cMapPacked: true,
      standardFontDataUrl: new URL('pdfjs/standard_fonts/', document.baseURI).href,
    });
    destroy = () => task.destroy();
    return task.promise;
  });
  return {
    document: loading,
    close() {
      closed = true;
      void destroy();
    },
  };
}
