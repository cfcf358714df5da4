import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { serverUrlFrom, startDesk } from './desk-app';
import { buildMenuTemplate } from './menu';
import type { MenuItemConstructorOptions } from 'electron';
import { emitPreventable, fakeWebContents, type FakeElectron } from '../test/fake-electron';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const fake = electron as unknown as FakeElectron;
const start = (argv: string[] = [], env: Record<string, string> = {}) =>
  startDesk({ argv, env, mainDir: '/app/out/main' });

beforeEach(() => {
  fake.app.removeAllListeners();
  vi.clearAllMocks();
});

describe('desktop app start', () => {
  it('is single-instance: a second copy quits and sets nothing up', () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    start();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
  });

  it('registers app:// as a standard, secure scheme before ready', () => {
    start();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.app.whenReady).toHaveBeenCalled();
  });

  it('forces the sandbox for every renderer', () => {
    start();
    expect(fake.app.enableSandbox).toHaveBeenCalled();
  });

  it('hardens every web contents, trusting app:// only by default', () => {
    start();
    const contents = fakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(emitPreventable(contents, 'will-navigate', 'app://desk/')).toBe(false);
    expect(emitPreventable(contents, 'will-navigate', 'http://127.0.0.1:8787/')).toBe(true);
  });

  it('also trusts the sync server it was pointed at', () => {
    start(['--server-url=http://127.0.0.1:8787/']);
    const contents = fakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(emitPreventable(contents, 'will-navigate', 'http://127.0.0.1:8787/')).toBe(false);
    expect(emitPreventable(contents, 'will-navigate', 'http://127.0.0.1:9999/')).toBe(true);
  });

  it('closes dev tools unless SALESDESK_DEV=1 in an unpackaged build', () => {
    start();
    const contents = fakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });

  it('leaves dev tools open with SALESDESK_DEV=1 in an unpackaged build', () => {
    start([], { SALESDESK_DEV: '1' });
    const contents = fakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).not.toHaveBeenCalled();
  });

  it('never allows dev tools in a packaged app, even with SALESDESK_DEV=1', () => {
    fake.app.isPackaged = true;
    try {
      start([], { SALESDESK_DEV: '1' });
    } finally {
      fake.app.isPackaged = false;
    }
    const contents = fakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });
});

describe('sync server URL', () => {
  it('comes from --server-url, then SALESDESK_URL', () => {
    expect(serverUrlFrom(['--server-url=http://127.0.0.1:8787/'], {})).toBe(
      'http://127.0.0.1:8787/',
    );
    expect(serverUrlFrom([], { SALESDESK_URL: 'https://desk.example.com' })).toBe(
      'https://desk.example.com/',
    );
    expect(
      serverUrlFrom(['--server-url=http://localhost:8787'], {
        SALESDESK_URL: 'https://desk.example.com',
      }),
    ).toBe('http://localhost:8787/');
    expect(serverUrlFrom([], {})).toBeNull();
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://desk/',
    'http://192.168.1.20:8787/',
    'http://desk.example.com/',
    'https://user:pw@desk.example.com/',
    'not a url',
  ])('refuses %s (file:, script, or plain http across the network)', (url) => {
    expect(serverUrlFrom([`--server-url=${url}`], {})).toBeNull();
  });
});

describe('application menu', () => {
  const menu = (options: { isMac?: boolean; allowDevTools?: boolean; onAbout?: () => void }) =>
    buildMenuTemplate({
      isMac: options.isMac ?? false,
      allowDevTools: options.allowDevTools ?? false,
      appName: 'Sales Desk',
      onAbout: options.onAbout ?? (() => undefined),
    });
  const roles = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((item) => [
      ...(item.role ? [item.role] : []),
      ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
    ]);

  it('offers dev tools only in development', () => {
    expect(roles(menu({}))).not.toContain('toggleDevTools');
    expect(roles(menu({ allowDevTools: true }))).toContain('toggleDevTools');
  });

  it('has the standard edit roles so copy and paste work', () => {
    expect(roles(menu({}))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload']),
    );
  });

  it('has the macOS app menu only on macOS', () => {
    expect(menu({ isMac: true })[0]?.label).toBe('Sales Desk');
    expect(roles(menu({ isMac: true }))).toContain('hideOthers');
    expect(roles(menu({}))).not.toContain('hideOthers');
  });

  it('shows About from the Help menu', () => {
    const onAbout = vi.fn();
    const help = menu({ onAbout }).find((item) => item.role === 'help');
    const about = (help?.submenu as MenuItemConstructorOptions[])[0];
    expect(about?.label).toBe('About Sales Desk');
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalled();
  });
});
