import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../../../src-main/core/certificates/render/decode-png.ts';
import { defaultResourcesDir } from '../../../../src-main/core/certificates/resources-dir.ts';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of 8-bit RGBA rows, each row with its filter byte. */
function png(width: number, rows: { filter: number; bytes: number[] }[], colorType = 6): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(rows.length, 4);
  header.set([8, colorType, 0, 0, 0], 8);
  const raw = Buffer.from(rows.flatMap((row) => [row.filter, ...row.bytes]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodePng', () => {
  it('undoes every row filter and splits colour from alpha', () => {
    const decoded = decodePng(
      png(2, [
        { filter: 0, bytes: [10, 20, 30, 255, 40, 50, 60, 128] },
        { filter: 1, bytes: [1, 2, 3, 0, 1, 1, 1, 0] },
        { filter: 2, bytes: [1, 1, 1, 1, 2, 2, 2, 2] },
        { filter: 3, bytes: [0, 0, 0, 0, 0, 0, 0, 0] },
        { filter: 4, bytes: [0, 0, 0, 0, 0, 0, 0, 0] },
      ]),
    )!;
    expect(decoded).toMatchObject({ width: 2, height: 5, colors: 3 });
    expect([...decoded.pixels]).toEqual([
      10, 20, 30, 40, 50, 60, 1, 2, 3, 2, 3, 4, 2, 3, 4, 4, 5, 6, 1, 1, 2, 2, 3, 4, 1, 1, 2, 2, 3, 4,
    ]);
    expect([...decoded.alpha!]).toEqual([255, 128, 0, 0, 1, 2, 0, 1, 0, 1]);
  });

  it('decodes the shipped seal, and leaves other formats to PDFKit', () => {
    const seal = decodePng(readFileSync(join(defaultResourcesDir(), 'certificate', 'seal.png')))!;
    expect(seal).toMatchObject({ width: 240, height: 240, colors: 3 });
    expect(seal.alpha).toHaveLength(240 * 240);
    expect(decodePng(Buffer.from([0xff, 0xd8, 0xff]))).toBeNull();
    expect(decodePng(png(1, [{ filter: 0, bytes: [1, 2, 3, 4, 5, 6] }], 2).fill(16, 24, 25))).toBeNull();
  });
});
