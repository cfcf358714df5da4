// The agents' states from the server while the wallboard is open: read again as soon as the live
// stream says an agent changed state or something was synced (a call logged), with a slow poll
// behind it for what no event announces (a desk gone silent turns offline); every two seconds
// while the live stream is down. The offset between the server's clock and this desk's keeps the
// time in state right.
import { useEffect, useState } from 'react';
import type { Wallboard } from '../../../../shared/domain/telephony';
import { useDeskSync, useDeskSyncController } from '../../../ui/sync/use-desk-sync';

/** How often the board is read while the live stream is down. */
export const WALLBOARD_POLL_MS = 2000;
/** How often it is read anyway while the stream is up: desks that went silent turn offline. */
export const WALLBOARD_BACKSTOP_MS = 15_000;

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
  const { phase, status } = useDeskSync();
  const active = phase === 'active';
  const live = status?.live === true;
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
    let reading = false;
    // An event while a read is under way: read once more after it (its answer may predate it).
    let again = false;
    const read = async () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
      try {
        const board = await sync.wallboard();
        const at = Date.now();
        if (!stopped) setFeed({ board, skew: board.now - at, fetchedAt: at, stale: false });
      } catch {
        if (!stopped) setFeed((f) => ({ ...f, stale: true }));
      }
      reading = false;
      if (stopped) return;
      if (again) {
        again = false;
        void read();
        return;
      }
      timer = window.setTimeout(
        () => void read(),
        live ? WALLBOARD_BACKSTOP_MS : WALLBOARD_POLL_MS,
      );
    };
    const stopLive = sync.onLive(() => void read());
    void read();
    return () => {
      stopped = true;
      stopLive();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [sync, active, live]);
  return { ...feed, unavailable: !active };
}
