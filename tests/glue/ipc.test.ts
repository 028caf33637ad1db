import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronChannel, ipcChannelNames } from '../../src-shared/contract/channels.ts';
import { fileSecretVault, startCore, type Core } from '../../src-main/core/index.ts';
import { SOURCE_WORKER_URL } from '../../src-main/core/worker/source-worker-url.ts';
import { registerIpcHandlers } from '../../src-main/electron/ipc.ts';
import { BrowserWindow, emitReady, invoke, recorded, resetStub } from './electron-stub.ts';

const userDataDir = mkdtempSync(join(tmpdir(), 'glue-ipc-'));
const core = startCore({
  workerUrl: SOURCE_WORKER_URL,
  userDataDir,
  identity: { productName: '单位管理端', version: '0.1.0', runtime: 'electron' },
  vault: fileSecretVault(join(userDataDir, 'secret.key')),
});
const appInfo = electronChannel('appInfo');
const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的调用' } };

/** The real core's calls and events, plus a way for the test to raise an event as the core would. */
let raiseEvent: Parameters<Core['onEvent']>[0] = () => {};
const observedCore: Pick<Core, 'call' | 'onEvent'> = {
  call: (channel, args) => core.call(channel, args),
  onEvent(listener) {
    raiseEvent = listener;
    return core.onEvent(listener);
  },
};

beforeAll(() => {
  resetStub();
  registerIpcHandlers(observedCore);
  emitReady();
});

afterAll(async () => {
  await core.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

describe('IPC', () => {
  it('registers every contract call', () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(ipcChannelNames.map(electronChannel).sort());
  });

  it.each(['https://evil.example/', 'file:///C:/page.html', 'app://renderer.evil.example/index.html'])(
    'refuses calls from %s',
    async (url) => {
      expect(await invoke(appInfo, url)).toEqual(forbidden);
    },
  );

  it('refuses calls whose frame is gone', async () => {
    expect(await invoke(appInfo, null)).toEqual(forbidden);
  });

  it('carries calls from the renderer to the real core', async () => {
    expect(await invoke(appInfo, 'app://renderer/index.html')).toMatchObject({
      ok: true,
      value: { productName: '单位管理端', runtime: 'electron', sqliteVersion: expect.stringMatching(/^3\./) },
    });
  });

  it('lets the core reject bad arguments', async () => {
    const result = await invoke(appInfo, 'app://renderer/index.html', { extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});

describe('core events', () => {
  const syncState = {
    status: 'online',
    progress: null,
    waiting: 2,
    conflicts: 0,
    lastSyncedAt: null,
    needsLogIn: false,
    error: null,
  };

  it('reach our own page on event:<name>, and no other page', async () => {
    const ours = new BrowserWindow({});
    await ours.loadURL('app://renderer/index.html');
    const foreign = new BrowserWindow({});
    await foreign.loadURL('https://evil.example/');

    raiseEvent('syncState', syncState);

    expect(ours.webContents.sent).toEqual([{ channel: 'event:syncState', args: [syncState] }]);
    expect(foreign.webContents.sent).toEqual([]);
    expect(recorded.windows).toHaveLength(2);
  });

  it('are not forwarded under names the contract does not know', async () => {
    const ours = new BrowserWindow({});
    await ours.loadURL('app://renderer/index.html');
    raiseEvent('secrets', { token: 'x' });
    expect(ours.webContents.sent).toEqual([]);
  });
});
