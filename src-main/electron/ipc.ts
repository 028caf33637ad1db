import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  electronChannel,
  electronEventChannel,
  ipcChannelNames,
  isCoreEventName,
  type CallResult,
} from '../../src-shared/contract/index.ts';
import type { Core } from '../core/index.ts';
import { isRendererUrl } from './protocol.ts';

const FORBIDDEN: CallResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的调用' },
};

/**
 * Carries every contract call to the core (which validates arguments and never throws), and the
 * core's events to our windows on `event:<name>`.
 */
export function registerIpcHandlers(core: Pick<Core, 'call' | 'onEvent'>): void {
  for (const name of ipcChannelNames) {
    ipcMain.handle(electronChannel(name), (event, args: unknown) =>
      isFromRenderer(event) ? core.call(name, args) : FORBIDDEN,
    );
  }
  core.onEvent((name, payload) => {
    if (isCoreEventName(name)) sendToRenderers(electronEventChannel(name), payload);
  });
}

/** Only our own page hears the core, never a page that somehow got loaded elsewhere. */
function sendToRenderers(channel: string, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (isRendererUrl(window.webContents.getURL())) window.webContents.send(channel, payload);
  }
}

/** Only our own page may call the core, not a frame or page that somehow got loaded elsewhere. */
function isFromRenderer(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isRendererUrl(frame.url);
}
