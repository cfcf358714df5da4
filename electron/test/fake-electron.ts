// A stand-in for the `electron` module in unit tests: records what the shell asks of Electron.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export type Invoke = (event: unknown, payload: unknown) => Promise<unknown>;

export function fakeElectron() {
  const handlers = new Map<string, Invoke>();
  const exposed: Record<string, unknown> = {};
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
    getName: () => 'Sales Desk',
    getVersion: () => '0.1.0',
    getPath: () => '/tmp',
  });
  class Notification extends EventEmitter {
    static isSupported = vi.fn(() => true);
    show = vi.fn();
    constructor(readonly options: unknown) {
      super();
    }
  }
  return {
    app,
    handlers,
    exposed,
    ipcMain: { handle: vi.fn((channel: string, fn: Invoke) => handlers.set(channel, fn)) },
    ipcRenderer: Object.assign(new EventEmitter(), { invoke: vi.fn(async () => 'ok') }),
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    Notification,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    session: { defaultSession: {} },
    screen: { getAllDisplays: () => [] },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
    dialog: { showMessageBox: vi.fn() },
    BrowserWindow: vi.fn(),
  };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;

/** A fake WebContents that records the listeners the shell installs. */
export function fakeWebContents() {
  const contents = Object.assign(new EventEmitter(), {
    windowOpenHandler: undefined as undefined | ((d: { url: string }) => { action: string }),
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      contents.windowOpenHandler = fn;
    },
    closeDevTools: vi.fn(),
  });
  return contents;
}

/** Emits an event the way Electron does and says whether the shell prevented it. */
export function emitPreventable(target: EventEmitter, name: string, url?: string): boolean {
  let prevented = false;
  const event = { preventDefault: () => (prevented = true), url };
  target.emit(name, event, url);
  return prevented;
}
