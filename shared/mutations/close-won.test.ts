// Proves closeWon wins the deal (closer, or hunter's sale key on a call) and hands the customer to the right farmer, with exact effects and every refusal.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID, PRO_500_ID } from '../demo/index';
import { uuidv7At, type ActivityId, type UserId } from '../domain/ids';
import { closeWon } from './close-won';
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
  retired,
  run,
  userOf,
  world,
} from './testing/world';

const DEAL = { productId: PRO_500_ID, amount: 1890, currency: 'SAR' };
const RETIRED_FARMER = retired('01900000-0000-7000-8000-000000000902', ['farmer']);

describe('closeWon', () => {
  it('wins the closer’s deal and gives the customer to a farmer of the lead’s team', () => {
    const p = lead('p', { stage: 'proposalSent', ownerId: U.khalid });
    const r = run(closeWon, world({ leads: [p] }), 'khalid', { id: ACT, leadId: p.id, ...DEAL });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [
          {
            id: p.id,
            patch: {
              stage: 'won',
              stageChangedAt: NOW,
              lostReason: null,
              deal: { ...DEAL, at: NOW },
              ownerId: U.noura,
              nextCallAt: NOW + 14 * DAY,
              nextCallKind: 'checkIn',
              followUpList: 'none',
              updatedAt: NOW,
            },
            expect: { stage: 'proposalSent', ownerId: U.khalid },
          },
        ],
        activities: [
          activityOn('khalid', p, {
            id: ACT,
            type: 'stageChange',
            at: NOW,
            stageTo: 'won',
            amount: 1890,
            currency: 'SAR',
            productId: PRO_500_ID,
          }),
        ],
      },
    });
    expect(outsideReach(closeWon, effectsOf(r).effects, U.khalid)).toBeNull();
  });

  it('logs the hunter’s sale-key call, then the win a millisecond later', () => {
    const a = lead('a', { attempts: 2 });
    const r = run(closeWon, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      ...DEAL,
      call: { durationSec: 300, note: 'Signed on the phone' },
    });
    expect(effectsOf(r).effects).toEqual({
      leads: [
        {
          id: a.id,
          patch: {
            updatedAt: NOW,
            attempts: 0,
            touches: 1,
            stage: 'won',
            stageChangedAt: NOW,
            lostReason: null,
            deal: { ...DEAL, at: NOW },
            ownerId: U.noura,
            nextCallAt: NOW + 14 * DAY,
            nextCallKind: 'checkIn',
            followUpList: 'none',
            notes: 'Signed on the phone',
          },
          expect: { stage: 'lead', ownerId: U.faisal },
        },
      ],
      activities: [
        activityOn('faisal', a, {
          id: ACT,
          type: 'call',
          at: NOW,
          durationSec: 300,
          disposition: 'sale',
          note: 'Signed on the phone',
        }),
        activityOn('faisal', a, {
          id: uuidv7At(ACT, NOW + 1) as ActivityId,
          type: 'stageChange',
          at: NOW + 1,
          stageTo: 'won',
          amount: 1890,
          currency: 'SAR',
          productId: PRO_500_ID,
        }),
      ],
    });
    expect(outsideReach(closeWon, effectsOf(r).effects, U.faisal)).toBeNull();
  });

  it('keeps the objection cards the hunter opened on the sale-key call', () => {
    const a = lead('a');
    const r = run(closeWon, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      ...DEAL,
      call: { durationSec: 300, cardsOpened: ['obj-price', 'obj-competitor'] },
    });
    expect(effectsOf(r).effects.activities?.map((x) => [x.type, x.cardsOpened])).toEqual([
      ['call', ['obj-price', 'obj-competitor']],
      ['stageChange', undefined],
    ]);
  });

  it('gives the customer to the farmer named, or keeps it with the closer when none is', () => {
    const p = lead('p', { stage: 'proposalSent', ownerId: U.khalid });
    const state = world({ leads: [p] });
    const named = run(closeWon, state, 'khalid', {
      id: ACT,
      leadId: p.id,
      ...DEAL,
      farmerId: U.zeynep,
    });
    expect(effectsOf(named).effects.leads?.[0]?.patch?.ownerId).toBe(U.zeynep);
    const kept = effectsOf(
      run(closeWon, state, 'khalid', { id: ACT, leadId: p.id, ...DEAL, farmerId: null }),
    ).effects.leads?.[0];
    expect(kept?.patch).not.toHaveProperty('ownerId');
    expect(kept?.expect).toEqual({ stage: 'proposalSent' });
  });

  it('picks a farmer of the lead’s own team, else any enabled farmer, else nobody', () => {
    const ist = lead('i', { stage: 'proposalSent', ownerId: U.burak, teamId: ISTANBUL_TEAM_ID });
    const pick = (state: ReturnType<typeof world>) =>
      effectsOf(run(closeWon, state, 'burak', { id: ACT, leadId: ist.id, ...DEAL })).effects
        .leads?.[0]?.patch?.ownerId;
    expect(pick(world({ leads: [ist] }))).toBe(U.zeynep);
    // The same pick whatever order the people were loaded in (the server reads them in heap
    // order, the desk in key order): two Istanbul farmers, Daniel loaded first.
    const danielFirst = world({ leads: [ist] });
    danielFirst.people.delete(U.zeynep);
    danielFirst.addUsers([userOf('zeynep')]);
    expect(danielFirst.users().findIndex((u) => u.id === U.zeynep)).toBeLessThan(
      danielFirst.users().findIndex((u) => u.id === U.daniel),
    );
    expect([...danielFirst.people.keys()].indexOf(U.daniel)).toBeLessThan(
      [...danielFirst.people.keys()].indexOf(U.zeynep),
    );
    expect(pick(danielFirst)).toBe(U.zeynep);

    // Istanbul's farmers left: the Gulf's farmer takes the customer, never a retired one.
    const gone = (who: 'zeynep' | 'daniel' | 'noura') => ({ ...userOf(who), disabled: true });
    const noIstanbulFarmer = world({ leads: [ist], users: [gone('zeynep'), gone('daniel')] });
    expect(pick(noIstanbulFarmer)).toBe(U.noura);

    const noFarmer = world({
      leads: [ist],
      users: [gone('zeynep'), gone('daniel'), gone('noura')],
    });
    expect(pick(noFarmer)).toBeUndefined();
  });

  it('refuses a farmer who is not one or cannot sign in', () => {
    const p = lead('p', { stage: 'proposalSent', ownerId: U.khalid });
    const state = world({ leads: [p], users: [RETIRED_FARMER] });
    for (const farmerId of [U.faisal, RETIRED_FARMER.id, '01900000-0000-7000-8000-000000000999'])
      expect(
        outcome(
          run(closeWon, state, 'khalid', {
            id: ACT,
            leadId: p.id,
            ...DEAL,
            farmerId: farmerId as UserId,
          }),
        ),
      ).toBe('farmerInvalid');
  });

  it('refuses a deal without a positive amount, on both paths', () => {
    const p = lead('p', { stage: 'proposalSent', ownerId: U.khalid });
    const a = lead('a');
    const state = world({ leads: [p, a] });
    expect(
      outcome(run(closeWon, state, 'khalid', { id: ACT, leadId: p.id, ...DEAL, amount: 0 })),
    ).toBe('dealAmountInvalid');
    expect(
      outcome(
        run(closeWon, state, 'faisal', {
          id: ACT,
          leadId: a.id,
          ...DEAL,
          amount: -5,
          call: { note: '' },
        }),
      ),
    ).toBe('dealAmountInvalid');
  });

  it('refuses to win a lost lead', () => {
    const lostForCloser = lead('l', { stage: 'lost', lostReason: 'price', ownerId: U.khalid });
    const lostForHunter = lead('h', { stage: 'lost', lostReason: 'price' });
    const state = world({ leads: [lostForCloser, lostForHunter] });
    expect(
      outcome(run(closeWon, state, 'khalid', { id: ACT, leadId: lostForCloser.id, ...DEAL })),
    ).toBe('notAllowedInStage');
    expect(
      outcome(
        run(closeWon, state, 'faisal', {
          id: ACT,
          leadId: lostForHunter.id,
          ...DEAL,
          call: { note: '' },
        }),
      ),
    ).toBe('notAllowedInStage');
  });

  it('is the hunter’s and the closer’s, on a lead in their scope', () => {
    const p = lead('p', { stage: 'proposalSent', ownerId: U.khalid });
    const ist = lead('i', { stage: 'proposalSent', ownerId: U.burak, teamId: ISTANBUL_TEAM_ID });
    const state = world({ leads: [p, ist] });
    const win = (who: 'noura' | 'omar' | 'khalid', leadId: typeof p.id) =>
      outcome(run(closeWon, state, who, { id: ACT, leadId, ...DEAL }));
    expect(win('noura', p.id)).toBe('forbidden');
    expect(win('omar', p.id)).toBe('forbidden');
    expect(win('khalid', lead('gone').id)).toBe('leadNotFound');
    expect(win('khalid', ist.id)).toBe('outOfScope');
  });
});
