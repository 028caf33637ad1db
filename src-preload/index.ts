import { contextBridge, ipcRenderer } from 'electron';
import { electronChannel, ipcChannelNames } from '../src-shared/contract/channels.ts';

/**
 * Exposes one named function per contract call and nothing else: the renderer never gets
 * `ipcRenderer`, only calls whose arguments the main process validates.
 */
const api = Object.fromEntries(
  ipcChannelNames.map((name) => [name, (args?: unknown) => ipcRenderer.invoke(electronChannel(name), args)]),
);

contextBridge.exposeInMainWorld('api', api);
