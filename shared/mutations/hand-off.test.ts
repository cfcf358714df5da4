// Proves handOff books the meeting and gives the lead to an enabled closer, with exact effects, and refuses everything else.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID } from '../demo/index';
import { uuidv7At, type ActivityId } from '../domain/ids';
import { handOff } from './hand-off';
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
  retired,
  run,
  world,
} from './testing/world';

const RETIRED_CLOSER = retired('01900000-0000-7000-8000-000000000901', ['closer']);

describe('handOff', () => {
  it('books the meeting and hands the lead to the closer, relying on its stage and owner', () => {
    const a = lead('a', { stage: 'qualified', notes: 'Owner decides' });
    const r = run(handOff, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      closerId: U.khalid,
      meetingAt: NOW + DAY,
      durationSec: 240,
      note: ' Wants a demo on Tuesday ',
    });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [
          {
            id: a.id,
            patch: {
              updatedAt: NOW,
              attempts: 0,
              touches: 1,
              stage: 'meetingScheduled',
              stageChangedAt: NOW,
              lostReason: null,
              ownerId: U.khalid,
              meeting: {
                at: NOW + DAY,
                closerId: U.khalid,
                bookedBy: U.faisal,
                bookedAt: NOW,
                note: 'Wants a demo on Tuesday',
              },
              nextCallAt: null,
              nextCallKind: null,
              followUpList: 'none',
              notes: 'Owner decides\nWants a demo on Tuesday',
            },
            expect: { stage: 'qualified', ownerId: U.faisal },
          },
        ],
        activities: [
          activityOn('faisal', a, {
            id: ACT,
            type: 'call',
            at: NOW,
            durationSec: 240,
            disposition: 'meetingBooked',
            note: 'Wants a demo on Tuesday',
          }),
          activityOn('faisal', a, {
            id: uuidv7At(ACT, NOW + 1) as ActivityId,
            type: 'stageChange',
            at: NOW + 1,
            stageTo: 'meetingScheduled',
          }),
        ],
      },
    });
    expect(outsideReach(handOff, effectsOf(r).effects, U.faisal)).toBeNull();
  });

  it('needs an enabled closer', () => {
    const a = lead('a');
    const state = world({ leads: [a], users: [RETIRED_CLOSER] });
    const handTo = (closerId: typeof U.khalid) =>
      outcome(
        run(handOff, state, 'faisal', { id: ACT, leadId: a.id, closerId, meetingAt: NOW + DAY }),
      );
    expect(handTo(U.mona)).toBe('closerInvalid');
    expect(handTo(RETIRED_CLOSER.id)).toBe('closerInvalid');
    expect(handTo('01900000-0000-7000-8000-000000000999' as typeof U.khalid)).toBe('closerInvalid');
    // A closer of another team may take the meeting.
    expect(handTo(U.burak)).toBe('ok');
  });

  it('refuses a meeting that is not in the future, and a lead already won', () => {
    const a = lead('a');
    const won = lead('w', { stage: 'won' });
    const state = world({ leads: [a, won] });
    expect(
      outcome(
        run(handOff, state, 'faisal', {
          id: ACT,
          leadId: a.id,
          closerId: U.khalid,
          meetingAt: NOW,
        }),
      ),
    ).toBe('meetingInPast');
    expect(
      outcome(
        run(handOff, state, 'faisal', {
          id: ACT,
          leadId: won.id,
          closerId: U.khalid,
          meetingAt: NOW + HOUR,
        }),
      ),
    ).toBe('notAllowedInStage');
  });

  it('is the hunter’s alone, on a lead in their scope', () => {
    const a = lead('a');
    const other = lead('o', { ownerId: U.emre, teamId: ISTANBUL_TEAM_ID });
    const state = world({ leads: [a, other] });
    const book = (who: 'faisal' | 'khalid' | 'omar', leadId: typeof a.id) =>
      outcome(
        run(handOff, state, who, { id: ACT, leadId, closerId: U.khalid, meetingAt: NOW + DAY }),
      );
    expect(book('khalid', a.id)).toBe('forbidden');
    expect(book('omar', a.id)).toBe('forbidden');
    expect(book('faisal', lead('gone').id)).toBe('leadNotFound');
    expect(book('faisal', other.id)).toBe('outOfScope');
  });
});
