// Proves sendProposal records the proposal and plans its follow-up inside the lead's calling hours, and refuses bad amounts, wrong stages, non-closers and other teams' leads.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID, PRO_500_ID } from '../demo/index';
import { sendProposal } from './send-proposal';
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

const OFFER = { productId: PRO_500_ID, amount: 1890, currency: 'SAR' };

describe('sendProposal', () => {
  it('sends the proposal after the meeting and plans the follow-up three days on', () => {
    const m = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid });
    const r = run(sendProposal, world({ leads: [m] }), 'khalid', {
      id: ACT,
      leadId: m.id,
      ...OFFER,
    });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [
          {
            id: m.id,
            patch: {
              stage: 'proposalSent',
              stageChangedAt: NOW,
              lostReason: null,
              proposal: { ...OFFER, at: NOW },
              nextCallAt: NOW + 3 * DAY,
              nextCallKind: 'followUp',
              updatedAt: NOW,
            },
            expect: { stage: 'meetingScheduled' },
          },
        ],
        activities: [
          activityOn('khalid', m, {
            id: ACT,
            type: 'stageChange',
            at: NOW,
            stageTo: 'proposalSent',
            amount: 1890,
            currency: 'SAR',
          }),
        ],
      },
    });
    expect(outsideReach(sendProposal, effectsOf(r).effects, U.khalid)).toBeNull();
  });

  it('moves a follow-up that would fall at night to the next morning in the lead’s timezone', () => {
    const m = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid });
    // 22:00 in Riyadh; three days later is 22:00 too, outside 09:00–20:00.
    const at = Date.UTC(2026, 10, 23, 19);
    const r = run(sendProposal, world({ leads: [m] }), 'khalid', {
      id: ACT,
      leadId: m.id,
      ...OFFER,
      at,
    });
    expect(effectsOf(r).effects.leads?.[0]?.patch?.nextCallAt).toBe(Date.UTC(2026, 10, 27, 6));
  });

  it('sends a quote: its record goes on the proposal and on the activity', () => {
    const m = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid });
    const quote = {
      number: 'Q-20261123-000001',
      listPrice: 189,
      discountKind: 'percent' as const,
      discountValue: 10,
      validUntil: NOW + 14 * DAY,
      language: 'ar' as const,
    };
    const offer = { ...OFFER, amount: 170.1, quote };
    const r = effectsOf(
      run(sendProposal, world({ leads: [m] }), 'khalid', { id: ACT, leadId: m.id, ...offer }),
    );
    expect(r.effects.leads?.[0]?.patch?.proposal).toEqual({
      productId: PRO_500_ID,
      amount: 170.1,
      currency: 'SAR',
      at: NOW,
      quote,
    });
    expect(r.effects.activities?.[0]).toMatchObject({ type: 'stageChange', amount: 170.1, quote });
    expect(outsideReach(sendProposal, r.effects, U.khalid)).toBeNull();
  });

  it('refuses a quote whose total is not the amount, or that has already run out', () => {
    const m = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid });
    const state = world({ leads: [m] });
    const quote = {
      number: 'Q-20261123-000001',
      listPrice: 189,
      discountKind: 'amount' as const,
      discountValue: 19,
      validUntil: NOW + DAY,
      language: 'tr' as const,
    };
    const send = (amount: number, q: typeof quote) =>
      outcome(
        run(sendProposal, state, 'khalid', { id: ACT, leadId: m.id, ...OFFER, amount, quote: q }),
      );
    expect(send(170, quote)).toBe('ok');
    expect(send(189, quote)).toBe('dealAmountInvalid');
    expect(send(170, { ...quote, discountValue: 189 })).toBe('dealAmountInvalid');
    expect(send(170, { ...quote, validUntil: NOW })).toBe('invalidArgs');
  });

  it('refuses an amount that is not positive and a lead not yet met', () => {
    const m = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid });
    const fresh = lead('f', { ownerId: U.khalid });
    const state = world({ leads: [m, fresh] });
    expect(
      outcome(run(sendProposal, state, 'khalid', { id: ACT, leadId: m.id, ...OFFER, amount: 0 })),
    ).toBe('dealAmountInvalid');
    expect(
      outcome(run(sendProposal, state, 'khalid', { id: ACT, leadId: fresh.id, ...OFFER })),
    ).toBe('notAllowedInStage');
  });

  it('is the closer’s alone, on a lead in their scope', () => {
    const m = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid });
    const other = lead('o', {
      stage: 'meetingScheduled',
      ownerId: U.burak,
      teamId: ISTANBUL_TEAM_ID,
    });
    const state = world({ leads: [m, other] });
    const send = (who: 'faisal' | 'khalid', leadId: typeof m.id) =>
      outcome(run(sendProposal, state, who, { id: ACT, leadId, ...OFFER }));
    expect(send('faisal', m.id)).toBe('forbidden');
    expect(send('khalid', lead('gone').id)).toBe('leadNotFound');
    expect(send('khalid', other.id)).toBe('outOfScope');
  });

  it('says nothing about a lead out of scope: not its stage, not whether the amount would do', () => {
    // Another team's lead in a stage a proposal cannot follow, and a bad amount: both checks
    // would answer differently for a lead the closer could see.
    const other = lead('o', { stage: 'lead', ownerId: U.burak, teamId: ISTANBUL_TEAM_ID });
    const state = world({ leads: [other] });
    for (const amount of [1890, -1])
      expect(
        outcome(
          run(sendProposal, state, 'khalid', { id: ACT, leadId: other.id, ...OFFER, amount }),
        ),
      ).toBe('outOfScope');
  });
});
