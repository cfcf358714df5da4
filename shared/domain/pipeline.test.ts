import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEAD_STAGES } from './lead';
import { LOST_REASONS, TRANSITIONS, canTransition, transition } from './pipeline';

describe('pipeline', () => {
  it('walks the happy path lead → qualified → meeting → proposal → won → retention', () => {
    const path = [
      'lead',
      'qualified',
      'meetingScheduled',
      'proposalSent',
      'won',
      'retention',
    ] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('refuses skipping from a cold lead to a proposal, or un-winning a deal into a proposal', () => {
    expect(transition({ stage: 'lead', lostReason: null }, 'proposalSent', 1)).toEqual({
      ok: false,
      error: { code: 'notAllowed', from: 'lead', to: 'proposalSent' },
    });
    expect(canTransition('won', 'proposalSent')).toBe(false);
  });

  it('requires a known reason for every lost lead', () => {
    expect(transition({ stage: 'proposalSent', lostReason: null }, 'lost', 5)).toEqual({
      ok: false,
      error: { code: 'reasonRequired' },
    });
    expect(
      transition({ stage: 'proposalSent', lostReason: null }, 'lost', 5, 'aliens'),
    ).toMatchObject({
      ok: false,
      error: { code: 'unknownReason' },
    });
    expect(transition({ stage: 'proposalSent', lostReason: null }, 'lost', 5, 'price')).toEqual({
      ok: true,
      patch: { stage: 'lost', stageChangedAt: 5, lostReason: 'price' },
    });
  });

  it('clears the lost reason when a lost lead is reopened', () => {
    expect(transition({ stage: 'lost', lostReason: 'price' }, 'lead', 9)).toEqual({
      ok: true,
      patch: { stage: 'lead', stageChangedAt: 9, lostReason: null },
    });
  });

  it('never lets a move through that the table does not list, and never leaves a lost lead without a reason', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEAD_STAGES),
        fc.constantFrom(...LEAD_STAGES),
        fc.option(fc.constantFrom(...LOST_REASONS, 'bogus', '')),
        (from, to, reason) => {
          const r = transition({ stage: from, lostReason: null }, to, 1, reason ?? undefined);
          if (r.ok) {
            expect(TRANSITIONS[from]).toContain(to);
            if (to === 'lost') expect(LOST_REASONS).toContain(r.patch.lostReason);
          }
        },
      ),
    );
  });
});
