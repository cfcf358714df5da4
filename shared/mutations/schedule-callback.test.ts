// Proves scheduleCallback plans the promised call (never in the past), keeps the stage, and refuses non-agents, missing and out-of-scope leads.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID, ISTANBUL_TEAM_ID } from '../demo/index';
import { scheduleCallback } from './schedule-callback';
import { outsideReach } from './verb';
import {
  ACT,
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

describe('scheduleCallback', () => {
  it('plans the call back at the agreed time and keeps the note', () => {
    const m = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid, notes: 'Old' });
    const r = run(scheduleCallback, world({ leads: [m] }), 'khalid', {
      id: ACT,
      leadId: m.id,
      callbackAt: NOW + HOUR,
      durationSec: 95,
      note: 'After lunch',
    });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [
          {
            id: m.id,
            patch: {
              updatedAt: NOW,
              attempts: 0,
              touches: 1,
              nextCallAt: NOW + HOUR,
              nextCallKind: 'callback',
              notes: 'Old\nAfter lunch',
            },
          },
        ],
        activities: [
          activityOn('khalid', m, {
            id: ACT,
            type: 'call',
            at: NOW,
            durationSec: 95,
            disposition: 'callBack',
            note: 'After lunch',
          }),
        ],
      },
    });
    expect(outsideReach(scheduleCallback, effectsOf(r).effects, U.khalid)).toBeNull();
  });

  it('takes a team-queue lead into the agent’s own queue', () => {
    const pool = lead('p', { ownerId: null, teamId: GULF_TEAM_ID });
    const r = run(scheduleCallback, world({ leads: [pool] }), 'mona', {
      id: ACT,
      leadId: pool.id,
      callbackAt: NOW + 3 * HOUR,
    });
    expect(effectsOf(r).effects.leads).toEqual([
      {
        id: pool.id,
        patch: {
          ownerId: U.mona,
          updatedAt: NOW,
          attempts: 0,
          touches: 1,
          nextCallAt: NOW + 3 * HOUR,
          nextCallKind: 'callback',
        },
        expect: { ownerId: null },
      },
    ]);
  });

  it('refuses a call back now or in the past', () => {
    const a = lead('a');
    const state = world({ leads: [a] });
    for (const callbackAt of [NOW, NOW - HOUR])
      expect(
        outcome(run(scheduleCallback, state, 'faisal', { id: ACT, leadId: a.id, callbackAt })),
      ).toBe('callbackInPast');
    // Without a time the arguments do not parse at all.
    expect(scheduleCallback.args.safeParse({ leadId: a.id, at: NOW }).success).toBe(false);
  });

  it('refuses a supervisor, a missing lead and another team’s lead', () => {
    const other = lead('o', { ownerId: U.emre, teamId: ISTANBUL_TEAM_ID });
    const state = world({ leads: [other] });
    const call = (who: 'faisal' | 'omar', leadId: typeof other.id) =>
      outcome(run(scheduleCallback, state, who, { id: ACT, leadId, callbackAt: NOW + HOUR }));
    expect(call('omar', other.id)).toBe('forbidden');
    expect(call('faisal', lead('gone').id)).toBe('leadNotFound');
    expect(call('faisal', other.id)).toBe('outOfScope');
  });
});
