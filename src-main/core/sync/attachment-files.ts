import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A scan or proof kept on this PC. */
export interface AttachmentFile {
  path: string;
  mediaType: string;
  size: number;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
};
const MEDIA_TYPES = Object.fromEntries(Object.entries(EXTENSIONS).map(([type, ext]) => [ext, type]));
const OTHER = 'bin';

/** File names are digests of the ids: no id (nor anything it may hold) ever reaches a path. */
export const fileStem = (attachmentId: string) =>
  createHash('sha256').update(attachmentId).digest('hex').slice(0, 40);

/** The attachment folder of one cache: files named `<digest>.<extension of the media type>`. */
export function attachmentFolder(dir: string) {
  const pathOf = (stem: string, ext: string) => join(dir, `${stem}.${ext}`);

  /**
   * The kept file of an attachment. An empty one is not a scan (the server refuses empty uploads)
   * but what a power cut can leave of a file renamed into place before the disk had its bytes (see
   * `save`): it goes, and the scan is downloaded again.
   */
  function find(attachmentId: string): AttachmentFile | undefined {
    const stem = fileStem(attachmentId);
    for (const ext of [...Object.values(EXTENSIONS), OTHER]) {
      const path = pathOf(stem, ext);
      const size = statSync(path, { throwIfNoEntry: false })?.size;
      if (size === undefined) continue;
      if (size === 0) {
        rmSync(path, { force: true });
        continue;
      }
      return { path, mediaType: MEDIA_TYPES[ext] ?? 'application/octet-stream', size };
    }
    return undefined;
  }

  /**
   * Writes a downloaded file whole (through a temporary name), so a half file is never found. Not
   * flushed to the disk: scans are fetched again when lost, and prefetching hundreds of them should
   * not wait for the disk each time.
   */
  function save(attachmentId: string, mediaType: string, bytes: Uint8Array): AttachmentFile {
    mkdirSync(dir, { recursive: true });
    const path = pathOf(fileStem(attachmentId), EXTENSIONS[mediaType] ?? OTHER);
    const partial = `${path}.part`;
    writeFileSync(partial, bytes);
    renameSync(partial, path);
    return {
      path,
      mediaType: EXTENSIONS[mediaType] ? mediaType : 'application/octet-stream',
      size: bytes.byteLength,
    };
  }

  /**
   * Keeps the folder within `budget` bytes: the files of `keep` stay; of the others, the least
   * recently written go first.
   */
  function prune(keep: ReadonlySet<string>, budget: number): void {
    if (!existsSync(dir)) return;
    const files = readdirSync(dir).map((name) => {
      const stats = statSync(join(dir, name));
      return { name, size: stats.size, at: stats.mtimeMs, kept: keep.has(name.split('.')[0]!) };
    });
    let total = files.reduce((sum, file) => sum + file.size, 0);
    for (const file of files.filter((f) => !f.kept).sort((a, b) => a.at - b.at)) {
      if (total <= budget) return;
      rmSync(join(dir, file.name), { force: true });
      total -= file.size;
    }
  }

  return { find, save, prune };
}
