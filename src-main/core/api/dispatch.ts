import { z } from 'zod';
import {
  invalidArgument,
  ipcChannelNames,
  ipcContract,
  type CallResult,
  type IpcChannel,
} from '../../../src-shared/contract/index.ts';
import { CallFailure } from './call-failure.ts';
import type { IpcHandlers } from './handlers.ts';

const chineseMessages = z.locales.zhCN().localeError;

export type InternalErrorReporter = (channel: string, error: unknown) => void;

export function isIpcChannel(name: string): name is IpcChannel {
  return (ipcChannelNames as readonly string[]).includes(name);
}

/**
 * Runs one contract call for either transport: validates the arguments, calls the handler and turns
 * every outcome into a serialisable result. Nothing thrown escapes.
 */
export async function dispatch(
  handlers: IpcHandlers,
  channel: string,
  rawArgs: unknown,
  reportInternalError: InternalErrorReporter = defaultReporter,
): Promise<CallResult<unknown>> {
  if (!isIpcChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CALL', message: `未知的调用：${channel}` } };
  }
  const spec = ipcContract[channel];
  const parsed = spec.input.safeParse(rawArgs, { error: chineseMessages });
  if (!parsed.success) return { ok: false, error: invalidArgument(parsed.error) };
  try {
    const handler = handlers[channel] as (args: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
    return { ok: true, value: spec.output.parse(value) };
  } catch (error) {
    if (error instanceof CallFailure) return { ok: false, error: error.toCallError() };
    reportInternalError(channel, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: '系统内部错误，请重试；如仍失败请联系技术支持' },
    };
  }
}

function defaultReporter(channel: string, error: unknown): void {
  console.error(`[core] call ${channel} failed`, error);
}
