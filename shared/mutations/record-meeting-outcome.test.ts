// Proves recordMeetingOutcome records held and no-show once per meeting time with the booking hunter on the row, moves a rescheduled meeting (pending again), and refuses early, repeated, timeless, past and wrong-stage outcomes and anyone but a closer.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID } from '../demo/index';
import type { Meeting } from '../domain/lead';
import { recordMeetingOutcome } from './record-meeting-outcome';
import { outsideReach } from './verb';
import {
  ACT,
  DAY,
  HOUR,
  NOW,
  U,
  activityOn,
  effectsOf,
  lead,
  outcome,
  run,
  world,
} from './testing/world';

const MEETING: Meeting = {
  at: NOW - HOUR,
  closerId: U.khalid,
  bookedBy: U.faisal,
  bookedAt: NOW - 2 * DAY,
  note: 'Wants a demo',
};
const booked = (over: Partial<Meeting> = {}) =>
  lead('m', { stage: 'meetingScheduled', ownerId: U.khalid, meeting: { ...MEETING, ...over } });

describe('recordMeetingOutcome', () => {
  it('records a held meeting on the lead and as a meeting row naming the hunter who booked it', () => {
    const m = booked();
    const r = run(recordMeetingOutcome, world({ leads: [m] }), 'khalid', {
      id: ACT,
      leadId: m.id,
      outcome: 'held',
      note: ' Tasted the water ',
    });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [
          {
            id: m.id,
            patch: { meeting: { ...MEETING, outcome: 'held', outcomeAt: NOW }, updatedAt: NOW },
          },
        ],
        activities: [
          activityOn('khalid', m, {
            id: ACT,
            type: 'meeting',
            at: NOW,
            disposition: 'held',
            note: 'Tasted the water',
            bookedBy: U.faisal,
          }),
        ],
      },
    });
    expect(outsideReach(recordMeetingOutcome, effectsOf(r).effects, U.khalid)).toBeNull();
  });

  it('records a no-show, and refuses a second outcome for the same meeting time', () => {
    const m = booked();
    const r = effectsOf(
      run(recordMeetingOutcome, world({ leads: [m] }), 'khalid', {
        id: ACT,
        leadId: m.id,
        outcome: 'noShow',
      }),
    );
    expect(r.effects.leads?.[0]?.patch?.meeting).toEqual({
      ...MEETING,
      outcome: 'noShow',
      outcomeAt: NOW,
    });
    expect(r.effects.activities?.[0]).toMatchObject({ disposition: 'noShow', bookedBy: U.faisal });
    const missed = booked({ outcome: 'noShow', outcomeAt: NOW - 1 });
    expect(
      outcome(
        run(recordMeetingOutcome, world({ leads: [missed] }), 'khalid', {
          id: ACT,
          leadId: missed.id,
          outcome: 'held',
        }),
      ),
    ).toBe('meetingOutcomeRecorded');
  });

  it('moves a rescheduled meeting to its new time, pending again', () => {
    const missed = booked({ outcome: 'noShow', outcomeAt: NOW - 1 });
    const r = effectsOf(
      run(recordMeetingOutcome, world({ leads: [missed] }), 'khalid', {
        id: ACT,
        leadId: missed.id,
        outcome: 'rescheduled',
        meetingAt: NOW + 2 * DAY,
      }),
    );
    expect(r.effects.leads?.[0]?.patch).toEqual({
      meeting: { ...MEETING, at: NOW + 2 * DAY },
      updatedAt: NOW,
    });
    expect(r.effects.activities?.[0]).toMatchObject({
      type: 'meeting',
      disposition: 'rescheduled',
      bookedBy: U.faisal,
    });
  });

  it('refuses a meeting not yet due, a reschedule without a time or into the past, and a lead without a meeting', () => {
    const later = lead('l', {
      stage: 'meetingScheduled',
      ownerId: U.khalid,
      meeting: { ...MEETING, at: NOW + 2 * HOUR },
    });
    const m = booked();
    const proposal = lead('p', { stage: 'proposalSent', ownerId: U.khalid, meeting: MEETING });
    const state = world({ leads: [later, m, proposal] });
    const rec = (leadId: typeof m.id, extra: object) =>
      outcome(run(recordMeetingOutcome, state, 'khalid', { id: ACT, leadId, ...extra } as never));
    expect(rec(later.id, { outcome: 'noShow' })).toBe('meetingNotDue');
    // Within the hour before its time: the guest came early.
    expect(
      outcome(
        run(recordMeetingOutcome, world({ leads: [booked({ at: NOW + HOUR / 2 })] }), 'khalid', {
          id: ACT,
          leadId: m.id,
          outcome: 'held',
        }),
      ),
    ).toBe('ok');
    expect(rec(m.id, { outcome: 'rescheduled' })).toBe('meetingMissing');
    expect(rec(m.id, { outcome: 'rescheduled', meetingAt: NOW - 1 })).toBe('meetingInPast');
    expect(rec(proposal.id, { outcome: 'held' })).toBe('notAllowedInStage');
  });

  it('is the closer’s alone, on a lead in their scope', () => {
    const m = booked();
    const other = lead('o', {
      stage: 'meetingScheduled',
      ownerId: U.burak,
      teamId: ISTANBUL_TEAM_ID,
      meeting: MEETING,
    });
    const state = world({ leads: [m, other] });
    const rec = (who: 'faisal' | 'khalid', leadId: typeof m.id) =>
      outcome(run(recordMeetingOutcome, state, who, { id: ACT, leadId, outcome: 'held' }));
    expect(rec('faisal', m.id)).toBe('forbidden');
    expect(rec('khalid', other.id)).toBe('outOfScope');
    expect(rec('khalid', lead('gone').id)).toBe('leadNotFound');
  });
});
