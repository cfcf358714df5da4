// How many leads the desk holds, for the area header: a kept figure (kept-query.ts), since a
// whole-table count reads every record (about 3 s for 1,000,000 leads on disk).
import { useCallback } from 'react';
import { keptValue, refreshKept, useKeptQuery } from './kept-query';
import type { DeskDatabase } from './schema';

export const LEAD_COUNT_KEY = 'leadCount';

/** The count the desk last made, or null before the first. */
export async function storedLeadCount(db: DeskDatabase): Promise<number | null> {
  return (await keptValue<number>(db, LEAD_COUNT_KEY)) ?? null;
}

/** Counts the leads and keeps the figure for the next time the desk opens. */
export function recountLeads(db: DeskDatabase): Promise<number> {
  return refreshKept(db, LEAD_COUNT_KEY, () => db.leads.count());
}

const LEADS = ['leads'] as const;

/** The desk's lead count: the kept one at once, fresh counts in the background. */
export function useLeadCount(db: DeskDatabase): number | undefined {
  const count = useCallback(() => db.leads.count(), [db]);
  return useKeptQuery(db, LEAD_COUNT_KEY, LEADS, count, 0);
}
