import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { FakeElectron } from '../test/fake-electron';
import type { DeskApi } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const fake = electron as unknown as FakeElectron;
let desk: DeskApi;
// What a compromised page could try: any string as channel or event name.
type LooseDesk = {
  invoke: (channel: string, request: unknown) => Promise<unknown>;
  on: (event: string, listener: (payload: unknown) => void) => () => void;
};
let loose: LooseDesk;

beforeAll(async () => {
  await import('./index');
  desk = fake.exposed.desk as DeskApi;
  loose = desk as unknown as LooseDesk;
});

beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
  fake.ipcRenderer.removeAllListeners();
});

describe('preload', () => {
  it('exposes exactly one key on window, `desk`', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(fake.exposed)).toEqual(['desk']);
  });

  it('gives `desk` exactly `invoke` and `on` — never ipcRenderer', () => {
    expect(Object.keys(desk).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(desk).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(desk)).not.toContain(fake.ipcRenderer);
  });

  it('forwards every contract channel to main', async () => {
    for (const channel of INVOKE_CHANNELS) {
      await loose.invoke(channel, { probe: channel });
      expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, { probe: channel });
    }
  });

  it('refuses a channel that is not in the contract, without touching IPC', async () => {
    await expect(loose.invoke('fs:readFile', '/etc/passwd')).rejects.toThrow(/unknown channel/);
    await expect(loose.invoke('notification:clicked', {})).rejects.toThrow(/unknown channel/);
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('refuses to subscribe to an event that is not in the contract', () => {
    expect(() => loose.on('ipc:anything', () => undefined)).toThrow(/unknown event/);
    expect(() => loose.on('app:info', () => undefined)).toThrow(/unknown event/);
    expect(fake.ipcRenderer.eventNames()).toEqual([]);
  });

  it('delivers only the payload of an event (not the IPC event and its sender)', () => {
    const listener = vi.fn();
    desk.on(EVENT_CHANNELS[0], listener);
    fake.ipcRenderer.emit('notification:clicked', { sender: fake.ipcRenderer }, { tag: 'lead-1' });
    expect(listener.mock.calls).toEqual([[{ tag: 'lead-1' }]]);
  });

  it('stops delivering after unsubscribe', () => {
    const listener = vi.fn();
    const off = desk.on('notification:clicked', listener);
    off();
    fake.ipcRenderer.emit('notification:clicked', {}, { tag: 'lead-2' });
    expect(listener).not.toHaveBeenCalled();
    expect(fake.ipcRenderer.listenerCount('notification:clicked')).toBe(0);
  });
});
