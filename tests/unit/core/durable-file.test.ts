import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../src-main/core/durable-file.ts';
import { makeTempDir, type TempDir } from '../../support/temp-dir.ts';

let dir: TempDir;
afterEach(() => dir?.remove());

describe('writeFileDurably', () => {
  it('creates the folder and the file, and replaces the content leaving no temporary file behind', () => {
    dir = makeTempDir('durable-file');
    const path = join(dir.path, 'nested', 'settings.json');
    writeFileDurably(path, '{"a":1}\n');
    writeFileDurably(path, '{"a":2,"名称":"郑州"}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"a":2,"名称":"郑州"}\n');
    expect(readdirSync(join(dir.path, 'nested'))).toEqual(['settings.json']);
  });

  it('writes bytes as they are, larger than one write', () => {
    dir = makeTempDir('durable-file');
    const path = join(dir.path, 'seal.png');
    const bytes = Uint8Array.from({ length: 3_000_000 }, (_, i) => (i * 31) % 251);
    writeFileDurably(path, bytes);
    expect(Buffer.compare(readFileSync(path), bytes)).toBe(0);
  });

  it.skipIf(process.platform === 'win32')('gives a new file the mode asked for', () => {
    dir = makeTempDir('durable-file');
    const path = join(dir.path, 'settings.json');
    writeFileDurably(path, 'secret', { mode: 0o600 });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('leaves the old content when the new one cannot be written', () => {
    dir = makeTempDir('durable-file');
    const path = join(dir.path, 'numbers.json');
    writeFileSync(path, 'old');
    writeFileSync(`${path}.tmp`, 'stale');
    const notBytes = { byteLength: 3 } as unknown as Uint8Array;
    expect(() => writeFileDurably(path, notBytes)).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('old');
  });
});
