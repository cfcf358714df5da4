// How many leads the desk holds, for the area header: the kept tally (tallies.ts), moved with
// every lead written, so even the first open of a desk of a million leads shows it at once.
import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskDatabase } from './schema';
import { ALL_KEY } from './tallies';

/** The desk's lead count, from the kept tally. */
export async function leadCount(db: DeskDatabase): Promise<number> {
  return (await db.tallies.get(ALL_KEY))?.n ?? 0;
}

/** The desk's lead count, following every lead written. */
export function useLeadCount(db: DeskDatabase): number | undefined {
  return useLiveQuery(() => leadCount(db), [db]);
}
