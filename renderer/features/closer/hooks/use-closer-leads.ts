import { useLiveQuery } from 'dexie-react-hooks';
import { closerInbox, closerProposals } from '../../../db/leads-repo';
import type { StoredLead } from '../../../db/schema';
import { useDeskDb } from '../../../db/use-desk-db';
import { useAppStore } from '../../../store/use-app-store';

export type CloserLeads = {
  /** Meetings handed off to this closer, newest first. */
  inbox: StoredLead[];
  /** Leads this closer has sent a proposal for. */
  proposals: StoredLead[];
};

/** The signed-in closer's hand-off inbox and open proposals. */
export function useCloserLeads(): CloserLeads {
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const inbox =
    useLiveQuery(
      () => (user ? closerInbox(db, user.id) : Promise.resolve([] as StoredLead[])),
      [db, user],
    ) ?? [];
  const proposals =
    useLiveQuery(
      () => (user ? closerProposals(db, user.id) : Promise.resolve([] as StoredLead[])),
      [db, user],
    ) ?? [];
  return { inbox, proposals };
}
