// Figures that cost a walk over a big index — the lead count, leads per stage — kept between
// opens. Chromium stores no row counts: counting a million leads reads a million index entries
// (about 3 s on disk), and a live query would count again after every lead written, holding up
// every other read of the desk meanwhile. So a kept figure is shown at once from `meta`, counted
// again in the background — after the screen's own first reads, which would otherwise wait
// behind the count in Chromium's IndexedDB queue — and again after its tables change, no sooner than a few times the
// last count's own duration (at most every 10 s).
import { useEffect, useState } from 'react';
import { Dexie, type ObservabilitySet } from 'dexie';
import type { DeskDatabase } from './schema';

/** The quiet time after a count, as a multiple of how long that count took. */
const RECOUNT_FACTOR = 3;
const RECOUNT_MIN_MS = 50;
const RECOUNT_MAX_MS = 10_000;
/** With a kept figure on screen, the first recount waits for the screen's own reads. */
export const KEPT_FIRST_DELAY_MS = 1_500;
/** Without one, the first count still lets the screen's first reads go ahead of it. */
export const FIRST_COUNT_DELAY_MS = 250;

const metaKey = (key: string) => `kept:${key}`;

// One count at a time, the most wanted first: counts running side by side only share the same
// IndexedDB backend, so each would finish as late as the last.
const waiting: { priority: number; start: () => void }[] = [];
let counting = false;

function nextCount(): void {
  if (counting) return;
  const task = waiting.shift();
  if (!task) return;
  counting = true;
  task.start();
}

/** Runs `fn` when the counts queued before it with the same or a lower priority are done. */
export function inTurn<T>(priority: number, fn: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const start = () =>
      void fn()
        .then(resolve, reject)
        .finally(() => {
          counting = false;
          nextCount();
        });
    const at = waiting.findIndex((t) => t.priority > priority);
    waiting.splice(at === -1 ? waiting.length : at, 0, { priority, start });
    nextCount();
  });
}

/** The figure kept under `key`, or undefined before the first count. */
export async function keptValue<T>(db: DeskDatabase, key: string): Promise<T | undefined> {
  const row = await db.meta.get(metaKey(key));
  return row ? (row.value as T) : undefined;
}

/** Computes the figure and keeps it for the next open. */
export async function refreshKept<T>(
  db: DeskDatabase,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const value = await compute();
  await db.meta.put({ key: metaKey(key), value });
  return value;
}

/** How long to wait after a count that took `ms` before the next. */
export function recountDelay(ms: number): number {
  return Math.min(RECOUNT_MAX_MS, Math.max(RECOUNT_MIN_MS, ms * RECOUNT_FACTOR));
}

/** Whether a Dexie mutation notice touches one of these tables of this database. */
export function touchesTables(
  db: DeskDatabase,
  tables: readonly string[],
  parts: ObservabilitySet,
): boolean {
  const prefixes = tables.map((t) => `idb://${db.name}/${t}/`);
  return Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)));
}

/**
 * A kept figure: the one from the last count at once, then fresh ones in the background as
 * `tables` change (in this window, another window, or by sync). Undefined until either is known.
 * `key` names the figure (include what it depends on); `compute` is read when `key` changes.
 */
export function useKeptQuery<T>(
  db: DeskDatabase,
  key: string,
  tables: readonly string[],
  compute: () => Promise<T>,
  /** Lower counts first when several are due. */
  priority = 1,
  /** False: nothing is read or counted (the caller has the figure from elsewhere). */
  enabled = true,
): T | undefined {
  const [state, setState] = useState<{ key: string; value: T } | undefined>(undefined);
  const tableList = tables.join(',');
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    let running = false;
    let dirty = false;
    let shown = false;
    let readyAt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watched = tableList.split(',');

    const schedule = (at: number) => {
      if (timer !== undefined || !alive) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          void run();
        },
        Math.max(0, at - Date.now()),
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
        const value = await inTurn(priority, () => refreshKept(db, key, compute));
        if (alive) {
          shown = true;
          setState({ key, value });
        }
      } catch {
        // A closed or deleted database (sign-out): nothing to show.
      } finally {
        running = false;
        readyAt = Date.now() + recountDelay(Date.now() - started);
      }
      if (dirty) schedule(readyAt);
    };
    const onChange = (parts: ObservabilitySet) => {
      if (!touchesTables(db, watched, parts)) return;
      if (running) dirty = true;
      else schedule(readyAt);
    };

    void keptValue<T>(db, key)
      .then((kept) => {
        if (!alive) return;
        if (kept === undefined) {
          schedule(Date.now() + FIRST_COUNT_DELAY_MS);
          return;
        }
        if (!shown) setState({ key, value: kept });
        schedule(Date.now() + KEPT_FIRST_DELAY_MS);
      })
      .catch(() => schedule(Date.now() + FIRST_COUNT_DELAY_MS));
    Dexie.on.storagemutated.subscribe(onChange);
    return () => {
      alive = false;
      if (timer !== undefined) clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
    // `compute` is read with `key`: a new key means a new figure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, key, tableList, priority, enabled]);
  return state?.key === key ? state.value : undefined;
}
