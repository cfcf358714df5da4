// Leads per list for the sources funnel: the lists section's kept count (one [listName+stage]
// index count per list and stage, kept between opens and refreshed as leads change), never a
// scan of the leads.
import { useCallback, useMemo } from 'react';
import { listStageCounts } from '../../../db/assignment';
import { useKeptQuery } from '../../../db/kept-query';
import { useDeskDb } from '../../../db/use-desk-db';

const LEADS = ['leads'] as const;

/** List name → leads on it now ('' for leads without a list); undefined until first known. */
export function useLeadsPerList(): ReadonlyMap<string, number> | undefined {
  const db = useDeskDb();
  const count = useCallback(() => listStageCounts(db), [db]);
  // The same kept figure as the lists overview: one count serves both screens.
  const lists = useKeptQuery(db, 'listStageCounts', LEADS, count);
  return useMemo(
    () => (lists ? new Map(lists.map((l) => [l.listName ?? '', l.total])) : undefined),
    [lists],
  );
}
