import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  indexBuildSettings,
  pageCommitSettings,
  shadowAppendSettings,
} from '../../../../src-main/core/cache/bulk-load.ts';
import type { Cache } from '../../../../src-main/core/cache/open-cache.ts';
import { tempCache } from './support/temp-cache.ts';

let cache: Cache & { dispose(): Promise<void> };
beforeEach(async () => {
  cache = await tempCache('cache-bulk-load');
});
afterEach(() => cache.dispose());

const settings = () => ({
  synchronous: cache.sqlite.pragma('synchronous', { simple: true }),
  cacheSize: cache.sqlite.pragma('cache_size', { simple: true }),
  tempStore: cache.sqlite.pragma('temp_store', { simple: true }),
  threads: cache.sqlite.pragma('threads', { simple: true }),
});

/** The cache's usual settings (open-cache.ts): synchronous FULL, 64 MiB, temp in memory, no threads. */
const USUAL = { synchronous: 2, cacheSize: -65536, tempStore: 2, threads: 0 };

describe('bulk-load settings of a resync', () => {
  it('appends to the shadows with a small page cache, keeping the durability of other commits', () => {
    expect(settings()).toEqual(USUAL);
    const restore = shadowAppendSettings(cache.sqlite);
    expect(settings()).toEqual({ ...USUAL, cacheSize: -16384 });
    restore();
    expect(settings()).toEqual(USUAL);
  });

  it('commits a shadow page without fsync and a live page without waiting for the disk, then puts FULL back', () => {
    const restoreShadow = pageCommitSettings(cache.sqlite, true);
    expect(settings()).toEqual({ ...USUAL, synchronous: 0 });
    restoreShadow();
    expect(settings()).toEqual(USUAL);
    const restoreLive = pageCommitSettings(cache.sqlite, false);
    expect(settings()).toEqual({ ...USUAL, synchronous: 1 });
    restoreLive();
    expect(settings()).toEqual(USUAL);
  });

  it('builds indexes with full durability, sorts in files and on two threads, then puts the usual back', () => {
    const restore = indexBuildSettings(cache.sqlite);
    expect(settings()).toEqual({ synchronous: 2, cacheSize: -8192, tempStore: 1, threads: 2 });
    restore();
    expect(settings()).toEqual(USUAL);
  });

  it('restores nothing on a closed connection, without failing', async () => {
    const restore = shadowAppendSettings(cache.sqlite);
    cache.sqlite.close();
    expect(() => restore()).not.toThrow();
  });
});
