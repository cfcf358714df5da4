import { useMemo } from 'react';
import type { ActionContext } from '../../db/actions';
import { useDeskDb } from '../../db/use-desk-db';
import { useAppStore } from '../../store/use-app-store';
import { useOrganisation } from './use-organisation';

/** What the domain actions need: the database, who acts, and the organisation's rules. */
export function useActionContext(): ActionContext | null {
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const organisation = useOrganisation();
  return useMemo(
    () => (user && organisation ? { db, agentId: user.id, organisation } : null),
    [db, user, organisation],
  );
}
