/**
 * A recording stand-in for the parts of `electron` the glue uses: the Electron binary cannot be
 * downloaded here, so the glue runs under plain Node and the tests assert on what it asked for.
 * Calls that Electron only allows before or after 'ready' throw here too, so ordering is tested.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;

export interface StubInvokeEvent {
  senderFrame: { url: string } | null;
}

export interface StubWindowOpenDetails {
  url: string;
}

/** The event object of 'will-navigate' and friends: Electron merges the details into it. */
export class StubEvent {
  defaultPrevented = false;
  readonly url: string;
  constructor(url = '') {
    this.url = url;
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class StubWebContents extends EventEmitter {
  windowOpenHandler: ((details: StubWindowOpenDetails) => { action: string }) | undefined;
  url = '';
  /** What the main process sent to the page, in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  getURL(): string {
    return this.url;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: StubWindowOpenDetails) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function freshRecords() {
  return {
    sandboxEnabled: false,
    privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    ipcHandlers: new Map<string, (event: StubInvokeEvent, ...args: unknown[]) => unknown>(),
    windows: [] as BrowserWindow[],
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
    openedExternally: [] as string[],
    errorBoxes: [] as { title: string; content: string }[],
    quitCalls: 0,
    exitCodes: [] as number[],
    exposedInMainWorld: new Map<string, unknown>(),
    invokedFromRenderer: [] as { channel: string; args: unknown[] }[],
  };
}

export const recorded = freshRecords();

interface StubOptions {
  singleInstanceLock?: boolean;
  userDataDir?: string;
}

interface StubState {
  isReady: boolean;
  becomeReady: () => void;
  ready: Promise<void>;
  options: StubOptions;
  /** Created on first use, so that only tests that open a database get a directory. */
  userDataDir: string | undefined;
}

const state: StubState = { ...notReady(), options: {}, userDataDir: undefined };

function notReady(): Pick<StubState, 'isReady' | 'becomeReady' | 'ready'> {
  let becomeReady = () => {};
  const ready = new Promise<void>((resolve) => (becomeReady = resolve));
  return { isReady: false, becomeReady, ready };
}

/** Forgets everything recorded, removes the last user-data directory and goes back to "not ready". */
export function resetStub(options: StubOptions = {}): void {
  Object.assign(recorded, freshRecords());
  app.removeAllListeners();
  if (state.userDataDir !== undefined) rmSync(state.userDataDir, { recursive: true, force: true });
  Object.assign(state, notReady(), { options, userDataDir: undefined });
}

/** What Electron does once it has initialised. */
export function emitReady(): void {
  state.isReady = true;
  state.becomeReady();
  app.emit('ready');
}

/** Calls the IPC handler of `channel` as a frame showing `senderUrl` would (null: frame gone). */
export function invoke(channel: string, senderUrl: string | null, ...args: unknown[]): unknown {
  const handler = recorded.ipcHandlers.get(channel);
  if (handler === undefined) throw new Error(`no IPC handler for ${channel}`);
  return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args);
}

function requireReady(api: string, ready: boolean): void {
  if (state.isReady !== ready)
    throw new Error(`${api} called ${ready ? 'before' : 'after'} the app was ready`);
}

class StubApp extends EventEmitter {
  whenReady(): Promise<void> {
    return state.ready;
  }
  isReady(): boolean {
    return state.isReady;
  }
  requestSingleInstanceLock(): boolean {
    return state.options.singleInstanceLock ?? true;
  }
  enableSandbox(): void {
    requireReady('app.enableSandbox', false);
    recorded.sandboxEnabled = true;
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`the stub has no path ${name}`);
    if (state.options.userDataDir !== undefined) return state.options.userDataDir;
    state.userDataDir ??= mkdtempSync(join(tmpdir(), 'glue-user-data-'));
    return state.userDataDir;
  }
  getName(): string {
    return '河南省专业技术人员继续教育 单位管理端';
  }
  getVersion(): string {
    return '0.1.0';
  }
  quit(): void {
    recorded.quitCalls += 1;
  }
  exit(code = 0): void {
    recorded.exitCodes.push(code);
  }
}

export const app = new StubApp();

export class BrowserWindow extends EventEmitter {
  readonly webContents = new StubWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  minimized = false;
  focusCount = 0;
  readonly options: Record<string, unknown>;

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    requireReady('new BrowserWindow', true);
    recorded.windows.push(this);
    app.emit('web-contents-created', new StubEvent(), this.webContents);
  }
  static getAllWindows(): BrowserWindow[] {
    return [...recorded.windows];
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focusCount += 1;
  }
}

export const ipcMain = {
  handle(channel: string, handler: (event: StubInvokeEvent, ...args: unknown[]) => unknown): void {
    // Electron refuses a second handler for a channel.
    if (recorded.ipcHandlers.has(channel)) throw new Error(`second handler for '${channel}'`);
    recorded.ipcHandlers.set(channel, handler);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    requireReady('protocol.registerSchemesAsPrivileged', false);
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    requireReady('protocol.handle', true);
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: PermissionRequestHandler): void {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler): void {
      recorded.permissionCheckHandler = handler;
    },
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    recorded.openedExternally.push(url);
    return Promise.resolve();
  },
};

export const dialog = {
  showErrorBox(title: string, content: string): void {
    recorded.errorBoxes.push({ title, content });
  },
};

/** Reversible, so tests can check what was sealed; Electron's real one uses the OS keychain. */
export const safeStorage = {
  isEncryptionAvailable(): boolean {
    return true;
  },
  encryptString(plain: string): Buffer {
    return Buffer.from(`sealed:${plain}`, 'utf8');
  },
  decryptString(sealed: Buffer): string {
    return sealed.toString('utf8').replace(/^sealed:/, '');
  },
};

/** The preload's side: what it exposes to the page and what it asks the main process. */
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    recorded.exposedInMainWorld.set(key, api);
  },
};

class StubIpcRenderer extends EventEmitter {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    recorded.invokedFromRenderer.push({ channel, args });
    return Promise.resolve({ ok: true, value: null });
  }
}

export const ipcRenderer = new StubIpcRenderer();
