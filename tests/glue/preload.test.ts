import { beforeAll, describe, expect, it } from 'vitest';
import { ipcChannelNames } from '../../src-shared/contract/channels.ts';
import type { RawApi } from '../../src-renderer/transport/raw-api.ts';
import { ipcRenderer, recorded, resetStub } from './electron-stub.ts';

let api: RawApi;

beforeAll(async () => {
  resetStub();
  await import('../../src-preload/index.ts');
  api = recorded.exposedInMainWorld.get('api') as RawApi;
});

describe('preload', () => {
  it('exposes one function per contract call and onEvent, nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...ipcChannelNames, 'onEvent'].sort());
  });

  it('carries a call over its api: channel', async () => {
    await api.staffList({ search: '张' });
    expect(recorded.invokedFromRenderer).toEqual([{ channel: 'api:staffList', args: [{ search: '张' }] }]);
  });

  it('hands events of one name to the listener until it stops listening', () => {
    const heard: unknown[] = [];
    const stop = api.onEvent('syncState', (payload) => heard.push(payload));
    ipcRenderer.emit('event:syncState', {}, { waiting: 1 });
    ipcRenderer.emit('event:other', {}, { waiting: 2 });
    stop();
    ipcRenderer.emit('event:syncState', {}, { waiting: 3 });
    expect(heard).toEqual([{ waiting: 1 }]);
    expect(ipcRenderer.listenerCount('event:syncState')).toBe(0);
  });

  it('refuses to listen on channels that are not core events', () => {
    expect(() => api.onEvent('api:appInfo', () => {})).toThrow(/未知的事件/);
  });
});
