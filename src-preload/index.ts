import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  electronChannel,
  electronEventChannel,
  ipcChannelNames,
  isCoreEventName,
} from '../src-shared/contract/channels.ts';

/**
 * Exposes one named function per contract call, and `onEvent` for the core's events, and nothing
 * else: the renderer never gets `ipcRenderer`, only calls whose arguments the main process validates.
 */
const calls = Object.fromEntries(
  ipcChannelNames.map((name) => [name, (args?: unknown) => ipcRenderer.invoke(electronChannel(name), args)]),
);

function onEvent(name: string, listener: (payload: unknown) => void): () => void {
  if (!isCoreEventName(name)) throw new Error(`未知的事件：${name}`);
  const channel = electronEventChannel(name);
  const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => ipcRenderer.removeListener(channel, handler);
}

contextBridge.exposeInMainWorld('api', { ...calls, onEvent });
