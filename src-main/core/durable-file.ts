import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Errors of file systems that cannot flush a folder (some network and shared folders). */
const CANNOT_FLUSH_FOLDER: ReadonlySet<string | undefined> = new Set([
  'EINVAL',
  'ENOTSUP',
  'EPERM',
  'EISDIR',
]);

/**
 * Flushes a folder's entries, so that a rename in it survives a power cut. Windows cannot open a
 * folder for this (NTFS journals the rename itself), and some file systems refuse it: there it is
 * left to the system, the file's own bytes being on the disk already.
 */
function flushFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!CANNOT_FLUSH_FOLDER.has((error as NodeJS.ErrnoException).code)) throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces a file's content durably before the caller says the change is done: written to a
 * temporary file beside it, flushed to the disk, renamed over the old file, and the rename flushed.
 * A crash or a power cut at any point leaves the old content or the new one, never a mix or an
 * empty file.
 */
export function writeFileDurably(
  path: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', options.mode ?? 0o666);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let written = 0; written < bytes.byteLength;) {
      written += writeSync(fd, bytes, written, bytes.byteLength - written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  flushFolder(folder);
}
