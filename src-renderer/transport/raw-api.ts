import type { CallResult, IpcChannel } from '../../src-shared/contract/index.ts';

/** What a transport offers: one function per contract call, answering with a result, never throwing. */
export type RawApi = Record<IpcChannel, (args?: unknown) => Promise<CallResult<unknown>>> & {
  /** Hears the core's events of one name; returns the function that stops listening. */
  onEvent(name: string, listener: (payload: unknown) => void): () => void;
};

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served by the browser shell. */
    api?: RawApi;
  }
}
