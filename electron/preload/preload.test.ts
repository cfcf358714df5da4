import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { FakeElectron } from '../test/fake-electron';
import type { DeskApi } from '../../shared/ipc/contract';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const fake = electron as unknown as FakeElectron;
let desk: DeskApi;

beforeAll(async () => {
  await import('./index');
  desk = fake.exposed.desk as DeskApi;
});

describe('preload', () => {
  it('exposes exactly one object, window.desk, with invoke and on — never ipcRenderer', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(fake.exposed)).toEqual(['desk']);
    expect(Object.keys(desk).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards a contract channel to main', async () => {
    await desk.invoke('shell:openExternal', { url: 'tel:+905321234567' });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('shell:openExternal', {
      url: 'tel:+905321234567',
    });
  });

  it('refuses a channel that is not in the contract', async () => {
    fake.ipcRenderer.invoke.mockClear();
    await expect(
      (desk.invoke as (c: string, r: unknown) => Promise<unknown>)('fs:readFile', '/etc/passwd'),
    ).rejects.toThrow(/unknown channel/);
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(() =>
      (desk.on as (e: string, l: () => void) => void)('ipc:anything', () => undefined),
    ).toThrow(/unknown event/);
  });

  it('delivers events and stops after unsubscribe', () => {
    const listener = vi.fn();
    const off = desk.on('notification:clicked', listener);
    fake.ipcRenderer.emit('notification:clicked', {}, { tag: 'lead-1' });
    off();
    fake.ipcRenderer.emit('notification:clicked', {}, { tag: 'lead-2' });
    expect(listener.mock.calls).toEqual([[{ tag: 'lead-1' }]]);
  });
});
