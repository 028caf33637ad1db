import {
  ipcChannelNames,
  type Api,
  type CallError,
  type CallResult,
  type FieldError,
} from '../src-shared/contract/index.ts';
import { createHttpTransport } from './transport/http-transport.ts';
import type { RawApi } from './transport/raw-api.ts';

/** A failed call, carrying the core's Chinese message and, for bad input, the fields at fault. */
export class ApiError extends Error {
  readonly code: CallError['code'];
  readonly fields: FieldError[];

  constructor(error: CallError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fields = error.fields ?? [];
  }
}

function unwrap(result: CallResult<unknown>): unknown {
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

function createApi(raw: RawApi): Api {
  const entries = ipcChannelNames.map((name) => [
    name,
    async (args?: unknown) => unwrap(await raw[name](args)),
  ]);
  const onEvent: Api['onEvent'] = (name, listener) =>
    raw.onEvent(name, (payload) => listener(payload as Parameters<typeof listener>[0]));
  return { ...Object.fromEntries(entries), onEvent } as Api;
}

/** The renderer's only way to the core: the preload's functions in Electron, HTTP in the browser shell. */
export const api: Api = createApi(window.api ?? createHttpTransport());
