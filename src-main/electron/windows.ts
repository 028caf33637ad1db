import { BrowserWindow, type WebPreferences } from 'electron';
import { RENDERER_ENTRY_URL } from './protocol.ts';

export const WINDOW_TITLE = '河南省专业技术人员继续教育 单位管理端';

/** The Electron security checklist, spelled out rather than left to defaults that may change. */
function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium's own PDF viewer, which shows the certificate preview (an iframe of a blob: PDF the
    // page made; the CSP allows no other frames). It is the only plugin Electron still has.
    plugins: true,
  };
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: webPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(RENDERER_ENTRY_URL)
    .catch((error: unknown) => console.error('[electron] cannot load the renderer', error));
  return window;
}

/** Brings the existing window to the front, or opens one when none is left (macOS dock click). */
export function showMainWindow(preloadPath: string): void {
  const [window] = BrowserWindow.getAllWindows();
  if (window === undefined) {
    createMainWindow(preloadPath);
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
}
