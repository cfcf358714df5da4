// The agents' states from the server, asked for every two seconds while the wallboard is open; the
// offset between the server's clock and this desk's keeps the time in state right.
import { useEffect, useState } from 'react';
import type { Wallboard } from '../../../../shared/domain/telephony';
import { useDeskSync, useDeskSyncController } from '../../../ui/sync/use-desk-sync';

export const WALLBOARD_POLL_MS = 2000;

export type WallboardFeed = {
  board: Wallboard | null;
  /** Server clock minus this desk's clock, in ms. */
  skew: number;
  /** When the last answer came (desk clock); null before any. */
  fetchedAt: number | null;
  /** The last request failed (offline, server down): the board shows its last known state. */
  stale: boolean;
  /** No server session (the offline demo): there are no live states to show. */
  unavailable: boolean;
};

export function useWallboard(): WallboardFeed {
  const sync = useDeskSyncController();
  const { phase } = useDeskSync();
  const active = phase === 'active';
  const [feed, setFeed] = useState<Omit<WallboardFeed, 'unavailable'>>({
    board: null,
    skew: 0,
    fetchedAt: null,
    stale: false,
  });
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: number | null = null;
    const tick = async () => {
      try {
        const board = await sync.wallboard();
        const at = Date.now();
        if (!stopped) setFeed({ board, skew: board.now - at, fetchedAt: at, stale: false });
      } catch {
        if (!stopped) setFeed((f) => ({ ...f, stale: true }));
      }
      if (!stopped) timer = window.setTimeout(() => void tick(), WALLBOARD_POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [sync, active]);
  return { ...feed, unavailable: !active };
}
