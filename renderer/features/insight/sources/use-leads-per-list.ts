// Leads per list for the sources funnel: the kept tallies (db/tallies.ts), moved with every lead
// written, never a scan of the leads.
import { useMemo } from 'react';
import { listStageCounts } from '../../../db/assignment';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeskDb } from '../../../db/use-desk-db';

/** List name → leads on it now ('' for leads without a list); undefined until first known. */
export function useLeadsPerList(): ReadonlyMap<string, number> | undefined {
  const db = useDeskDb();
  const lists = useLiveQuery(() => listStageCounts(db), [db]);
  return useMemo(
    () => (lists ? new Map(lists.map((l) => [l.listName ?? '', l.total])) : undefined),
    [lists],
  );
}
