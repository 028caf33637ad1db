import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Whose cache: two units (or two administrators) on one PC never share a file. */
export interface CacheAccount {
  serverUrl: string;
  unitId: string;
  adminId: string;
}

/**
 * The cache file of an account under the user data folder. The name is a digest, so no account
 * detail shows in file names, and `https://Host/api/` and `https://host/api` mean the same server.
 */
export function cacheFileFor(userDataDir: string, { serverUrl, unitId, adminId }: CacheAccount): string {
  const url = new URL(serverUrl);
  const server = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  const digest = createHash('sha256')
    .update(JSON.stringify([server, unitId, adminId]))
    .digest('hex');
  return join(userDataDir, 'caches', `${digest.slice(0, 32)}.sqlite`);
}
