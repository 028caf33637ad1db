import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileSecretVault, startCore } from '../core/index.ts';
import { PRODUCT_NAME } from '../core/product.ts';
import { defaultUserDataDir } from '../core/user-data-dir.ts';
import { startBrowserShell } from './browser-shell.ts';

/** Built to out/main/browser-shell.js: runs the core and serves the UI to a browser under plain Node. */
const appRoot = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string };

const userDataDir = defaultUserDataDir();
const core = startCore({
  workerUrl: new URL('./core-worker.js', import.meta.url),
  userDataDir,
  identity: { productName: PRODUCT_NAME, version, runtime: 'browser-shell' },
  vault: fileSecretVault(join(userDataDir, 'secret.key')),
  defaultServerUrl: process.env.HNCE_DEFAULT_SERVER_URL ?? null,
  certificateBatchWorkerUrl: new URL('./certificate-batch-worker.js', import.meta.url).href,
});
await core.ready();
const shell = await startBrowserShell({
  core,
  rendererDir: join(appRoot, 'out', 'renderer'),
  port: Number(process.env.HNCE_SHELL_PORT ?? 0),
});
console.log(`Browser shell ready: open ${shell.url}`);

async function stop(): Promise<void> {
  await shell.close();
  await core.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
