import { join } from 'node:path';
import { app, dialog, session } from 'electron';
import { startCore, type Core } from '../core/index.ts';
import { PRODUCT_NAME } from '../core/product.ts';
import { registerIpcHandlers } from './ipc.ts';
import { safeStorageVault } from './secret-vault.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { hardenApp, hardenSession } from './security.ts';
import { createMainWindow, showMainWindow } from './windows.ts';

/** electron-vite builds this file to out/main, next to out/preload and out/renderer. */
const buildDir = join(import.meta.dirname, '..');
const preloadPath = join(buildDir, 'preload', 'index.cjs');
const rendererDir = join(buildDir, 'renderer');

/** Built next to this file; HNCE_CORE_WORKER points elsewhere, e.g. at the TypeScript source in tests. */
function coreWorkerUrl(): URL {
  const override = process.env.HNCE_CORE_WORKER;
  return override ? new URL(override) : new URL('./core-worker.js', import.meta.url);
}

/** Starts the desktop app; a second launch only brings the first one's window to the front. */
export async function startDesktopApp(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  try {
    hardenApp();
    registerAppScheme();
    await app.whenReady();
    await openMainWindow();
  } catch (error) {
    reportStartupFailure(error);
  }
}

async function openMainWindow(): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(rendererDir);
  const core = startCore({
    workerUrl: coreWorkerUrl(),
    userDataDir: app.getPath('userData'),
    identity: { productName: PRODUCT_NAME, version: app.getVersion(), runtime: 'electron' },
    vault: safeStorageVault,
    defaultServerUrl: process.env.HNCE_DEFAULT_SERVER_URL ?? null,
    // Built next to this file, like the core worker; electron-builder puts resources/ beside the asar.
    certificateBatchWorkerUrl: new URL('./certificate-batch-worker.js', import.meta.url).href,
    resourcesDir: app.isPackaged ? join(process.resourcesPath, 'resources') : undefined,
  });
  closeCoreBeforeQuit(core);
  await core.ready();
  registerIpcHandlers(core);
  createMainWindow(preloadPath);
  followWindowLifecycle();
}

/** Registered once ready, since a window can only be created from then on. */
function followWindowLifecycle(): void {
  app.on('second-instance', () => showMainWindow(preloadPath));
  app.on('activate', () => showMainWindow(preloadPath));
  app.on('window-all-closed', () => {
    // macOS apps conventionally stay in the dock until the user quits them.
    if (process.platform !== 'darwin') app.quit();
  });
}

/** Electron does not wait for promises in 'will-quit': hold the quit until the database is closed. */
function closeCoreBeforeQuit(core: Core): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void core
      .close()
      .catch((error: unknown) => console.error('[electron] cannot close the database', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

/** Without this the app would just not appear; the user needs something to tell support. */
function reportStartupFailure(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('无法启动', `程序启动失败，请重试；如仍失败请联系技术支持。\n\n${detail}`);
  app.exit(1);
}

void startDesktopApp();
