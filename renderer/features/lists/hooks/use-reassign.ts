import type { ReassignResult } from '../../../db/assignment';
import { reassignLeads } from '../../../db/assignment';
import { useDeskDb } from '../../../db/use-desk-db';
import { useAppStore } from '../../../store/use-app-store';
import type { ReassignRequest } from '../components/ReassignDialog';

export type Reassign = (
  request: ReassignRequest,
  onProgress: (done: number, total: number) => void,
) => Promise<ReassignResult>;

/**
 * Moves the requested leads to their targets: the lists screen's one `reassignLeads`. Null
 * until someone is signed in (the move is recorded as theirs).
 */
export function useReassign(): Reassign | null {
  const db = useDeskDb();
  const me = useAppStore((s) => s.user);
  if (!me) return null;
  return (request, onProgress) =>
    reassignLeads(db, request.ids, request.targets, {
      by: me.id,
      includeClosed: request.includeClosed,
      onProgress,
    });
}
