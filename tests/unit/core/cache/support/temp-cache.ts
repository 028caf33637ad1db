import { join } from 'node:path';
import { openCache, type Cache } from '../../../../../src-main/core/cache/open-cache.ts';
import { makeTempDir } from '../../../../support/temp-dir.ts';

/** A fresh cache file in its own folder, removed again by `dispose`. */
export async function tempCache(prefix: string): Promise<Cache & { dispose(): Promise<void> }> {
  const dir = makeTempDir(prefix);
  const cache = await openCache(join(dir.path, 'cache.sqlite'));
  return {
    ...cache,
    async dispose() {
      await cache.close();
      dir.remove();
    },
  };
}
