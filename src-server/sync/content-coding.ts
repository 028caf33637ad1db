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

/** Takes a page's pieces in order as they are read, and gives the whole body at the end. */
export interface PageEncoder {
  /** Takes a piece; a big one may be compressed and released at once, so it must not be used after. */
  write(piece: Uint8Array): void;
  end(): Buffer;
}

/** Joins the pieces as they are, or (deflate, a single zlib stream) joins and then compresses them. */
function joiningEncoder(encoding: 'identity' | 'deflate'): PageEncoder {
  const pieces: Uint8Array[] = [];
  return {
    write: (piece) => pieces.push(piece),
    end() {
      const joined = Buffer.concat(pieces);
      for (const piece of pieces) releaseBytes(piece);
      if (encoding === 'identity') return joined;
      const body = compressSync(joined, encoding);
      releaseBytes(joined);
      return body;
    },
  };
}

/**
 * Compresses each big piece (a column's array) as a frame of its own as soon as it comes, and runs
 * of small ones joined: gzip members and zstd frames may follow one another in one body (RFC 1952,
 * RFC 8878), and decoders join them. This spares copying megabytes into one buffer first, and each
 * column's array is released right after its frame is made rather than once the whole page is
 * compressed: V8 counts the outside memory alive against its heap's limit, and with a page's arrays
 * held to the end the pull worker collected its whole heap half again as often.
 */
function framingEncoder(encoding: 'zstd' | 'gzip'): PageEncoder {
  const frames: Buffer[] = [];
  let small: Uint8Array[] = [];
  const flush = () => {
    if (small.length > 0) frames.push(compressSync(Buffer.concat(small), encoding));
    small = [];
  };
  return {
    write(piece) {
      if (piece.byteLength < OWN_FRAME_BYTES) {
        small.push(piece);
        return;
      }
      flush();
      frames.push(compressSync(piece, encoding));
      releaseBytes(piece);
    },
    end() {
      flush();
      const body = Buffer.concat(frames);
      for (const frame of frames) releaseBytes(frame);
      return body;
    },
  };
}

/** An encoder that compresses a page in the calling thread (the pull worker's). */
export function pageEncoderSync(encoding: PageEncoding): PageEncoder {
  return encoding === 'zstd' || encoding === 'gzip' ? framingEncoder(encoding) : joiningEncoder(encoding);
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
