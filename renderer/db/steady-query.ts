// A live query that shows its answers while the rows it reads keep changing. Dexie's liveQuery
// throws away a run that a write to its ranges landed in, and starts another at once beside it:
// on a supervisor's desk that receives the floor's calls all day, a read that takes longer than
// the time between two calls (the alerts' dozens of index walks on a loaded machine) never shows
// anything, while the abandoned runs pile up on the same IndexedDB backend. Here one run is in
// flight at a time; each run's answer is shown when it ends (a snapshot that is at most one run
// old), and writes that landed meanwhile bring one more run, after a pause as long as the last
// run took (at most STEADY_GAP_MAX_MS), so a storm of writes holds at most half the desk's reads.
import { useEffect, useState, type DependencyList } from 'react';
import { liveQuery, type Subscription } from 'dexie';

/** The longest pause between a run and the one the writes during it asked for. */
export const STEADY_GAP_MAX_MS = 2_000;

const SKIPPED = Symbol('skipped');

type Flight = { rerun: boolean };

/**
 * Runs `querier` now and again after writes to what it read (Dexie's liveQuery tracks the ranges),
 * one run at a time, giving every run's answer to `onAnswer`. Returns the function that stops it.
 */
export function steadyLiveQuery<T>(
  querier: () => Promise<T> | T,
  onAnswer: (value: T) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  let closed = false;
  let flight: Flight | null = null;
  let subscription: Subscription | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    timer = undefined;
    subscription?.unsubscribe();
    if (closed) return;
    subscription = liveQuery(async () => {
      if (flight) {
        // The run in flight ends first; then one more, with the rows as they are by then.
        flight.rerun = true;
        return SKIPPED;
      }
      const mine: Flight = { rerun: false };
      flight = mine;
      const started = Date.now();
      try {
        const value = await querier();
        if (!closed) onAnswer(value);
        return value;
      } finally {
        flight = null;
        // A new watch: Dexie's, having answered SKIPPED, watches nothing any more.
        if (mine.rerun && !closed)
          timer = setTimeout(watch, Math.min(STEADY_GAP_MAX_MS, Date.now() - started));
      }
    }).subscribe({ error: (e: unknown) => !closed && onError(e) });
  };
  watch();
  return () => {
    closed = true;
    if (timer !== undefined) clearTimeout(timer);
    subscription?.unsubscribe();
  };
}

/**
 * As useLiveQuery(querier, deps), with steadyLiveQuery: undefined until the first run ends, then
 * the answer of the latest run to end. As there, an answer stays on screen while the deps
 * change, until the run for the new ones ends: callers put what they asked in the answer to
 * tell. A failed run throws on render, as there.
 */
export function useSteadyLiveQuery<T>(
  querier: () => Promise<T> | T,
  deps: DependencyList,
): T | undefined {
  const [shown, setShown] = useState<{ value: T } | undefined>(undefined);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  useEffect(
    () =>
      steadyLiveQuery(
        querier,
        (value) => {
          setFailed(null);
          setShown({ value });
        },
        (error) => setFailed({ error }),
      ),
    // `querier` is read with the caller's deps.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
  if (failed) throw failed.error;
  return shown?.value;
}
