import type { ReassignResult } from '../../../db/assignment';
import { reassignLeads } from '../../../db/assignment';
import { useDesk } from '../../../ui/desk/use-desk';
import type { ReassignRequest } from '../components/ReassignDialog';

export type Reassign = (
  request: ReassignRequest,
  onProgress: (done: number, total: number) => void,
) => Promise<ReassignResult>;

/**
 * Moves the requested leads to their targets (reassignLeads verbs). Null until someone is
 * signed in (the move is theirs, within the teams they lead).
 */
export function useReassign(): Reassign | null {
  const desk = useDesk();
  if (!desk) return null;
  return (request, onProgress) =>
    reassignLeads(desk, request.ids, request.targets, {
      includeClosed: request.includeClosed,
      onProgress,
    });
}
