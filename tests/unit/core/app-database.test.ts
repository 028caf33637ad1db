import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../../src-main/core/db/app-database.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

/** The files this process holds open, read from /proc (Linux, as on CI). */
function openFilesUnder(dir: string): string[] {
  return readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(join('/proc/self/fd', fd));
      } catch {
        return '';
      }
    })
    .filter((target) => target.startsWith(dir));
}

describe('app database', () => {
  it('uses WAL and reports the SQLite version', async () => {
    const dir = makeTempDir('app-db');
    const database = openAppDatabase(join(dir.path, 'nested', 'app.sqlite'));
    expect(await database.sqliteVersion()).toMatch(/^3\.\d+\.\d+$/);
    await database.close();
    dir.remove();
  });

  it('releases the file when closed, even if no query ever ran', async () => {
    const dir = makeTempDir('app-db-idle');
    const database = openAppDatabase(join(dir.path, 'app.sqlite'));
    expect(openFilesUnder(dir.path)).not.toEqual([]);
    await database.close();
    expect(openFilesUnder(dir.path)).toEqual([]);
    dir.remove();
  });
});
