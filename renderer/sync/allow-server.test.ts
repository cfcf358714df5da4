import { describe, expect, it, vi } from 'vitest';
import type { DeskApi } from '../../shared/ipc/contract';
import { lastServerUrl } from './account';
import { reachServer } from './allow-server';

/** `window.desk` answering desk:allowServer as main does for a desk that knows `known`. */
function desk(known: string[]) {
  const invoke = vi.fn(async (_channel: string, { url }: { url: string }) => {
    const origin = new URL(url).origin;
    if (url.startsWith('http://10.')) return { allowed: false, reload: false };
    if (known.includes(origin)) return { allowed: true, reload: false };
    known.push(origin);
    return { allowed: true, reload: true };
  });
  return { api: { invoke, on: () => () => undefined } as unknown as DeskApi, invoke };
}

describe('reachServer', () => {
  it('goes on at once for a server the desk already knows', async () => {
    const reload = vi.fn();
    const { api } = desk(['https://desk.example.com']);
    await expect(
      reachServer('https://desk.example.com', api, window.localStorage, reload),
    ).resolves.toBe('ok');
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads the page once for a new server, keeping its address for the form', async () => {
    const reload = vi.fn();
    const { api } = desk([]);
    await expect(
      reachServer('https://new.example.com', api, window.localStorage, reload),
    ).resolves.toBe('reloading');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(lastServerUrl(window.localStorage)).toBe('https://new.example.com');
    await expect(
      reachServer('https://new.example.com', api, window.localStorage, reload),
    ).resolves.toBe('ok');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('stops at an address main refuses (plain http across the network)', async () => {
    const reload = vi.fn();
    const { api } = desk([]);
    await expect(
      reachServer('http://10.0.0.5:8787', api, window.localStorage, reload),
    ).resolves.toBe('refused');
    expect(reload).not.toHaveBeenCalled();
  });

  it('asks nothing in a browser', async () => {
    await expect(
      reachServer('https://desk.example.com', undefined, window.localStorage, vi.fn()),
    ).resolves.toBe('ok');
  });
});
