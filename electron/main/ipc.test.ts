import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { registerHandlers } from './handlers';
import type { FakeElectron } from '../test/fake-electron';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const fake = electron as unknown as FakeElectron;
const TRUSTED = ['app://desk', 'http://127.0.0.1:8787'];
const fromApp = { senderFrame: { url: 'app://desk/index.html' } };

function call(channel: string, payload: unknown, event: unknown = fromApp) {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}

beforeEach(() => {
  fake.handlers.clear();
  fake.shell.openExternal.mockClear();
  registerHandlers({ trustedOrigins: () => TRUSTED, mainWindow: () => null });
});

describe('IPC channels', () => {
  it('registers exactly the contract’s channels', () => {
    expect([...fake.handlers.keys()].sort()).toEqual([
      'app:info',
      'notify:show',
      'shell:openExternal',
    ]);
  });

  it('answers app:info to the app’s own page', async () => {
    await expect(call('app:info', undefined)).resolves.toMatchObject({
      name: 'Sales Desk',
      version: '0.1.0',
    });
  });

  it('rejects a forged sender', async () => {
    await expect(
      call('app:info', undefined, { senderFrame: { url: 'https://evil.example/' } }),
    ).rejects.toThrow(/untrusted sender/);
    await expect(call('app:info', undefined, { senderFrame: null })).rejects.toThrow(
      /untrusted sender/,
    );
  });

  it('rejects malformed payloads', async () => {
    await expect(call('shell:openExternal', { url: 42 })).rejects.toThrow(/malformed request/);
    await expect(call('shell:openExternal', { url: 'tel:+1', extra: true })).rejects.toThrow(
      /malformed request/,
    );
    await expect(call('notify:show', 'hello')).rejects.toThrow(/malformed request/);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens tel:, sip: and https: links with the OS', async () => {
    await expect(call('shell:openExternal', { url: 'tel:+905321234567' })).resolves.toEqual({
      opened: true,
    });
    await expect(
      call('shell:openExternal', { url: 'sip:+966501234567@pbx.example.com' }),
    ).resolves.toEqual({ opened: true });
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('refuses to open javascript: or file: links', async () => {
    await expect(call('shell:openExternal', { url: 'javascript:alert(1)' })).resolves.toEqual({
      opened: false,
    });
    await expect(call('shell:openExternal', { url: 'file:///etc/passwd' })).resolves.toEqual({
      opened: false,
    });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('shows a desktop notification', async () => {
    await expect(
      call('notify:show', { title: 'Callback due', body: 'Ayşe Yılmaz', tag: 'lead-1' }),
    ).resolves.toEqual({
      shown: true,
    });
  });
});
