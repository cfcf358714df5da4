// A lead's chain of touches (DOMAIN.md: most customers buy after 7 touches; build a chain of
// 10–12 by call, e-mail, message and meeting, and control it): the touches done, from the
// history, and those planned — the next call and the meeting — then open places up to the goal.
import { CONVERSATION, DISPOSITIONS, type Disposition } from './dispositions';
import type { Activity, Lead, MessageChannel, NextCallKind } from './lead';

export type DoneTouch = {
  activityId: Activity['id'];
  at: number;
  kind: 'call' | 'message' | 'meeting';
  channel?: MessageChannel;
};

export type PlannedTouch =
  | { kind: 'call'; at: number; reason: NextCallKind | null }
  | { kind: 'meeting'; at: number }
  /** A place in the chain nobody has planned yet. */
  | { kind: 'open'; at: null };

export type TouchChain = {
  goal: number;
  /** Touches so far: the lead's own count (older ones may not be on this desk). */
  count: number;
  /** Done touches found in the history, oldest first. */
  done: DoneTouch[];
  /** Touches counted on the lead but not in the history this desk holds. */
  unseen: number;
  /** Planned touches in time order, then the open places up to the goal. */
  planned: PlannedTouch[];
  reached: boolean;
};

/**
 * Whether an activity was a touch the lead noticed: a call where someone talked or a voicemail
 * was left (dispositions.ts counts the same), a message, a meeting held.
 */
export function touchOf(a: Activity): DoneTouch | null {
  if (a.type === 'message')
    return {
      activityId: a.id,
      at: a.at,
      kind: 'message',
      ...(a.channel ? { channel: a.channel } : {}),
    };
  if (a.type === 'meeting') return { activityId: a.id, at: a.at, kind: 'meeting' };
  if (a.type === 'call' && a.disposition && isDisposition(a.disposition)) {
    const d = a.disposition;
    return CONVERSATION[d] || d === 'voicemail'
      ? { activityId: a.id, at: a.at, kind: 'call' }
      : null;
  }
  return null;
}

const isDisposition = (value: string): value is Disposition =>
  (DISPOSITIONS as readonly string[]).includes(value);

/** The chain of one lead at `now`, towards `goal` touches. */
export function touchChain(
  lead: Pick<Lead, 'touches' | 'nextCallAt' | 'nextCallKind' | 'meeting' | 'stage' | 'doNotCall'>,
  activities: readonly Activity[],
  goal: number,
  now: number,
): TouchChain {
  const done = activities
    .map(touchOf)
    .filter((t): t is DoneTouch => t !== null)
    .sort((a, b) => a.at - b.at || (a.activityId < b.activityId ? -1 : 1));
  const count = Math.max(lead.touches, done.length);
  const planned: PlannedTouch[] = [];
  // A lost lead or one that asked not to be called has no further touches planned.
  const ended = lead.stage === 'lost' || lead.doNotCall;
  if (!ended) {
    if (lead.nextCallAt !== null)
      planned.push({ kind: 'call', at: lead.nextCallAt, reason: lead.nextCallKind });
    const meeting = lead.meeting;
    if (meeting && meeting.at >= now && !meeting.outcome)
      planned.push({ kind: 'meeting', at: meeting.at });
    planned.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
    for (let i = count + planned.length; i < goal; i++) planned.push({ kind: 'open', at: null });
  }
  return {
    goal,
    count,
    done,
    unseen: Math.max(0, count - done.length),
    planned,
    reached: count >= goal,
  };
}
