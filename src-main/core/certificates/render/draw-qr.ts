import { deflateSync } from 'node:zlib';
import { create } from 'qrcode';

/** What the QR code carries: the verification address when a server is configured, else the code. */
export function verificationContent(code: string, serverUrl: string | null): string {
  if (!serverUrl) return code;
  return `${serverUrl.replace(/\/+$/, '')}/certificates/verify?code=${encodeURIComponent(code)}`;
}

const QUIET_MODULES = 2;

/**
 * The modules as 1-bit rows (1 = dark), quiet zone included. One byte-mode segment: qrcode's
 * search for the shortest mix of modes builds a graph per code, most of a certificate's garbage.
 */
function moduleBits(content: string): { side: number; bits: Buffer } {
  const { modules } = create([{ data: Buffer.from(content, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const side = modules.size + 2 * QUIET_MODULES;
  const rowBytes = Math.ceil(side / 8);
  const bits = Buffer.alloc(rowBytes * side);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column) !== 1) continue;
      const x = column + QUIET_MODULES;
      bits[(row + QUIET_MODULES) * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { side, bits };
}

/**
 * Draws a QR code as a 1-bit image mask filled black: a couple of hundred bytes, and sharp at any
 * printer resolution because viewers and printers do not smooth a scaled mask. `size` includes a
 * quiet zone of two modules.
 */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  content: string,
  x: number,
  y: number,
  size: number,
): void {
  const { side, bits } = moduleBits(content);
  const mask = doc.ref({
    Type: 'XObject',
    Subtype: 'Image',
    Width: side,
    Height: side,
    ImageMask: true,
    BitsPerComponent: 1,
    Decode: [1, 0],
    Filter: 'FlateDecode',
  });
  mask.end(deflateSync(bits));
  const name = `QR${Object.keys(doc.page.xobjects as object).length + 1}`;
  doc.page.xobjects[name] = mask;
  doc.save();
  doc.fillColor('#000000');
  doc.transform(size, 0, 0, -size, x, y + size);
  doc.addContent(`/${name} Do`);
  doc.restore();
}
