import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { registerHandlers } from './handlers';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { fakeWindow, type FakeElectron } from '../test/fake-electron';
import { TokenVault } from './token-vault';
import { DeskPolicyStore } from './desk-policy';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const fake = electron as unknown as FakeElectron;
const TRUSTED = ['app://desk'];
const fromApp = { senderFrame: { url: 'app://desk/index.html' } };
let win: ReturnType<typeof fakeWindow> | null;
let vaultFile: string;
let policyDir: string;

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
  vaultFile = join(mkdtempSync(join(tmpdir(), 'vault-')), 'sync-tokens.json');
  policyDir = mkdtempSync(join(tmpdir(), 'policy-'));
  fake.safeStorage.isEncryptionAvailable.mockReturnValue(true);
  fake.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
  registerHandlers({
    trustedOrigins: TRUSTED,
    mainWindow: () => win as unknown as BrowserWindow | null,
    tokenVault: new TokenVault(vaultFile, fake.safeStorage),
    deskPolicy: new DeskPolicyStore({
      serverUrl: 'https://desk.example.com/',
      env: { SALESDESK_EXTERNAL_HOSTS: 'help.example.com' },
      configFile: join(policyDir, 'desk-config.json'),
      learnedFile: join(policyDir, 'desk-servers.json'),
    }),
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

  it('opens tel: and sip: links, and pages of the sync server and allow-listed hosts, with the OS', async () => {
    const urls = [
      'tel:+905321234567',
      'sip:+966501234567@pbx.example.com',
      'https://desk.example.com/help',
      'https://help.example.com/calls',
      'https://salesdesk.example/docs',
    ];
    for (const url of urls) {
      await expect(call('shell:openExternal', { url })).resolves.toEqual({ opened: true });
    }
    expect(fake.shell.openExternal.mock.calls).toEqual(urls.map((url) => [url]));
  });

  it('refuses openExternal for an https host off the allow-list, lookalikes included', async () => {
    for (const url of [
      'https://example.com/',
      'https://evil.example/',
      'https://help.example.com.evil.example/',
      'https://desk.example.com:8443/',
      'https://sub.help.example.com/',
    ]) {
      await expect(call('shell:openExternal', { url }), url).resolves.toEqual({ opened: false });
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('lets the desk reach a server the person signs in to, once, after a reload', async () => {
    await expect(call('desk:allowServer', { url: 'https://desk.example.com' })).resolves.toEqual({
      allowed: true,
      reload: false,
    });
    await expect(call('desk:allowServer', { url: 'https://other.example.com/x' })).resolves.toEqual(
      { allowed: true, reload: true },
    );
    await expect(call('desk:allowServer', { url: 'https://other.example.com' })).resolves.toEqual({
      allowed: true,
      reload: false,
    });
    await expect(call('desk:allowServer', { url: 'http://10.0.0.5:8787' })).resolves.toEqual({
      allowed: false,
      reload: false,
    });
    // Its pages may now be opened too.
    await expect(
      call('shell:openExternal', { url: 'https://other.example.com/help' }),
    ).resolves.toEqual({ opened: true });
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

describe('refresh token channels', () => {
  const account = 'http://127.0.0.1:8787|01900000-0000-7000-8000-000000000306';
  const token = 'rt_abcdefghijklmnopqrstuvwxyz';

  it('keeps the token encrypted on disk and gives it back', async () => {
    await expect(call('auth:saveToken', { account, token })).resolves.toEqual({ persisted: true });
    expect(readFileSync(vaultFile, 'utf8')).not.toContain(token);
    await expect(call('auth:loadToken', { account })).resolves.toEqual({ token });
    // A fresh vault on the same file (the app restarted) still finds it.
    expect(new TokenVault(vaultFile, fake.safeStorage).load(account)).toBe(token);
  });

  it('forgets the token on clear, for that account only', async () => {
    await call('auth:saveToken', { account, token });
    await call('auth:saveToken', { account: 'other|u2', token: `${token}2` });
    await expect(call('auth:clearToken', { account })).resolves.toEqual({ cleared: true });
    await expect(call('auth:loadToken', { account })).resolves.toEqual({ token: null });
    await expect(call('auth:loadToken', { account: 'other|u2' })).resolves.toEqual({
      token: `${token}2`,
    });
    expect(new TokenVault(vaultFile, fake.safeStorage).load(account)).toBeNull();
  });

  it('never writes the token in clear text when the OS has no encryption', async () => {
    fake.safeStorage.isEncryptionAvailable.mockReturnValue(false);
    await expect(call('auth:saveToken', { account, token })).resolves.toEqual({
      persisted: false,
      reason: 'noEncryption',
    });
    expect(() => readFileSync(vaultFile, 'utf8')).toThrow();
    // Kept for this run only.
    await expect(call('auth:loadToken', { account })).resolves.toEqual({ token });
  });

  it('refuses a malformed request and an untrusted page', async () => {
    await expect(call('auth:saveToken', { account, token: 42 })).rejects.toThrow(
      /malformed request/,
    );
    await expect(
      call('auth:loadToken', { account }, { senderFrame: { url: 'https://evil.example/' } }),
    ).rejects.toThrow(/untrusted sender/);
  });
});

describe('Linux without a keyring (safeStorage falls back to basic_text)', () => {
  const account = 'https://desk.example.com|01900000-0000-7000-8000-000000000306';
  const token = 'rt_abcdefghijklmnopqrstuvwxyz';
  const linuxVault = () => new TokenVault(vaultFile, fake.safeStorage, 'linux');

  it('keeps the token in memory only and says why, so the page can explain it', () => {
    fake.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    fake.safeStorage.encryptString.mockClear();
    const vault = linuxVault();
    expect(vault.save(account, token)).toEqual({ persisted: false, reason: 'weakEncryption' });
    expect(fake.safeStorage.encryptString).not.toHaveBeenCalled();
    expect(() => readFileSync(vaultFile, 'utf8')).toThrow();
    // The desk keeps working for this run …
    expect(vault.load(account)).toBe(token);
    // … and asks for a sign-in after a restart.
    expect(linuxVault().load(account)).toBeNull();
  });

  it('removes a token written before, and does not read it back', () => {
    const vault = linuxVault();
    expect(vault.save(account, token)).toEqual({ persisted: true });
    expect(readFileSync(vaultFile, 'utf8')).toContain(account);
    fake.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    expect(linuxVault().load(account)).toBeNull();
    linuxVault().save(account, `${token}2`);
    expect(readFileSync(vaultFile, 'utf8')).not.toContain(account);
  });

  it('stores the token encrypted with a real keyring (GNOME keyring, KWallet)', () => {
    for (const backend of ['gnome_libsecret', 'kwallet5', 'kwallet6']) {
      fake.safeStorage.getSelectedStorageBackend.mockReturnValue(backend);
      expect(linuxVault().save(account, token), backend).toEqual({ persisted: true });
    }
  });

  it('asks Linux only: the backend question means nothing on Windows and macOS', () => {
    fake.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    for (const platform of ['win32', 'darwin'] as const) {
      const vault = new TokenVault(vaultFile, fake.safeStorage, platform);
      expect(vault.save(account, token), platform).toEqual({ persisted: true });
    }
  });

  it('answers auth:saveToken with the reason through IPC', async () => {
    fake.handlers.clear();
    fake.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    registerHandlers({
      trustedOrigins: TRUSTED,
      mainWindow: () => null,
      tokenVault: linuxVault(),
      deskPolicy: new DeskPolicyStore({
        serverUrl: null,
        env: {},
        configFile: join(policyDir, 'desk-config.json'),
        learnedFile: join(policyDir, 'desk-servers.json'),
      }),
    });
    await expect(call('auth:saveToken', { account, token })).resolves.toEqual({
      persisted: false,
      reason: 'weakEncryption',
    });
    await expect(call('auth:loadToken', { account })).resolves.toEqual({ token });
  });
});
