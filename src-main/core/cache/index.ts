export { applyPullPage } from './apply-pull-page.ts';
export { indexBuildSettings, pageCommitSettings, shadowAppendSettings } from './bulk-load.ts';
export { openCache, type Cache } from './open-cache.ts';
export { cacheFileFor, type CacheAccount } from './cache-file.ts';
export { beginResync, finishResync } from './resync.ts';
export type { CacheSchema } from './schema.ts';
export { readSyncMeta, type SyncMeta } from './sync-meta.ts';
