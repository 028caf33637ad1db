import { inflateSync } from 'node:zlib';

/** An 8-bit image split into colour samples (gray or RGB) and an optional alpha channel. */
export interface DecodedImage {
  width: number;
  height: number;
  colors: 1 | 3;
  pixels: Buffer;
  alpha: Buffer | null;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

interface Chunks {
  header: Buffer;
  palette: Buffer | null;
  transparency: Buffer | null;
  data: Buffer;
}

function readChunks(png: Buffer): Chunks {
  let header: Buffer | null = null;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const data: Buffer[] = [];
  for (let at = SIGNATURE.length; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  if (!header) throw new Error('PNG without a header');
  return { header, palette, transparency, data: Buffer.concat(data) };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4:
      return paeth(left, up, upLeft);
    default:
      return 0;
  }
}

/** Undoes PNG's per-row filters in place of a fresh buffer of `height` rows of `stride` bytes. */
function unfilter(filtered: Buffer, height: number, stride: number, bpp: number): Buffer {
  const out = Buffer.alloc(height * stride);
  for (let row = 0; row < height; row++) {
    const filter = filtered[row * (stride + 1)]!;
    const input = row * (stride + 1) + 1;
    const at = row * stride;
    for (let i = 0; i < stride; i++) {
      const raw = filtered[input + i]!;
      const left = i >= bpp ? out[at + i - bpp]! : 0;
      const up = row > 0 ? out[at + i - stride]! : 0;
      const upLeft = row > 0 && i >= bpp ? out[at + i - stride - bpp]! : 0;
      out[at + i] = (raw + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

/**
 * Decodes an 8-bit, non-interlaced PNG (gray, RGB, palette, with or without alpha) so that a
 * batch decodes its seal once; null for anything else, which PDFKit then decodes per document.
 */
export function decodePng(png: Buffer): DecodedImage | null {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return null;
  const { header, palette, transparency, data } = readChunks(png);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colorType, , , interlace] = header.subarray(8, 13);
  const channels = CHANNELS[colorType!];
  if (depth !== 8 || interlace !== 0 || channels === undefined) return null;
  const samples = unfilter(inflateSync(data), height, width * channels, channels);
  const count = width * height;
  const colors: 1 | 3 = colorType === 0 || colorType === 4 ? 1 : 3;
  const pixels = Buffer.alloc(count * colors);
  const hasAlpha = colorType === 4 || colorType === 6 || (colorType === 3 && transparency !== null);
  const alpha = hasAlpha ? Buffer.alloc(count) : null;
  for (let p = 0; p < count; p++) {
    if (colorType === 3) {
      const index = samples[p]!;
      palette!.copy(pixels, p * 3, index * 3, index * 3 + 3);
      if (alpha) alpha[p] = transparency![index] ?? 255;
    } else {
      samples.copy(pixels, p * colors, p * channels, p * channels + colors);
      if (alpha) alpha[p] = samples[p * channels + colors]!;
    }
  }
  return { width, height, colors, pixels, alpha };
}
