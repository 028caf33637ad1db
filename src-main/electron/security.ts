import { app, shell, type Session, type WebContents } from 'electron';
import { isRendererUrl } from './protocol.ts';

/**
 * Must run before the app is ready. Sandboxes every renderer and guards every web contents as it is
 * created, so no window, popup or frame can escape the rules by being created later.
 */
export function hardenApp(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/** The renderer needs no camera, location, notifications or the like: every request is refused. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isRendererUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isRendererUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowserIfHttps(url);
    return { action: 'deny' };
  });
}

/** Links such as the province's official site open in the user's browser, never inside the app. */
function openInBrowserIfHttps(url: string): void {
  if (URL.parse(url)?.protocol !== 'https:') return;
  shell.openExternal(url).catch((error: unknown) => console.error('[electron] cannot open link', url, error));
}
