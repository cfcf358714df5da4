// The word pairs of the search index (search-key.ts searchPairs) on a desk that had leads before
// schema v15: until then a lead held only its name's side-by-side pairs, so a search could not
// tell from the pairs that no lead holds two words together. The v15 upgrade notes that the
// desk's older leads still lack pairs (instead of rewriting every lead while the desk waits to
// open); keepSearchPairs then gives them theirs a hundred at a time in the background, and
// notes how far it got, so a desk closed half-way carries on where it stopped. Until it is done,
// searchLeads checks common words the way it did before v15.
import {
  searchKeysOf,
  SEARCH_PAIRS_PENDING_KEY,
  type DeskDatabase,
  type StoredLead,
} from './schema';

/** Leads read (and rewritten where their pairs change) in one transaction. */
const STEP = 100;
/** Pause between two steps, so the agent's own writes and reads go between them. */
const STEP_PAUSE_MS = 20;
/** Delay before the first step, so the desk's first screen is read first. */
const START_DELAY_MS = 5_000;

const kept = new WeakSet<DeskDatabase>();
const running = new WeakSet<DeskDatabase>();

/** Whether every lead on the desk holds its word pairs (true for good once it is). */
export async function searchPairsKept(db: DeskDatabase): Promise<boolean> {
  if (kept.has(db)) return true;
  const pending = await db.meta.get(SEARCH_PAIRS_PENDING_KEY);
  if (pending) return false;
  kept.add(db);
  return true;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((k) => set.has(k));
}

/**
 * One step: the next `step` leads after the one noted, each rewritten when its search keys
 * change, and the note moved on — in one transaction, so a step is done whole or not at all.
 * Returns true when no lead is left (the note is gone).
 */
export async function keepSearchPairsStep(db: DeskDatabase, step = STEP): Promise<boolean> {
  return db.transaction('rw', db.leads, db.meta, async () => {
    const pending = await db.meta.get(SEARCH_PAIRS_PENDING_KEY);
    if (!pending) return true;
    const after = typeof pending.value === 'string' ? pending.value : '';
    const leads = await db.leads.where(':id').above(after).limit(step).toArray();
    const changed: StoredLead[] = [];
    for (const lead of leads) {
      const searchKeys = searchKeysOf(lead);
      if (!sameKeys(searchKeys, lead.searchKeys)) changed.push({ ...lead, searchKeys });
    }
    if (changed.length > 0) await db.leads.bulkPut(changed);
    const last = leads[leads.length - 1];
    if (leads.length < step || !last) {
      await db.meta.delete(SEARCH_PAIRS_PENDING_KEY);
      return true;
    }
    await db.meta.put({ key: SEARCH_PAIRS_PENDING_KEY, value: last.id });
    return false;
  });
}

type Wait = (ms: number) => Promise<void>;
const pause: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Gives the desk's older leads their word pairs in the background, a step at a time; nothing to
 * do on a desk whose leads all have them. Stops quietly when the database closes (sign-out);
 * the next open carries on from the note. Once per database instance.
 */
export async function keepSearchPairs(
  db: DeskDatabase,
  options: { wait?: Wait; startDelayMs?: number } = {},
): Promise<void> {
  if (running.has(db)) return;
  running.add(db);
  const wait = options.wait ?? pause;
  try {
    await wait(options.startDelayMs ?? START_DELAY_MS);
    if (await searchPairsKept(db)) return;
    while (!(await keepSearchPairsStep(db))) await wait(STEP_PAUSE_MS);
    kept.add(db);
  } catch (error) {
    // A closed or deleted database ends the work; anything else is worth a line in the console.
    const name = (error as { name?: string } | null)?.name;
    if (name !== 'DatabaseClosedError' && name !== 'InvalidStateError') {
      console.warn('search pairs: stopped', error);
    }
  } finally {
    running.delete(db);
  }
}
