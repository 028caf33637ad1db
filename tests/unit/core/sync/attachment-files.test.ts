import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentFolder } from '../../../../src-main/core/sync/attachment-files.ts';
import { makeTempDir, type TempDir } from '../../../support/temp-dir.ts';

let dir: TempDir;
afterEach(() => dir?.remove());

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('the attachment folder of a cache', () => {
  it('finds a saved scan with its media type and size', () => {
    dir = makeTempDir('attachments');
    const folder = attachmentFolder(dir.path);
    const saved = folder.save('scan-1', 'image/png', PNG);
    expect(folder.find('scan-1')).toEqual({ path: saved.path, mediaType: 'image/png', size: PNG.length });
    expect(new Uint8Array(readFileSync(saved.path))).toEqual(PNG);
    expect(folder.find('scan-2')).toBeUndefined();
  });

  it('does not serve a file a power cut left empty, and removes it so the scan is fetched again', () => {
    dir = makeTempDir('attachments');
    const folder = attachmentFolder(dir.path);
    const saved = folder.save('scan-1', 'image/png', PNG);
    truncateSync(saved.path, 0);
    expect(folder.find('scan-1')).toBeUndefined();
    expect(existsSync(saved.path)).toBe(false);
    folder.save('scan-1', 'image/png', PNG);
    expect(folder.find('scan-1')?.size).toBe(PNG.length);
  });
});
