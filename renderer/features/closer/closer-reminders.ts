// What the closer is reminded of: a meeting starting within the next minutes (not yet recorded),
// and a proposal whose follow-up call is due. Each reminder has a key so it is raised once.
import type { Lead } from '../../../shared/domain/lead';

/** Minutes before a meeting that its reminder comes. */
export const MEETING_REMINDER_MINUTES = 10;

export type CloserReminder =
  | { kind: 'meeting'; key: string; leadId: Lead['id']; name: string; at: number }
  | { kind: 'followUp'; key: string; leadId: Lead['id']; name: string; at: number };

type ReminderLead = Pick<Lead, 'id' | 'name' | 'stage' | 'meeting' | 'nextCallAt' | 'nextCallKind'>;

/** True when a proposal's follow-up call has fallen due. */
export function followUpDue(lead: ReminderLead, now: number): boolean {
  return (
    lead.stage === 'proposalSent' &&
    lead.nextCallKind === 'followUp' &&
    lead.nextCallAt !== null &&
    lead.nextCallAt <= now
  );
}

/**
 * The reminders due at `now`: meetings starting within `minutes` (up to their start; one that
 * has begun is no longer announced) and due proposal follow-ups, soonest first.
 */
export function dueReminders(
  leads: readonly ReminderLead[],
  now: number,
  minutes = MEETING_REMINDER_MINUTES,
): CloserReminder[] {
  const out: CloserReminder[] = [];
  for (const l of leads) {
    const m = l.meeting;
    if (
      l.stage === 'meetingScheduled' &&
      m &&
      !m.outcome &&
      m.at > now &&
      m.at - now <= minutes * 60_000
    )
      out.push({
        kind: 'meeting',
        key: `meeting:${l.id}:${m.at}`,
        leadId: l.id,
        name: l.name,
        at: m.at,
      });
    if (followUpDue(l, now) && l.nextCallAt !== null)
      out.push({
        kind: 'followUp',
        key: `followUp:${l.id}:${l.nextCallAt}`,
        leadId: l.id,
        name: l.name,
        at: l.nextCallAt,
      });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Proposals by their follow-up date, soonest (most overdue) first; none planned last. */
export function byFollowUp<T extends Pick<Lead, 'nextCallAt'>>(leads: readonly T[]): T[] {
  const when = (l: T) => l.nextCallAt ?? Number.POSITIVE_INFINITY;
  return [...leads].sort((a, b) => when(a) - when(b));
}

/** Hand-offs by meeting time, soonest first; one without a meeting last. */
export function byMeetingTime<T extends Pick<Lead, 'meeting'>>(leads: readonly T[]): T[] {
  const when = (l: T) => l.meeting?.at ?? Number.POSITIVE_INFINITY;
  return [...leads].sort((a, b) => when(a) - when(b));
}

/**
 * The lead's notes without the hunter's hand-off note, which is shown above them: the hand-off
 * appended it to the notes as its last entry (lead-change.ts appendNote).
 */
export function notesBesideHandOff(notes: string, handOffNote: string | undefined): string {
  const note = handOffNote?.trim();
  if (!note) return notes.trim();
  const at = notes.lastIndexOf(note);
  if (at === -1) return notes.trim();
  return (notes.slice(0, at) + notes.slice(at + note.length)).trim();
}

/**
 * What to show of the reminders: each meeting on its own; follow-ups one by one while there are
 * few, otherwise as one line counting them (a morning with a dozen due is one reminder, not a wall).
 */
export function groupReminders(
  reminders: readonly CloserReminder[],
  maxFollowUps = 1,
): { meetings: CloserReminder[]; followUps: CloserReminder[]; followUpCount: number } {
  const meetings = reminders.filter((r) => r.kind === 'meeting');
  const followUps = reminders.filter((r) => r.kind === 'followUp');
  return {
    meetings,
    followUps: followUps.length <= maxFollowUps ? followUps : [],
    followUpCount: followUps.length,
  };
}
