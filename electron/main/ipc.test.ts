import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { WebContents } from 'electron';
import { handle, sendEvent, type Handler } from './ipc';
import { fakeWebContents, type FakeElectron } from '../test/fake-electron';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const fake = electron as unknown as FakeElectron;
const TRUSTED = ['app://desk', 'http://127.0.0.1:8787'];
const fromApp = { senderFrame: { url: 'app://desk/index.html#/hunter' } };

function call(channel: string, payload: unknown, event: unknown = fromApp) {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}

const openExternal = vi.fn(async ({ url }: { url: string }) => ({ opened: url.length > 0 }));

beforeEach(() => {
  fake.handlers.clear();
  openExternal.mockClear();
  handle('shell:openExternal', openExternal, TRUSTED);
});

describe('handle: the one way main answers the renderer', () => {
  it('registers the channel with ipcMain.handle', () => {
    expect(fake.ipcMain.handle).toHaveBeenCalledWith('shell:openExternal', expect.any(Function));
  });

  it('answers a valid request from the app’s own page', async () => {
    await expect(call('shell:openExternal', { url: 'tel:+905321234567' })).resolves.toEqual({
      opened: true,
    });
    expect(openExternal).toHaveBeenCalledWith({ url: 'tel:+905321234567' }, fromApp);
  });

  it('answers the configured sync server’s page too', async () => {
    const fromServer = { senderFrame: { url: 'http://127.0.0.1:8787/#/closer' } };
    await expect(call('shell:openExternal', { url: 'tel:+1' }, fromServer)).resolves.toEqual({
      opened: true,
    });
  });

  it('rejects a forged sender (a frame from another origin) without running the handler', async () => {
    await expect(
      call(
        'shell:openExternal',
        { url: 'tel:+1' },
        { senderFrame: { url: 'https://evil.example' } },
      ),
    ).rejects.toThrow(/untrusted sender/);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('rejects a sender whose frame is gone', async () => {
    await expect(
      call('shell:openExternal', { url: 'tel:+1' }, { senderFrame: null }),
    ).rejects.toThrow(/untrusted sender/);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('rejects a malformed payload ({ url: 42 }) without running the handler', async () => {
    await expect(call('shell:openExternal', { url: 42 })).rejects.toThrow(
      /malformed request for shell:openExternal: url: /,
    );
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('rejects unexpected extra fields and non-objects', async () => {
    await expect(call('shell:openExternal', { url: 'tel:+1', extra: true })).rejects.toThrow(
      /malformed request/,
    );
    await expect(call('shell:openExternal', 'tel:+1')).rejects.toThrow(/malformed request/);
    await expect(call('shell:openExternal', undefined)).rejects.toThrow(/malformed request/);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to pass on a response that breaks the contract', async () => {
    fake.handlers.clear();
    const incomplete = (() => ({ name: 'Sales Desk' })) as unknown as Handler<'app:info'>;
    handle('app:info', incomplete, TRUSTED);
    await expect(call('app:info', undefined)).rejects.toThrow(/invalid response from app:info/);
  });
});

describe('sendEvent', () => {
  it('sends a contract event to the page', () => {
    const contents = fakeWebContents();
    sendEvent(contents as unknown as WebContents, 'notification:clicked', { tag: 'lead-1' });
    expect(contents.send).toHaveBeenCalledWith('notification:clicked', { tag: 'lead-1' });
  });

  it('refuses a payload that breaks the contract', () => {
    const contents = fakeWebContents();
    expect(() =>
      sendEvent(contents as unknown as WebContents, 'notification:clicked', {
        tag: 42,
      } as unknown as { tag: string }),
    ).toThrow();
    expect(contents.send).not.toHaveBeenCalled();
  });
});
