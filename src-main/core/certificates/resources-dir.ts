import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** From this file's folder: the project root in source (src-main/core/certificates) and when built (out/main). */
const CANDIDATES = ['../../../resources/', '../../resources/'];

/**
 * The app's resources folder (certificate template, seal, fonts) when the host does not say: the
 * packaged app passes Electron's `process.resourcesPath` + '/resources' (electron-builder's
 * extraResources), while source and built runs find the project's resources/ folder.
 */
export function defaultResourcesDir(): string {
  for (const candidate of CANDIDATES) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(`${dir}certificate/template.json`)) return dir;
  }
  throw new Error('找不到证书模板文件夹 resources/certificate');
}
