import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDesktopApp } from '../../src-main/electron/main.ts';
import { PRODUCT_NAME } from '../../src-main/core/product.ts';
import { StubEvent, app, emitReady, invoke, recorded, resetStub } from './electron-stub.ts';

/** Starts the app the way Electron would: the part before 'ready', then the rest. */
async function launch(): Promise<void> {
  const started = startDesktopApp();
  emitReady();
  await started;
}

/** Quits like Electron: 'will-quit' first; returns whether the glue held the quit back. */
function emitWillQuit(): boolean {
  const event = new StubEvent();
  app.emit('will-quit', event);
  return event.defaultPrevented;
}

// Importing main.ts started the app once already; the reset leaves that run waiting for a 'ready'
// that never comes.
beforeEach(() => resetStub());

afterEach(async () => {
  // Close the database each test opened before the next reset removes its directory.
  const quitCalls = recorded.quitCalls;
  if (emitWillQuit()) await vi.waitFor(() => expect(recorded.quitCalls).toBe(quitCalls + 1));
});

afterAll(() => resetStub());

describe('startDesktopApp', () => {
  it('hardens the app before it is ready', () => {
    void startDesktopApp();
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    expect(recorded.windows).toHaveLength(0);
  });

  it('once ready, opens one guarded window over a real core', async () => {
    await launch();
    expect(recorded.permissionCheckHandler).toBeDefined();
    expect(recorded.protocolHandlers.has('app')).toBe(true);
    expect(recorded.windows).toHaveLength(1);
    const [window] = recorded.windows;
    expect(window!.loadedUrls).toEqual(['app://renderer/index.html']);
    expect(window!.options.webPreferences).toMatchObject({
      preload: expect.stringMatching(/preload[\\/]index\.cjs$/),
    });
    expect(window!.webContents.windowOpenHandler).toBeDefined();
    expect(await invoke('api:appInfo', 'app://renderer/index.html')).toMatchObject({
      ok: true,
      value: { productName: PRODUCT_NAME, version: '0.1.0', runtime: 'electron' },
    });
  });

  it('leaves everything to the running instance when started twice', async () => {
    resetStub({ singleInstanceLock: false });
    await startDesktopApp();
    expect(recorded.quitCalls).toBe(1);
    expect(recorded.sandboxEnabled).toBe(false);
    expect(recorded.ipcHandlers.size).toBe(0);
  });

  it('brings its window forward when started again', async () => {
    await launch();
    app.emit('second-instance');
    expect(recorded.windows).toHaveLength(1);
    expect(recorded.windows[0]!.focusCount).toBe(1);
  });

  it.skipIf(process.platform === 'darwin')('quits when the last window is closed', async () => {
    await launch();
    app.emit('window-all-closed');
    expect(recorded.quitCalls).toBe(1);
  });

  it('closes the database before letting the app quit', async () => {
    await launch();
    const appInfo = () => invoke('api:appInfo', 'app://renderer/index.html');
    // Used first, as the renderer does on load: kysely only closes a database it has opened.
    expect(await appInfo()).toMatchObject({ ok: true });
    expect(emitWillQuit()).toBe(true);
    await vi.waitFor(() => expect(recorded.quitCalls).toBe(1));
    expect(await appInfo()).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(emitWillQuit()).toBe(false);
  });

  it('tells the user in Chinese when it cannot start', async () => {
    const underAFile = join(import.meta.dirname, 'electron-stub.ts', 'data');
    resetStub({ userDataDir: underAFile });
    await launch();
    expect(recorded.errorBoxes[0]?.title).toBe('无法启动');
    expect(recorded.exitCodes).toEqual([1]);
    expect(recorded.windows).toHaveLength(0);
  });
});
