import { deflateSync } from 'node:zlib';
import { mmToPt } from '../../printing/paper.ts';
import type { ImageLayout } from '../template/template-schema.ts';
import { decodePng } from './decode-png.ts';

type Streams = {
  kind: 'streams';
  width: number;
  height: number;
  colors: 1 | 3;
  pixels: Buffer;
  alpha: Buffer | null;
};

/**
 * An image made ready once for every document of a batch: a PNG is decoded and compressed once
 * (PDFKit would decode and compress it again in each one-certificate PDF, ~10 ms); anything else
 * (JPEG, 16-bit or interlaced PNG) is left to PDFKit.
 */
export type PreparedImage = Streams | { kind: 'file'; bytes: Buffer };

/**
 * Colour under fully transparent pixels never shows; repeating the last visible colour there makes
 * a one-colour seal's colour stream compress to almost nothing.
 */
function fillHidden(pixels: Buffer, alpha: Buffer, colors: number): void {
  for (let p = 1; p < alpha.length; p++) {
    if (alpha[p] === 0) pixels.copy(pixels, p * colors, (p - 1) * colors, p * colors);
  }
}

export function prepareImage(bytes: Buffer): PreparedImage {
  const decoded = decodePng(bytes);
  if (!decoded) return { kind: 'file', bytes };
  const { width, height, colors, pixels, alpha } = decoded;
  if (alpha) fillHidden(pixels, alpha, colors);
  const deflate = (data: Buffer) => deflateSync(data, { level: 9 });
  return { kind: 'streams', width, height, colors, pixels: deflate(pixels), alpha: alpha && deflate(alpha) };
}

/**
 * An image as one document holds it: our own XObject, or PDFKit's decoded image (which `image()`
 * accepts in place of a source, and `openImage` returns; PDFKit's types declare neither).
 */
type Embedded =
  { kind: 'xobject'; name: string; ref: PDFKit.PDFKitReference } | { kind: 'pdfkit'; image: Buffer };
type ImageOpener = { openImage(src: Buffer): Buffer };

/** Per document, so that a combined PDF holds the seal once however many pages show it. */
const embedded = new WeakMap<PDFKit.PDFDocument, Map<PreparedImage, Embedded>>();

function embedStreams(doc: PDFKit.PDFDocument, image: Streams, name: string): Embedded {
  const dictionary = {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.width,
    Height: image.height,
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  };
  const mask = image.alpha && doc.ref({ ...dictionary, ColorSpace: 'DeviceGray' });
  if (mask) mask.end(image.alpha);
  const ref = doc.ref({
    ...dictionary,
    ColorSpace: image.colors === 3 ? 'DeviceRGB' : 'DeviceGray',
    ...(mask ? { SMask: mask } : {}),
  });
  ref.end(image.pixels);
  return { kind: 'xobject', name, ref };
}

function embed(doc: PDFKit.PDFDocument, image: PreparedImage): Embedded {
  let images = embedded.get(doc);
  if (!images) {
    images = new Map();
    embedded.set(doc, images);
  }
  let found = images.get(image);
  if (!found) {
    found =
      image.kind === 'streams'
        ? embedStreams(doc, image, `CI${images.size + 1}`)
        : { kind: 'pdfkit', image: (doc as unknown as ImageOpener).openImage(image.bytes) };
    images.set(image, found);
  }
  return found;
}

/** Draws an image (the seal, the background) into its box, stretched to it, at its opacity. */
export function drawImage(doc: PDFKit.PDFDocument, image: PreparedImage, layout: ImageLayout): void {
  const x = mmToPt(layout.x);
  const y = mmToPt(layout.y);
  const width = mmToPt(layout.width);
  const height = mmToPt(layout.height);
  doc.save();
  if (layout.opacity < 1) doc.opacity(layout.opacity);
  const found = embed(doc, image);
  if (found.kind === 'pdfkit') {
    doc.image(found.image, x, y, { width, height });
  } else {
    doc.page.xobjects[found.name] = found.ref;
    doc.transform(width, 0, 0, -height, x, y + height);
    doc.addContent(`/${found.name} Do`);
  }
  doc.restore();
}
