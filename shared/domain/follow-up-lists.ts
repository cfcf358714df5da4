// The follow-up lists as a supervisor counts them (DOMAIN.md, seed 002 step 7): how many leads
// were put on each list (re-call, month, quarter), and how many of those later booked a meeting
// or were won — the lists' conversion. Pure: the desk hands in the calls that put leads on a list
// and the later events of those leads.
import type { ObjectionCategory } from './objections';

export const FOLLOW_UP_VIEW_LISTS = ['recall', 'month', 'quarter'] as const;
export type FollowUpViewList = (typeof FOLLOW_UP_VIEW_LISTS)[number];

/** A call that put a lead on a list. */
export type ListEntry = {
  leadId: string;
  list: FollowUpViewList;
  at: number;
  /** Who put it there. */
  agentId: string;
  objection?: ObjectionCategory;
};

/** Something a lead did later that counts as a conversion. */
export type LaterEvent = { leadId: string; at: number; kind: 'meeting' | 'won' };

export type ListConversion = {
  /** Leads put on the list (each lead once, from the first time). */
  put: number;
  /** Of those, leads that booked a meeting afterwards (a won deal counts as one too). */
  meetings: number;
  /** Of those, leads won afterwards. */
  won: number;
  /** meetings / put and won / put; 0 when nobody was put on the list. */
  meetingRate: number;
  wonRate: number;
};

export type ConversionFilter = {
  agentId?: string | null;
  objection?: ObjectionCategory | null;
};

/** Conversion per list, for the entries the filter keeps. */
export function followUpConversion(
  entries: readonly ListEntry[],
  events: readonly LaterEvent[],
  filter: ConversionFilter = {},
): Record<FollowUpViewList, ListConversion> {
  const byLead = new Map<string, LaterEvent[]>();
  for (const e of events) {
    const list = byLead.get(e.leadId);
    if (list) list.push(e);
    else byLead.set(e.leadId, [e]);
  }
  // The first time each lead went on each list.
  const first = new Map<string, ListEntry>();
  for (const e of entries) {
    if (filter.agentId && e.agentId !== filter.agentId) continue;
    if (filter.objection && e.objection !== filter.objection) continue;
    const key = `${e.list}\u0000${e.leadId}`;
    const seen = first.get(key);
    if (!seen || e.at < seen.at) first.set(key, e);
  }
  const result = Object.fromEntries(
    FOLLOW_UP_VIEW_LISTS.map((l) => [
      l,
      { put: 0, meetings: 0, won: 0, meetingRate: 0, wonRate: 0 },
    ]),
  ) as Record<FollowUpViewList, ListConversion>;
  for (const e of first.values()) {
    const r = result[e.list];
    r.put++;
    const later = (byLead.get(e.leadId) ?? []).filter((x) => x.at > e.at);
    const won = later.some((x) => x.kind === 'won');
    if (won || later.some((x) => x.kind === 'meeting')) r.meetings++;
    if (won) r.won++;
  }
  for (const r of Object.values(result)) {
    r.meetingRate = r.put ? r.meetings / r.put : 0;
    r.wonRate = r.put ? r.won / r.put : 0;
  }
  return result;
}
