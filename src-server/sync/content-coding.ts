import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { releaseBytes } from './release-bytes.ts';

/** How a pull page travels: compressed with one of these, or as is. */
export type PageEncoding = 'zstd' | 'gzip' | 'deflate' | 'identity';

/**
 * Codings the server offers, best first. zstd at level 1 compresses pages of column arrays about three
 * times faster than gzip at its fastest level, and smaller; gzip stays for clients that ask only for it.
 */
const OFFERED: readonly PageEncoding[] = ['zstd', 'gzip', 'deflate'];

/**
 * The coding for a request's Accept-Encoding: the one the client weighs highest (q), ties going to
 * the server's order; identity when it accepts none of them. `*` stands for every coding not named.
 */
export function negotiatePageEncoding(header: string | undefined): PageEncoding {
  if (!header) return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  let best: PageEncoding = 'identity';
  let bestWeight = 0;
  for (const coding of OFFERED) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  return best;
}

const ZSTD_OPTIONS: zlib.ZstdOptions = { params: { [zlib.constants.ZSTD_c_compressionLevel]: 1 } };
const ZLIB_OPTIONS: zlib.ZlibOptions = { level: zlib.constants.Z_BEST_SPEED };

function compressSync(bytes: Uint8Array, encoding: Exclude<PageEncoding, 'identity'>): Buffer {
  if (encoding === 'zstd') return zlib.zstdCompressSync(bytes, ZSTD_OPTIONS);
  if (encoding === 'gzip') return zlib.gzipSync(bytes, ZLIB_OPTIONS);
  return zlib.deflateSync(bytes, ZLIB_OPTIONS);
}

/** Pieces at least this large are compressed on their own; smaller neighbours are joined first. */
const OWN_FRAME_BYTES = 64 * 1024;

/** Consecutive pieces, each big one alone and runs of small ones together. */
function frameGroups(pieces: readonly Uint8Array[]): Uint8Array[] {
  const groups: Uint8Array[] = [];
  let small: Uint8Array[] = [];
  const flush = () => {
    if (small.length > 0) groups.push(Buffer.concat(small));
    small = [];
  };
  for (const piece of pieces) {
    if (piece.byteLength < OWN_FRAME_BYTES) small.push(piece);
    else {
      flush();
      groups.push(piece);
    }
  }
  flush();
  return groups;
}

/**
 * Compresses a page's pieces in the calling thread (the pull worker's), each big piece (a column's
 * array) as a frame of its own: gzip members and zstd frames may follow one another in one body
 * (RFC 1952, RFC 8878), and decoders join them. This spares copying megabytes into one buffer first.
 * deflate (a single zlib stream) has no such form, so its pieces are joined.
 */
export function encodePageSync(pieces: readonly Uint8Array[], encoding: PageEncoding): Buffer {
  if (encoding === 'identity') return Buffer.concat(pieces);
  if (encoding === 'deflate') return compressSync(Buffer.concat(pieces), encoding);
  const frames = frameGroups(pieces).map((group) => compressSync(group, encoding));
  const body = Buffer.concat(frames);
  for (const frame of frames) releaseBytes(frame);
  return body;
}

const zstdCompress = promisify<zlib.InputType, zlib.ZstdOptions, Buffer>(zlib.zstdCompress);
const gzip = promisify<zlib.InputType, zlib.ZlibOptions, Buffer>(zlib.gzip);
const deflate = promisify<zlib.InputType, zlib.ZlibOptions, Buffer>(zlib.deflate);

/** Compresses a page on Node's thread pool, as one job, leaving the event loop free. */
export function encodePage(body: Buffer, encoding: PageEncoding): Promise<Buffer> {
  if (encoding === 'zstd') return zstdCompress(body, ZSTD_OPTIONS);
  if (encoding === 'gzip') return gzip(body, ZLIB_OPTIONS);
  if (encoding === 'deflate') return deflate(body, ZLIB_OPTIONS);
  return Promise.resolve(body);
}
