// How many leads the desk holds, for the area header. Chromium has no stored row count: a whole
// table count reads every record (about 3 s for 1,000,000 leads on disk), and a live query would
// count again after every lead written. So the desk shows the last count it made (kept in `meta`)
// at once, counts again in the background when it opens, and again after leads change — no
// sooner than a few times the last count's own duration (at most every 10 s), so a big desk is
// never busy counting while agents dial.
import { useEffect, useState } from 'react';
import { Dexie, type ObservabilitySet } from 'dexie';
import type { DeskDatabase } from './schema';

export const LEAD_COUNT_META = 'leadCount';
/** The quiet time after a count, as a multiple of how long that count took. */
const RECOUNT_FACTOR = 3;
const RECOUNT_MIN_MS = 50;
const RECOUNT_MAX_MS = 10_000;

/** The count the desk last made, or null before the first. */
export async function storedLeadCount(db: DeskDatabase): Promise<number | null> {
  const row = await db.meta.get(LEAD_COUNT_META);
  return typeof row?.value === 'number' ? row.value : null;
}

/** Counts the leads and keeps the figure for the next time the desk opens. */
export async function recountLeads(db: DeskDatabase): Promise<number> {
  const n = await db.leads.count();
  await db.meta.put({ key: LEAD_COUNT_META, value: n });
  return n;
}

/** How long to wait after a count that took `ms` before the next. */
export function recountDelay(ms: number): number {
  return Math.min(RECOUNT_MAX_MS, Math.max(RECOUNT_MIN_MS, ms * RECOUNT_FACTOR));
}

/** Whether a Dexie mutation notice touches this database's leads table. */
export function touchesLeads(db: DeskDatabase, parts: ObservabilitySet): boolean {
  const prefix = `idb://${db.name}/leads/`;
  return Object.keys(parts).some((part) => part.startsWith(prefix));
}

/**
 * The desk's lead count: the kept one at once, then fresh counts in the background as leads
 * change (this window, another window, or sync). Undefined until either is known.
 */
export function useLeadCount(db: DeskDatabase): number | undefined {
  const [count, setCount] = useState<number | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    let running = false;
    let dirty = false;
    let readyAt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setCount(undefined);

    const schedule = () => {
      if (timer !== undefined || !alive) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          void run();
        },
        Math.max(0, readyAt - Date.now()),
      );
    };
    const run = async () => {
      if (running) {
        dirty = true;
        return;
      }
      running = true;
      dirty = false;
      const started = Date.now();
      try {
        const n = await recountLeads(db);
        if (alive) setCount(n);
      } catch {
        // A closed or deleted database (sign-out): nothing to show.
      } finally {
        running = false;
        readyAt = Date.now() + recountDelay(Date.now() - started);
      }
      if (dirty) schedule();
    };
    const onChange = (parts: ObservabilitySet) => {
      if (!touchesLeads(db, parts)) return;
      if (running) dirty = true;
      else schedule();
    };

    void storedLeadCount(db)
      .then((n) => {
        if (alive && n !== null) setCount((c) => c ?? n);
      })
      .catch(() => undefined);
    void run();
    Dexie.on.storagemutated.subscribe(onChange);
    return () => {
      alive = false;
      if (timer !== undefined) clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
  }, [db]);
  return count;
}
