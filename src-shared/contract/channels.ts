/**
 * The names of the IPC contract's calls, kept free of zod so that the preload bundle stays tiny.
 * `ipc.ts` makes the compiler check that the contract has exactly these names.
 */
export const ipcChannelNames = ['appInfo'] as const;

export type IpcChannel = (typeof ipcChannelNames)[number];

/** The Electron IPC channel that carries a contract call. */
export function electronChannel(name: IpcChannel): string {
  return `api:${name}`;
}
