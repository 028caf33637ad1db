import { beforeEach, describe, expect, it } from 'vitest';
import { hardenApp, hardenSession } from '../../src-main/electron/security.ts';
import { StubEvent, StubWebContents, app, recorded, resetStub, session } from './electron-stub.ts';

type RealSession = Parameters<typeof hardenSession>[0];

/** A web contents as Electron announces it, after the glue has guarded it. */
function guardedContents(): StubWebContents {
  const contents = new StubWebContents();
  app.emit('web-contents-created', new StubEvent(), contents);
  return contents;
}

function isPrevented(contents: StubWebContents, eventName: string, url: string): boolean {
  const event = new StubEvent(url);
  contents.emit(eventName, event, url);
  return event.defaultPrevented;
}

beforeEach(() => {
  resetStub();
  hardenApp();
});

describe('hardenApp', () => {
  it('sandboxes every renderer', () => {
    expect(recorded.sandboxEnabled).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect'])('stops %s away from the renderer', (eventName) => {
    const contents = guardedContents();
    expect(isPrevented(contents, eventName, 'https://evil.example/')).toBe(true);
    expect(isPrevented(contents, eventName, 'file:///etc/passwd')).toBe(true);
    expect(isPrevented(contents, eventName, 'app://renderer.evil.example/index.html')).toBe(true);
    expect(isPrevented(contents, eventName, 'app://renderer/index.html#/staff')).toBe(false);
  });

  it('denies new windows and opens only https links in the browser', () => {
    const contents = guardedContents();
    for (const url of ['https://www.hnrs.gov.cn/', 'http://insecure.example/', 'file:///C:/Windows']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(recorded.openedExternally).toEqual(['https://www.hnrs.gov.cn/']);
  });

  it('refuses to attach a webview', () => {
    expect(isPrevented(guardedContents(), 'will-attach-webview', '')).toBe(true);
  });
});

describe('hardenSession', () => {
  beforeEach(() => hardenSession(session.defaultSession as unknown as RealSession));

  it('refuses every permission request', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      recorded.permissionRequestHandler!({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
  });

  it('answers every permission check with no', () => {
    expect(recorded.permissionCheckHandler!({}, 'clipboard-read')).toBe(false);
  });
});
