import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Wallboard } from '../../../../shared/domain/telephony';
import type { DeskSync, DeskSyncSnapshot } from '../../../sync/desk-sync';
import type { LiveEvent, SyncStatus } from '../../../sync/engine';
import { DeskSyncContext } from '../../../ui/sync/desk-sync-context';
import { useWallboard, WALLBOARD_BACKSTOP_MS, WALLBOARD_POLL_MS } from './use-wallboard';

const board = (now: number): Wallboard => ({ now, agents: [] }) as unknown as Wallboard;

/** A signed-in desk whose live stream is up or down, and that counts the wallboard's reads. */
function fakeSync(live: boolean) {
  const snapshot = { phase: 'active', status: { live } as SyncStatus } as DeskSyncSnapshot;
  const listeners = new Set<(e: LiveEvent) => void>();
  let reads = 0;
  const sync = {
    subscribe: () => () => undefined,
    snapshot: () => snapshot,
    onLive: (l: (e: LiveEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    wallboard: () => Promise.resolve(board(++reads)),
  } as unknown as DeskSync;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DeskSyncContext.Provider value={sync}>{children}</DeskSyncContext.Provider>
  );
  return {
    sync,
    wrapper,
    reads: () => reads,
    say: (e: LiveEvent) => act(() => listeners.forEach((l) => l(e))),
    listening: () => listeners.size,
  };
}

/** Lets the reads' promises settle (RTL's waitFor does not run under vitest's fake timers). */
const flush = () => act(() => vi.advanceTimersByTimeAsync(0));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useWallboard', () => {
  it('reads again as soon as the live stream says an agent changed state or something synced', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const s = fakeSync(true);
    const { result, unmount } = renderHook(() => useWallboard(), { wrapper: s.wrapper });
    await flush();
    expect(result.current.board?.now).toBe(1);
    s.say('presence');
    await flush();
    expect(result.current.board?.now).toBe(2);
    s.say('poke');
    await flush();
    expect(result.current.board?.now).toBe(3);
    // With the stream up, no poll every two seconds: only the slow backstop.
    await act(() => vi.advanceTimersByTimeAsync(WALLBOARD_BACKSTOP_MS - 1));
    expect(s.reads()).toBe(3);
    await act(() => vi.advanceTimersByTimeAsync(1));
    await flush();
    expect(result.current.board?.now).toBe(4);
    unmount();
    expect(s.listening()).toBe(0);
  });

  it('polls every two seconds while the live stream is down', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const s = fakeSync(false);
    const { result } = renderHook(() => useWallboard(), { wrapper: s.wrapper });
    await flush();
    expect(result.current.board?.now).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(WALLBOARD_POLL_MS));
    await flush();
    expect(result.current.board?.now).toBe(2);
    await act(() => vi.advanceTimersByTimeAsync(WALLBOARD_POLL_MS));
    await flush();
    expect(result.current.board?.now).toBe(3);
  });

  it('reads once more after a read an event arrived during, never two at a time', async () => {
    const s = fakeSync(true);
    let inFlight = 0;
    let most = 0;
    let release: (() => void) | null = null;
    const plain = s.sync.wallboard.bind(s.sync);
    s.sync.wallboard = async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((r) => (release = r));
      inFlight--;
      return plain();
    };
    const { result } = renderHook(() => useWallboard(), { wrapper: s.wrapper });
    await waitFor(() => expect(release).not.toBeNull());
    s.say('presence');
    s.say('presence');
    act(() => release!());
    await waitFor(() => expect(result.current.board?.now).toBe(1));
    // The events during the first read: one more read, not two.
    await waitFor(() => expect(inFlight).toBe(1));
    act(() => release!());
    await waitFor(() => expect(result.current.board?.now).toBe(2));
    expect(most).toBe(1);
    expect(inFlight).toBe(0);
  });
});
