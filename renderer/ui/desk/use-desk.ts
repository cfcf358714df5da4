import { useMemo } from 'react';
import { deskOf } from '../../db/desk';
import type { Desk } from '../../db/run';
import { useDeskDb } from '../../db/use-desk-db';
import { useAppStore } from '../../store/use-app-store';
import { useOrganisation } from './use-organisation';

/**
 * The desk verbs run on (renderer/db/run.ts): this database, who is signed in and the
 * organisation's rules. Null until both are known.
 */
export function useDesk(): Desk | null {
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const organisation = useOrganisation();
  return useMemo(
    () => (user && organisation ? deskOf(db, user, organisation) : null),
    [db, user, organisation],
  );
}
