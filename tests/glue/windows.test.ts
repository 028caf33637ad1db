import { beforeEach, describe, expect, it } from 'vitest';
import { WINDOW_TITLE, createMainWindow, showMainWindow } from '../../src-main/electron/windows.ts';
import { emitReady, recorded, resetStub } from './electron-stub.ts';

const preloadPath = '/app/out/preload/index.cjs';

beforeEach(() => {
  resetStub();
  emitReady();
});

describe('the main window', () => {
  it('follows the Electron security checklist', () => {
    createMainWindow(preloadPath);
    expect(recorded.windows[0]!.options.webPreferences).toEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      plugins: true,
    });
  });

  it('loads the renderer over app:// and shows itself only once painted', () => {
    createMainWindow(preloadPath);
    const window = recorded.windows[0]!;
    expect(window.options).toMatchObject({ title: WINDOW_TITLE, show: false });
    expect(WINDOW_TITLE).toBe('河南省专业技术人员继续教育 单位管理端');
    expect(window.loadedUrls).toEqual(['app://renderer/index.html']);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('is brought back from the taskbar instead of opened twice', () => {
    createMainWindow(preloadPath);
    const window = recorded.windows[0]!;
    window.minimized = true;
    showMainWindow(preloadPath);
    expect(recorded.windows).toHaveLength(1);
    expect(window.minimized).toBe(false);
    expect(window.focusCount).toBe(1);
  });

  it('is opened again when none is left', () => {
    showMainWindow(preloadPath);
    expect(recorded.windows).toHaveLength(1);
  });
});
