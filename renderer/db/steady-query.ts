// A live query that shows its answers while the rows it reads keep changing. Dexie's liveQuery
// throws away a run that a write to its ranges landed in, and starts another at once beside it:
// on a supervisor's desk that receives the floor's calls all day, a read that takes longer than
// the time between two calls (the alerts' dozens of index walks on a loaded machine) never shows
// anything, while the abandoned runs pile up on the same IndexedDB backend. Here one run is in
// flight at a time; each run's answer is shown when it ends (a snapshot that is at most one run
// old), and writes that landed meanwhile bring one more run, after a pause as long as the last
// run took (at most STEADY_GAP_MAX_MS), so a storm of writes holds at most half the desk's reads.
import { useRef, useState, type DependencyList } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';

/** The longest pause between a run and the one the writes during it asked for. */
export const STEADY_GAP_MAX_MS = 2_000;

const SKIPPED = Symbol('skipped');

type Flight = { rerun: boolean };

/**
 * As useLiveQuery(querier, deps): undefined until the first run ends, then the answer of the
 * latest run to end. As there, an answer stays on screen while the deps change, until the run
 * for the new ones ends: callers put what they asked in the answer to tell. Writes to what a run
 * read start the next run once the one in flight has ended.
 */
export function useSteadyLiveQuery<T>(
  querier: () => Promise<T> | T,
  deps: DependencyList,
): T | undefined {
  const [round, setRound] = useState(0);
  const [shown, setShown] = useState<{ value: T } | undefined>(undefined);
  const flight = useRef<Flight | null>(null);
  useLiveQuery(
    async () => {
      const busy = flight.current;
      if (busy) {
        // The run in flight ends first; then one more, with the rows as they are by then.
        busy.rerun = true;
        return SKIPPED;
      }
      const mine: Flight = { rerun: false };
      flight.current = mine;
      const started = Date.now();
      try {
        const value = await querier();
        setShown({ value });
        return value;
      } finally {
        flight.current = null;
        if (mine.rerun) {
          const gap = Math.min(STEADY_GAP_MAX_MS, Date.now() - started);
          setTimeout(() => setRound((r) => r + 1), gap);
        }
      }
    },
    // `querier` is read with the caller's deps; `round` asks for the run the writes wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [...deps, round],
  );
  return shown?.value;
}
