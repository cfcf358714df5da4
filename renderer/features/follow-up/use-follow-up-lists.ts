// What the follow-up lists view reads, through the v8 indexes: the leads on a list now (leads by
// `followUpList`), the calls that put a lead on a list (the sparse activities index), and what
// those leads did afterwards (their stage changes to a meeting or a win).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Activity } from '../../../shared/domain/lead';
import { followUpPolicyFrom } from '../../../shared/domain/follow-up';
import {
  FOLLOW_UP_VIEW_LISTS,
  type FollowUpViewList,
  type LaterEvent,
  type ListEntry,
} from '../../../shared/domain/follow-up-lists';
import type { StoredLead } from '../../db/schema';
import type { DeskDatabase } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';

export type FollowUpData = {
  leads: StoredLead[];
  entries: ListEntry[];
  events: LaterEvent[];
};

function laterEvent(a: Activity): LaterEvent | null {
  if (a.type === 'stageChange' && a.stageTo === 'meetingScheduled')
    return { leadId: a.leadId, at: a.at, kind: 'meeting' };
  if (a.type === 'stageChange' && (a.stageTo === 'won' || a.stageTo === 'retention'))
    return { leadId: a.leadId, at: a.at, kind: 'won' };
  if (a.type === 'call' && a.disposition === 'meetingBooked')
    return { leadId: a.leadId, at: a.at, kind: 'meeting' };
  return null;
}

export async function loadFollowUpData(db: DeskDatabase): Promise<FollowUpData> {
  const lists = [...FOLLOW_UP_VIEW_LISTS];
  const [leads, puts] = await Promise.all([
    db.leads.where('followUpList').anyOf(lists).toArray(),
    db.activities.where('followUpList').anyOf(lists).toArray(),
  ]);
  const entries: ListEntry[] = puts.map((a) => ({
    leadId: a.leadId,
    list: a.followUpList as FollowUpViewList,
    at: a.at,
    agentId: a.agentId,
    ...(a.objection ? { objection: a.objection } : {}),
  }));
  const ids = [...new Set(entries.map((e) => e.leadId))];
  const later = ids.length ? await db.activities.where('leadId').anyOf(ids).toArray() : [];
  const events = later.map(laterEvent).filter((e): e is LaterEvent => e !== null);
  return { leads, entries, events };
}

export function useFollowUpData(): FollowUpData | undefined {
  const db = useDeskDb();
  return useLiveQuery(() => loadFollowUpData(db), [db]);
}

/** The organisation's re-call delay in days (its setting, else the default). */
export function useRecallDays(): number {
  const db = useDeskDb();
  const value = useLiveQuery(async () => (await db.meta.get('followUp'))?.value ?? null, [db]);
  return followUpPolicyFrom(value).recallDays;
}
