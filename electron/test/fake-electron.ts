// A stand-in for the `electron` module in unit tests: records what the shell asks of Electron.
// Use with `vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron())`.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export type Invoke = (event: unknown, payload: unknown) => Promise<unknown>;

export function fakeElectron() {
  const handlers = new Map<string, Invoke>();
  const exposed: Record<string, unknown> = {};
  const notifications: FakeNotification[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
    getName: () => 'Sales Desk',
    getVersion: () => '0.1.0',
    getPath: () => '/tmp',
  });
  class FakeNotification extends EventEmitter {
    static isSupported = vi.fn(() => true);
    show = vi.fn();
    constructor(readonly options: { title: string; body: string }) {
      super();
      notifications.push(this);
    }
  }
  return {
    app,
    handlers,
    exposed,
    notifications,
    ipcMain: { handle: vi.fn((channel: string, fn: Invoke) => handlers.set(channel, fn)) },
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => 'ok'),
    }),
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    // A stand-in keychain: "encrypts" by XOR so the file never holds the token in clear text.
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: vi.fn((plain: string) =>
        Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
      ),
      decryptString: vi.fn((encrypted: Buffer) =>
        Buffer.from(encrypted.map((b) => b ^ 0x5a)).toString('utf8'),
      ),
      // Linux: a keyring is there unless a test says `basic_text` (Chromium's built-in key).
      getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
    },
    Notification: FakeNotification,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    session: { defaultSession: {} },
    screen: {
      getAllDisplays: () => [],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
    dialog: { showMessageBox: vi.fn() },
    BrowserWindow: vi.fn(),
  };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;

/** A fake WebContents that records the listeners and window-open handler the shell installs. */
export function fakeWebContents() {
  const contents = Object.assign(new EventEmitter(), {
    windowOpenHandler: undefined as undefined | ((d: { url: string }) => { action: string }),
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      contents.windowOpenHandler = fn;
    },
    closeDevTools: vi.fn(),
    send: vi.fn(),
  });
  return contents;
}

/** A fake BrowserWindow holding a fake WebContents. */
export function fakeWindow() {
  return {
    webContents: fakeWebContents(),
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

/**
 * Emits a navigation-style event the way Electron 45 does (an Event carrying `url`, plus the
 * URL as the legacy second argument) and says whether the shell prevented it.
 */
export function emitPreventable(target: EventEmitter, name: string, url?: string): boolean {
  let prevented = false;
  const event = { preventDefault: () => (prevented = true), url };
  target.emit(name, event, url);
  return prevented;
}
