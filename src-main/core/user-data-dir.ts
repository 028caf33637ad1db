import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_FOLDER_NAME } from './product.ts';

/**
 * Where the app keeps its data when Electron is not there to say: the same folder Electron's
 * `app.getPath('userData')` uses, so both runtimes share one cache.
 */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.HNCE_USER_DATA) return env.HNCE_USER_DATA;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}
