// Proves qualify stores the BANT answers, qualifies a fresh lead only on four "yes" answers, and refuses farmers, missing and out-of-scope leads.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID } from '../demo/index';
import type { Bant } from '../domain/lead';
import { qualify } from './qualify';
import { outsideReach } from './verb';
import { ACT, NOW, U, activityOn, effectsOf, lead, outcome, run, world } from './testing/world';

const yes = (note: string) => ({ met: true, note });
const ALL_MET: Bant = {
  budget: yes('1,500 SAR/month'),
  authority: yes('Owner'),
  need: yes('40 staff'),
  timeline: yes('This month'),
};

describe('qualify', () => {
  it('qualifies a fresh lead on four "yes" answers, relying on its stage', () => {
    const a = lead('a');
    const r = run(qualify, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      bant: ALL_MET,
    });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [
          {
            id: a.id,
            patch: {
              bant: ALL_MET,
              updatedAt: NOW,
              stage: 'qualified',
              stageChangedAt: NOW,
              lostReason: null,
            },
            expect: { stage: 'lead' },
          },
        ],
        activities: [
          activityOn('faisal', a, { id: ACT, type: 'stageChange', at: NOW, stageTo: 'qualified' }),
        ],
      },
    });
    expect(outsideReach(qualify, effectsOf(r).effects, U.faisal)).toBeNull();
  });

  it('only stores the answers while one is missing or the lead is past the first stage', () => {
    const a = lead('a');
    const m = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid });
    const state = world({ leads: [a, m] });
    const partial = { ...ALL_MET, authority: { met: null, note: 'Ask the owner' } };
    expect(
      effectsOf(run(qualify, state, 'faisal', { id: ACT, leadId: a.id, bant: partial })).effects,
    ).toEqual({ leads: [{ id: a.id, patch: { bant: partial, updatedAt: NOW } }] });
    expect(
      effectsOf(run(qualify, state, 'khalid', { id: ACT, leadId: m.id, bant: ALL_MET })).effects,
    ).toEqual({ leads: [{ id: m.id, patch: { bant: ALL_MET, updatedAt: NOW } }] });
  });

  it('refuses a farmer, a missing lead and another team’s lead', () => {
    const a = lead('a', { ownerId: U.noura });
    const other = lead('o', { ownerId: U.emre, teamId: ISTANBUL_TEAM_ID });
    const state = world({ leads: [a, other] });
    const ask = (who: 'noura' | 'faisal', leadId: typeof a.id) =>
      outcome(run(qualify, state, who, { id: ACT, leadId, bant: ALL_MET }));
    expect(ask('noura', a.id)).toBe('forbidden');
    expect(ask('faisal', lead('gone').id)).toBe('leadNotFound');
    expect(ask('faisal', other.id)).toBe('outOfScope');
  });
});
