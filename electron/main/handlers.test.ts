import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { registerHandlers } from './handlers';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { fakeWindow, type FakeElectron } from '../test/fake-electron';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const fake = electron as unknown as FakeElectron;
const TRUSTED = ['app://desk'];
const fromApp = { senderFrame: { url: 'app://desk/index.html' } };
let win: ReturnType<typeof fakeWindow> | null;

function call(channel: string, payload: unknown, event: unknown = fromApp) {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}

beforeEach(() => {
  fake.handlers.clear();
  fake.notifications.length = 0;
  fake.shell.openExternal.mockClear();
  win = fakeWindow();
  registerHandlers({
    trustedOrigins: TRUSTED,
    mainWindow: () => win as unknown as BrowserWindow | null,
  });
});

describe('IPC channels', () => {
  it('registers exactly the contract’s channels', () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('answers app:info with the app and runtime versions', async () => {
    await expect(call('app:info', undefined)).resolves.toEqual({
      name: 'Sales Desk',
      version: '0.1.0',
      platform: process.platform,
      electron: '',
      chrome: '',
      node: process.versions.node,
    });
  });

  it('rejects app:info from a forged sender', async () => {
    await expect(
      call('app:info', undefined, { senderFrame: { url: 'https://evil.example/' } }),
    ).rejects.toThrow(/untrusted sender/);
  });

  it('opens tel:, sip: and https: links with the OS', async () => {
    for (const url of [
      'tel:+905321234567',
      'sip:+966501234567@pbx.example.com',
      'https://example.com/',
    ]) {
      await expect(call('shell:openExternal', { url })).resolves.toEqual({ opened: true });
    }
    expect(fake.shell.openExternal.mock.calls).toEqual([
      ['tel:+905321234567'],
      ['sip:+966501234567@pbx.example.com'],
      ['https://example.com/'],
    ]);
  });

  it('refuses openExternal with javascript: and never calls shell.openExternal', async () => {
    await expect(call('shell:openExternal', { url: 'javascript:alert(1)' })).resolves.toEqual({
      opened: false,
    });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses openExternal with file:, http: and smb:', async () => {
    for (const url of ['file:///etc/passwd', 'http://example.com', 'smb://server/share']) {
      await expect(call('shell:openExternal', { url })).resolves.toEqual({ opened: false });
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('rejects a malformed openExternal ({ url: 42 }) before anything is opened', async () => {
    await expect(call('shell:openExternal', { url: 42 })).rejects.toThrow(/malformed request/);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('shows a desktop notification', async () => {
    await expect(
      call('notify:show', { title: 'Callback due', body: 'Ayşe Yılmaz', tag: 'lead-1' }),
    ).resolves.toEqual({ shown: true });
    expect(fake.notifications).toHaveLength(1);
    expect(fake.notifications[0]!.options).toEqual({ title: 'Callback due', body: 'Ayşe Yılmaz' });
    expect(fake.notifications[0]!.show).toHaveBeenCalled();
  });

  it('brings the desk forward and tells the page which notification was clicked', async () => {
    await call('notify:show', { title: 'Callback due', body: 'Ayşe Yılmaz', tag: 'lead-1' });
    fake.notifications[0]!.emit('click');
    expect(win!.restore).toHaveBeenCalled();
    expect(win!.focus).toHaveBeenCalled();
    expect(win!.webContents.send).toHaveBeenCalledWith('notification:clicked', { tag: 'lead-1' });
  });

  it('ignores a notification click when the window is gone', async () => {
    await call('notify:show', { title: 'Callback due', body: '' });
    const gone = win!;
    win = null;
    expect(() => fake.notifications[0]!.emit('click')).not.toThrow();
    expect(gone.webContents.send).not.toHaveBeenCalled();
  });

  it('says so when the OS cannot show notifications', async () => {
    fake.Notification.isSupported.mockReturnValueOnce(false);
    await expect(call('notify:show', { title: 'Callback due', body: '' })).resolves.toEqual({
      shown: false,
    });
  });

  it('rejects a notification without a title', async () => {
    await expect(call('notify:show', { title: '', body: 'x' })).rejects.toThrow(
      /malformed request/,
    );
  });
});
