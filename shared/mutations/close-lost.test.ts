// Proves closeLost loses the deal with a reason from the list and clears the planned call, and refuses other roles, wrong stages, missing and out-of-scope leads.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID } from '../demo/index';
import type { LostReason } from '../domain/pipeline';
import { closeLost } from './close-lost';
import { outsideReach } from './verb';
import {
  ACT,
  DAY,
  NOW,
  U,
  activityOn,
  effectsOf,
  lead,
  outcome,
  run,
  world,
} from './testing/world';

describe('closeLost', () => {
  it('loses the deal with its reason and the closer’s note, relying on the stage', () => {
    const p = lead('p', {
      stage: 'proposalSent',
      ownerId: U.khalid,
      nextCallAt: NOW + DAY,
      nextCallKind: 'followUp',
    });
    const r = run(closeLost, world({ leads: [p] }), 'khalid', {
      id: ACT,
      leadId: p.id,
      reason: 'competitor',
      note: '  Went with AquaPure  ',
    });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [
          {
            id: p.id,
            patch: {
              stage: 'lost',
              stageChangedAt: NOW,
              lostReason: 'competitor',
              nextCallAt: null,
              nextCallKind: null,
              updatedAt: NOW,
            },
            expect: { stage: 'proposalSent' },
          },
        ],
        activities: [
          activityOn('khalid', p, {
            id: ACT,
            type: 'stageChange',
            at: NOW,
            stageTo: 'lost',
            note: 'Went with AquaPure',
            lostReason: 'competitor',
          }),
        ],
      },
    });
    expect(outsideReach(closeLost, effectsOf(r).effects, U.khalid)).toBeNull();
  });

  it('names the competitor the deal went to, trimmed, and only with that reason', () => {
    const p = lead('p', { stage: 'proposalSent', ownerId: U.khalid });
    const lose = (reason: LostReason, competitor?: string) =>
      run(closeLost, world({ leads: [p] }), 'khalid', {
        id: ACT,
        leadId: p.id,
        reason,
        ...(competitor === undefined ? {} : { competitor }),
      });
    expect(effectsOf(lose('competitor', ' AquaPure ')).effects.activities?.[0]).toMatchObject({
      stageTo: 'lost',
      lostReason: 'competitor',
      competitor: 'AquaPure',
    });
    const blank = effectsOf(lose('competitor', '  ')).effects.activities?.[0];
    expect(blank?.lostReason).toBe('competitor');
    expect(blank && 'competitor' in blank).toBe(false);
    expect(effectsOf(lose('price')).effects.activities?.[0]?.lostReason).toBe('price');
    expect(outcome(lose('price', 'AquaPure'))).toBe('invalidArgs');
    expect(
      closeLost.args.safeParse({
        leadId: p.id,
        reason: 'competitor',
        competitor: 'x'.repeat(201),
        at: NOW,
      }).success,
    ).toBe(false);
  });

  it('needs a reason from the list', () => {
    const p = lead('p', { stage: 'proposalSent', ownerId: U.khalid });
    for (const reason of ['', 'bored', undefined])
      expect(closeLost.args.safeParse({ leadId: p.id, reason, at: NOW }).success).toBe(false);
  });

  it('refuses a lead already lost', () => {
    const l = lead('l', { stage: 'lost', lostReason: 'price', ownerId: U.khalid });
    expect(
      outcome(
        run(closeLost, world({ leads: [l] }), 'khalid', { id: ACT, leadId: l.id, reason: 'price' }),
      ),
    ).toBe('notAllowedInStage');
  });

  it('is the closer’s alone, on a lead in their scope', () => {
    const p = lead('p', { stage: 'proposalSent', ownerId: U.khalid });
    const other = lead('o', { stage: 'proposalSent', ownerId: U.burak, teamId: ISTANBUL_TEAM_ID });
    const state = world({ leads: [p, other] });
    const lose = (who: 'faisal' | 'khalid', leadId: typeof p.id) =>
      outcome(run(closeLost, state, who, { id: ACT, leadId, reason: 'price' }));
    expect(lose('faisal', p.id)).toBe('forbidden');
    expect(lose('khalid', lead('gone').id)).toBe('leadNotFound');
    expect(lose('khalid', other.id)).toBe('outOfScope');
  });
});
