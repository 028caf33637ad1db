import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { electronChannel, ipcChannelNames, type CallResult } from '../../src-shared/contract/index.ts';
import type { Core } from '../core/index.ts';
import { isRendererUrl } from './protocol.ts';

const FORBIDDEN: CallResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的调用' },
};

/** Carries every contract call to the core; the core validates arguments and never throws. */
export function registerIpcHandlers(core: Pick<Core, 'call'>): void {
  for (const name of ipcChannelNames) {
    ipcMain.handle(electronChannel(name), (event, args: unknown) =>
      isFromRenderer(event) ? core.call(name, args) : FORBIDDEN,
    );
  }
}

/** Only our own page may call the core, not a frame or page that somehow got loaded elsewhere. */
function isFromRenderer(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isRendererUrl(frame.url);
}
