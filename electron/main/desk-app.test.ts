import { describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { serverUrlFrom, startDesk } from './desk-app';
import { buildMenuTemplate } from './menu';
import type { FakeElectron } from '../test/fake-electron';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const fake = electron as unknown as FakeElectron;

describe('desktop app start', () => {
  it('is single-instance: a second copy quits and opens nothing', () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    startDesk({ argv: [], env: {}, mainDir: '/app/out/main' });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });

  it('registers the app:// scheme and waits for ready when it holds the lock', () => {
    startDesk({ argv: [], env: {}, mainDir: '/app/out/main' });
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.app.whenReady).toHaveBeenCalled();
  });

  it('takes the sync server URL from --server-url or SALESDESK_URL, http(s) only', () => {
    expect(serverUrlFrom(['--server-url=http://127.0.0.1:8787/'], {})).toBe(
      'http://127.0.0.1:8787/',
    );
    expect(serverUrlFrom([], { SALESDESK_URL: 'https://desk.example.com' })).toBe(
      'https://desk.example.com/',
    );
    expect(serverUrlFrom(['--server-url=file:///etc/passwd'], {})).toBeNull();
    expect(serverUrlFrom(['--server-url=javascript:alert(1)'], {})).toBeNull();
    expect(serverUrlFrom([], {})).toBeNull();
  });

  it('offers dev tools in the menu only in development', () => {
    const items = (allowDevTools: boolean) =>
      JSON.stringify(
        buildMenuTemplate({
          isMac: false,
          allowDevTools,
          appName: 'Sales Desk',
          onAbout: () => undefined,
        }),
      );
    expect(items(false)).not.toContain('toggleDevTools');
    expect(items(true)).toContain('toggleDevTools');
  });
});
