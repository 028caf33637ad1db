export { dispatch, isIpcChannel } from './api/dispatch.ts';
export type { IpcHandlers } from './api/handlers.ts';
export { fileSecretVault } from './file-secret-vault.ts';
export type { HostServices, SecretVault } from './host-services.ts';
export { startCore, type Core, type CoreOptions } from './worker/core-client.ts';
