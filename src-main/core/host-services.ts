/**
 * What only the hosting process can do for the core, which runs in a worker: Electron's safeStorage
 * lives in the main process, and events must reach the window through the host's transport.
 */
export interface SecretVault {
  seal(plain: string): Promise<string>;
  open(sealed: string): Promise<string>;
}

export interface HostServices {
  vault: SecretVault;
  emit(name: string, payload: unknown): void;
}
