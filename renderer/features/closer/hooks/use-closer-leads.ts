import { useLiveQuery } from 'dexie-react-hooks';
import { closerInbox, closerProposals } from '../../../db/leads-repo';
import type { StoredLead } from '../../../db/schema';
import { useDeskDb } from '../../../db/use-desk-db';
import { useAppStore } from '../../../store/use-app-store';
import { byFollowUp, byMeetingTime } from '../closer-reminders';

export type CloserLeads = {
  /** Meetings handed off to this closer, by meeting time, soonest first. */
  inbox: StoredLead[];
  /** Leads this closer has sent a proposal for, by follow-up date, soonest (most overdue) first. */
  proposals: StoredLead[];
};

/** The signed-in closer's hand-off inbox and open proposals. */
export function useCloserLeads(): CloserLeads {
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const inbox =
    useLiveQuery(
      async () => (user ? byMeetingTime(await closerInbox(db, user.id)) : []),
      [db, user],
    ) ?? [];
  const proposals =
    useLiveQuery(
      async () => (user ? byFollowUp(await closerProposals(db, user.id)) : []),
      [db, user],
    ) ?? [];
  return { inbox, proposals };
}
