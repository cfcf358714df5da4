// Proves the closer is reminded of a meeting within ten minutes of its start (not earlier, not
// after it began, not once recorded) and of a due proposal follow-up; that proposals sort by
// follow-up date and hand-offs by meeting time; and that the hunter's note is not repeated.
import { describe, expect, it } from 'vitest';
import { testLead } from '../../../shared/domain/testing/lead';
import type { Lead, Meeting } from '../../../shared/domain/lead';
import type { UserId } from '../../../shared/domain/ids';
import {
  byFollowUp,
  byMeetingTime,
  dueReminders,
  followUpDue,
  groupReminders,
  notesBesideHandOff,
} from './closer-reminders';

const NOW = Date.UTC(2026, 11, 2, 9);
const MIN = 60_000;
const meeting = (at: number, over: Partial<Meeting> = {}): Meeting => ({
  at,
  closerId: 'k' as UserId,
  bookedBy: 'h' as UserId,
  bookedAt: NOW - 86_400_000,
  note: '',
  ...over,
});
const booked = (id: string, at: number, over: Partial<Meeting> = {}): Lead =>
  testLead(id, { name: id, stage: 'meetingScheduled', meeting: meeting(at, over) });
const proposal = (id: string, nextCallAt: number | null): Lead =>
  testLead(id, { name: id, stage: 'proposalSent', nextCallAt, nextCallKind: 'followUp' });

describe('closer reminders', () => {
  it('reminds of a meeting in the ten minutes before it starts, once per meeting time', () => {
    const leads = [
      booked('soon', NOW + 9 * MIN),
      booked('edge', NOW + 10 * MIN),
      booked('later', NOW + 11 * MIN),
      booked('started', NOW - MIN),
      booked('recorded', NOW + 5 * MIN, { outcome: 'held', outcomeAt: NOW }),
    ];
    const r = dueReminders(leads, NOW);
    expect(r.map((x) => x.name)).toEqual(['soon', 'edge']);
    expect(r[0]).toMatchObject({ kind: 'meeting', key: `meeting:soon:${NOW + 9 * MIN}` });
    expect(dueReminders(leads, NOW, 15).map((x) => x.name)).toEqual(['soon', 'edge', 'later']);
  });

  it('reminds of a proposal whose follow-up is due, not of one still ahead', () => {
    const due = proposal('due', NOW - 1);
    const ahead = proposal('ahead', NOW + 1);
    expect(followUpDue(due, NOW)).toBe(true);
    expect(followUpDue(ahead, NOW)).toBe(false);
    expect(followUpDue({ ...due, nextCallKind: 'callback' }, NOW)).toBe(false);
    expect(dueReminders([ahead, due], NOW)).toEqual([
      {
        kind: 'followUp',
        key: `followUp:due:${NOW - 1}`,
        leadId: due.id,
        name: 'due',
        at: NOW - 1,
      },
    ]);
  });

  it('sorts proposals by follow-up date and hand-offs by meeting time, soonest first', () => {
    const p = [proposal('c', null), proposal('b', NOW + 2), proposal('a', NOW + 1)];
    expect(byFollowUp(p).map((l) => l.name)).toEqual(['a', 'b', 'c']);
    const m = [booked('z', NOW + 3 * MIN), booked('y', NOW + MIN), testLead('x', { name: 'x' })];
    expect(byMeetingTime(m).map((l) => l.name)).toEqual(['y', 'z', 'x']);
  });

  it('shows the lead’s earlier notes without repeating the hunter’s hand-off note', () => {
    const note = 'Wants a demo for the whole office on Tuesday';
    expect(notesBesideHandOff(`Met at the fair\n${note}`, note)).toBe('Met at the fair');
    expect(notesBesideHandOff(note, note)).toBe('');
    expect(notesBesideHandOff('Met at the fair', note)).toBe('Met at the fair');
    expect(notesBesideHandOff('Met at the fair', '')).toBe('Met at the fair');
  });

  it('shows meetings one by one and several due follow-ups as one line', () => {
    const leads = [
      booked('m', NOW + 5 * MIN),
      proposal('a', NOW - 3),
      proposal('b', NOW - 2),
      proposal('c', NOW - 1),
    ];
    const all = groupReminders(dueReminders(leads, NOW));
    expect(all.meetings.map((r) => r.name)).toEqual(['m']);
    expect(all.followUps).toEqual([]);
    expect(all.followUpCount).toBe(3);
    const one = groupReminders(dueReminders([proposal('a', NOW - 1)], NOW));
    expect(one.followUps.map((r) => r.name)).toEqual(['a']);
  });
});
