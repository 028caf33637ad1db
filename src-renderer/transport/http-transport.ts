import { ipcChannelNames, type CallResult, type IpcChannel } from '../../src-shared/contract/index.ts';
import { createEventStream } from './event-stream.ts';
import type { RawApi } from './raw-api.ts';

const TOKEN_KEY = 'browser-shell-token';

/**
 * The browser shell's side of the contract: the same calls as the preload, over HTTP to 127.0.0.1.
 * The per-launch token arrives in the URL fragment once and is kept for reloads of this tab only.
 */
export function createHttpTransport(): RawApi {
  const token = takeToken();
  const call = (name: IpcChannel) => (args?: unknown) => post(name, args, token);
  const calls = Object.fromEntries(ipcChannelNames.map((name) => [name, call(name)]));
  return { ...calls, onEvent: createEventStream(token) } as RawApi;
}

async function post(name: IpcChannel, args: unknown, token: string): Promise<CallResult<unknown>> {
  try {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: args === undefined ? '' : JSON.stringify(args),
    });
    return (await response.json()) as CallResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'UNAVAILABLE', message: '无法连接本机服务，请确认程序仍在运行' } };
  }
}

function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}
