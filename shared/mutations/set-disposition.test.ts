// Proves setDisposition logs the call with the outcome's exact lead changes, and refuses other roles' keys, missing and out-of-scope leads.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID, ISTANBUL_TEAM_ID, PRO_500_ID } from '../demo/index';
import { uuidv7At, type ActivityId } from '../domain/ids';
import { setDisposition } from './set-disposition';
import { followUpPolicyFrom } from '../domain/follow-up';
import { execute, outsideReach } from './verb';
import {
  ACT,
  DAY,
  HOUR,
  NOW,
  U,
  activityOn,
  ctxOf,
  effectsOf,
  lead,
  outcome,
  run,
  world,
} from './testing/world';

const STAGE_ID = uuidv7At(ACT, NOW + 1) as ActivityId;

describe('setDisposition', () => {
  it('logs an unanswered call: one more attempt and a retry inside calling hours', () => {
    const a = lead('a');
    const r = run(setDisposition, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      disposition: 'noAnswer',
      durationSec: 20,
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
              attempts: 1,
              touches: 0,
              nextCallAt: NOW + 2 * HOUR,
              nextCallKind: 'retry',
            },
          },
        ],
        activities: [
          activityOn('faisal', a, {
            id: ACT,
            type: 'call',
            at: NOW,
            durationSec: 20,
            disposition: 'noAnswer',
          }),
        ],
      },
    });
    expect(outsideReach(setDisposition, effectsOf(r).effects, U.faisal)).toBeNull();
  });

  it('sends a lead unanswered six times to the month-end list instead of redialling it', () => {
    const a = lead('a', { attempts: 5 });
    const r = run(setDisposition, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      disposition: 'busy',
    });
    expect(effectsOf(r).effects.leads).toEqual([
      {
        id: a.id,
        patch: {
          updatedAt: NOW,
          attempts: 0,
          touches: 0,
          // Monday 30 November 2026, 09:00 in Riyadh: the month's last calling day.
          nextCallAt: Date.UTC(2026, 10, 30, 6),
          nextCallKind: 'followUp',
          followUpList: 'month',
        },
      },
    ]);
  });

  it('re-calls a first refusal four days on and keeps the agent’s note on the lead', () => {
    const a = lead('a', { notes: 'Met at the fair' });
    const r = run(setDisposition, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      disposition: 'notInterested',
      note: '  Has a supplier  ',
    });
    expect(effectsOf(r).effects).toEqual({
      leads: [
        {
          id: a.id,
          patch: {
            updatedAt: NOW,
            attempts: 0,
            touches: 1,
            refusals: 1,
            nextCallAt: NOW + 4 * DAY,
            nextCallKind: 'followUp',
            followUpList: 'recall',
            notes: 'Met at the fair\nHas a supplier',
          },
        },
      ],
      activities: [
        activityOn('faisal', a, {
          id: ACT,
          type: 'call',
          at: NOW,
          disposition: 'notInterested',
          note: 'Has a supplier',
          followUpList: 'recall',
        }),
      ],
    });
  });

  it('a refusal records why and the new offer, on the call and on the lead, and the organisation’s re-call delay applies', () => {
    const a = lead('a');
    const args = {
      id: ACT,
      leadId: a.id,
      disposition: 'notInterested' as const,
      objection: 'price' as const,
      newOffer: '  Two months free on the 500 plan  ',
    };
    const r = execute(
      setDisposition,
      world({ leads: [a] }),
      setDisposition.args.parse({ at: NOW, ...args }),
      {
        ...ctxOf('faisal'),
        policy: followUpPolicyFrom({ recallDays: 5 }),
      },
    );
    expect(effectsOf(r).effects.leads?.[0]?.patch).toMatchObject({
      refusals: 1,
      followUpList: 'recall',
      nextCallAt: NOW + 5 * DAY,
      refusalReason: 'price',
      newOffer: 'Two months free on the 500 plan',
    });
    expect(effectsOf(r).effects.activities?.[0]).toMatchObject({
      disposition: 'notInterested',
      objection: 'price',
      newOffer: 'Two months free on the 500 plan',
      followUpList: 'recall',
    });
    expect(outsideReach(setDisposition, effectsOf(r).effects, U.faisal)).toBeNull();
    // Another outcome cannot carry a refusal's reason.
    expect(
      outcome(
        run(setDisposition, world({ leads: [a] }), 'faisal', {
          ...args,
          disposition: 'noAnswer',
        }),
      ),
    ).toBe('invalidArgs');
  });

  it('loses a lead after its fourth refusal, with the stage change a millisecond later', () => {
    const a = lead('a', { refusals: 3 });
    const r = run(setDisposition, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      disposition: 'notInterested',
      lostReason: 'price',
    });
    expect(effectsOf(r).effects).toEqual({
      leads: [
        {
          id: a.id,
          patch: {
            updatedAt: NOW,
            attempts: 0,
            touches: 1,
            stage: 'lost',
            stageChangedAt: NOW,
            lostReason: 'price',
            refusals: 4,
            nextCallAt: null,
            nextCallKind: null,
            followUpList: 'none',
          },
          expect: { stage: 'lead' },
        },
      ],
      activities: [
        activityOn('faisal', a, { id: ACT, type: 'call', at: NOW, disposition: 'notInterested' }),
        activityOn('faisal', a, {
          id: STAGE_ID,
          type: 'stageChange',
          at: NOW + 1,
          stageTo: 'lost',
          lostReason: 'price',
        }),
      ],
    });
    expect(STAGE_ID).not.toBe(ACT);
    // Without a reason a fourth refusal is "no need".
    const plain = run(setDisposition, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      disposition: 'notInterested',
    });
    expect(effectsOf(plain).effects.leads?.[0]?.patch?.lostReason).toBe('noNeed');
  });

  it('blocks and loses a lead that asks not to be called; a customer is only blocked', () => {
    const q = lead('q', { stage: 'qualified' });
    const r = run(setDisposition, world({ leads: [q] }), 'faisal', {
      id: ACT,
      leadId: q.id,
      disposition: 'doNotCall',
    });
    expect(effectsOf(r).effects.leads).toEqual([
      {
        id: q.id,
        patch: {
          updatedAt: NOW,
          attempts: 0,
          touches: 1,
          stage: 'lost',
          stageChangedAt: NOW,
          lostReason: 'doNotCall',
          doNotCall: true,
          nextCallAt: null,
          nextCallKind: null,
        },
        expect: { stage: 'qualified' },
      },
    ]);
    expect(effectsOf(r).effects.activities?.map((x) => [x.type, x.stageTo])).toEqual([
      ['call', undefined],
      ['stageChange', 'lost'],
    ]);

    const customer = lead('c', { stage: 'won', ownerId: U.noura });
    const kept = run(setDisposition, world({ leads: [customer] }), 'noura', {
      id: ACT,
      leadId: customer.id,
      disposition: 'doNotCall',
    });
    expect(effectsOf(kept).effects.leads).toEqual([
      {
        id: customer.id,
        patch: {
          updatedAt: NOW,
          attempts: 0,
          touches: 1,
          doNotCall: true,
          nextCallAt: null,
          nextCallKind: null,
        },
      },
    ]);
    expect(effectsOf(kept).effects.activities).toHaveLength(1);
  });

  it('loses a lead on a wrong number as unreachable', () => {
    const a = lead('a');
    const r = run(setDisposition, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      disposition: 'wrongNumber',
    });
    expect(effectsOf(r).effects.leads?.[0]).toEqual({
      id: a.id,
      patch: {
        updatedAt: NOW,
        attempts: 1,
        touches: 0,
        stage: 'lost',
        stageChangedAt: NOW,
        lostReason: 'unreachable',
        nextCallAt: null,
        nextCallKind: null,
      },
      expect: { stage: 'lead' },
    });
  });

  it('makes a team-queue lead the agent’s own, relying on it having no owner', () => {
    const pool = lead('p', { ownerId: null, teamId: GULF_TEAM_ID });
    const r = run(setDisposition, world({ leads: [pool] }), 'faisal', {
      id: ACT,
      leadId: pool.id,
      disposition: 'voicemail',
    });
    expect(effectsOf(r).effects.leads).toEqual([
      {
        id: pool.id,
        patch: {
          ownerId: U.faisal,
          updatedAt: NOW,
          attempts: 1,
          touches: 1,
          nextCallAt: NOW + DAY,
          nextCallKind: 'retry',
        },
        expect: { ownerId: null },
      },
    ]);
  });

  it('moves a won customer the farmer retained into retention with the next check-in', () => {
    const c = lead('c', { stage: 'won', ownerId: U.noura });
    const r = run(setDisposition, world({ leads: [c] }), 'noura', {
      id: ACT,
      leadId: c.id,
      disposition: 'retained',
    });
    expect(effectsOf(r).effects).toEqual({
      leads: [
        {
          id: c.id,
          patch: {
            updatedAt: NOW,
            attempts: 0,
            touches: 1,
            stage: 'retention',
            stageChangedAt: NOW,
            lostReason: null,
            nextCallAt: NOW + 90 * DAY,
            nextCallKind: 'checkIn',
          },
          expect: { stage: 'won' },
        },
      ],
      activities: [
        activityOn('noura', c, { id: ACT, type: 'call', at: NOW, disposition: 'retained' }),
        activityOn('noura', c, {
          id: STAGE_ID,
          type: 'stageChange',
          at: NOW + 1,
          stageTo: 'retention',
        }),
      ],
    });
  });

  it("records an up-sell's purchase on the call, and refuses a purchase on any other outcome", () => {
    const c = lead('c', { stage: 'retention', ownerId: U.noura });
    const state = world({ leads: [c] });
    const purchase = { productId: PRO_500_ID, amount: 640, currency: 'SAR' };
    const r = run(setDisposition, state, 'noura', {
      id: ACT,
      leadId: c.id,
      disposition: 'upsold',
      purchase,
    });
    expect(effectsOf(r).effects.activities).toEqual([
      activityOn('noura', c, {
        id: ACT,
        type: 'call',
        at: NOW,
        disposition: 'upsold',
        ...purchase,
      }),
    ]);
    expect(
      outcome(
        run(setDisposition, state, 'noura', {
          id: ACT,
          leadId: c.id,
          disposition: 'retained',
          purchase,
        }),
      ),
    ).toBe('invalidArgs');
    expect(
      outcome(
        run(setDisposition, state, 'noura', {
          id: ACT,
          leadId: c.id,
          disposition: 'upsold',
          purchase: { ...purchase, amount: 0 },
        }),
      ),
    ).toBe('dealAmountInvalid');
  });

  it('lets each role use only its own keys', () => {
    const own = lead('a');
    const customer = lead('c', { stage: 'won', ownerId: U.daniel, teamId: ISTANBUL_TEAM_ID });
    const closers = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid });
    const state = world({ leads: [own, customer, closers] });
    // A hunter cannot use a farmer's outcome, a closer cannot call a number wrong.
    expect(
      outcome(
        run(setDisposition, state, 'faisal', { id: ACT, leadId: own.id, disposition: 'retained' }),
      ),
    ).toBe('dispositionNotAllowed');
    expect(
      outcome(
        run(setDisposition, state, 'khalid', {
          id: ACT,
          leadId: closers.id,
          disposition: 'wrongNumber',
        }),
      ),
    ).toBe('dispositionNotAllowed');
    // Daniel hunts, closes and farms: his farmer keys are his.
    expect(
      outcome(
        run(setDisposition, state, 'daniel', {
          id: ACT,
          leadId: customer.id,
          disposition: 'upsold',
        }),
      ),
    ).toBe('ok');
    // Outcomes with a verb of their own are not setDisposition's.
    for (const disposition of ['callBack', 'meetingBooked', 'sale'])
      expect(setDisposition.args.safeParse({ leadId: own.id, disposition, at: NOW }).success).toBe(
        false,
      );
  });

  it('says why on the stage change that loses the lead, naming the competitor when there is one', () => {
    const customer = lead('c', { stage: 'retention', ownerId: U.noura });
    const churn = (over: Record<string, unknown>) =>
      run(setDisposition, world({ leads: [customer] }), 'noura', {
        id: ACT,
        leadId: customer.id,
        disposition: 'churned',
        ...over,
      });
    const lostTo = effectsOf(churn({ lostReason: 'competitor', competitor: '  AquaPure  ' }))
      .effects.activities;
    expect(lostTo?.map((a) => [a.type, a.lostReason, a.competitor])).toEqual([
      ['call', undefined, undefined],
      ['stageChange', 'competitor', 'AquaPure'],
    ]);
    // A churn without a reason is to a competitor; a blank name names none.
    const unnamed = effectsOf(churn({ competitor: '   ' })).effects.activities?.[1];
    expect([unnamed?.lostReason, 'competitor' in (unnamed ?? {})]).toEqual(['competitor', false]);
    // A competitor with another reason, or on an outcome that loses nobody, is refused.
    expect(outcome(churn({ lostReason: 'price', competitor: 'AquaPure' }))).toBe('invalidArgs');
    const own = lead('o', { ownerId: U.faisal });
    expect(
      outcome(
        run(setDisposition, world({ leads: [own] }), 'faisal', {
          id: ACT,
          leadId: own.id,
          disposition: 'noAnswer',
          competitor: 'AquaPure',
        }),
      ),
    ).toBe('invalidArgs');
    // A refusal that does not lose the lead yet drops the name rather than the call.
    const first = run(setDisposition, world({ leads: [own] }), 'faisal', {
      id: ACT,
      leadId: own.id,
      disposition: 'notInterested',
      lostReason: 'competitor',
      competitor: 'AquaPure',
    });
    expect(effectsOf(first).effects.activities?.map((a) => a.competitor)).toEqual([undefined]);
    // The fourth refusal loses it to the competitor named.
    const fourth = lead('f', { ownerId: U.faisal, refusals: 3 });
    const lost = run(setDisposition, world({ leads: [fourth] }), 'faisal', {
      id: ACT,
      leadId: fourth.id,
      disposition: 'notInterested',
      objection: 'competitor',
      lostReason: 'competitor',
      competitor: 'AquaPure',
    });
    expect(effectsOf(lost).effects.activities?.[1]).toMatchObject({
      stageTo: 'lost',
      lostReason: 'competitor',
      competitor: 'AquaPure',
    });
    expect(
      setDisposition.args.safeParse({
        leadId: fourth.id,
        disposition: 'churned',
        competitor: 'x'.repeat(201),
        at: NOW,
      }).success,
    ).toBe(false);
  });

  it('puts the objection cards opened on the call on its activity, each once and in order', () => {
    const own = lead('o', { ownerId: U.faisal });
    const r = run(setDisposition, world({ leads: [own] }), 'faisal', {
      id: ACT,
      leadId: own.id,
      disposition: 'notInterested',
      objection: 'price',
      cardsOpened: ['obj-price', 'obj-trust'],
    });
    expect(effectsOf(r).effects.activities?.[0]?.cardsOpened).toEqual(['obj-price', 'obj-trust']);
    const none = run(setDisposition, world({ leads: [own] }), 'faisal', {
      id: ACT,
      leadId: own.id,
      disposition: 'busy',
      cardsOpened: [],
    });
    expect('cardsOpened' in (effectsOf(none).effects.activities?.[0] ?? {})).toBe(false);
    const parse = (cardsOpened: unknown) =>
      setDisposition.args.safeParse({
        leadId: own.id,
        disposition: 'busy',
        cardsOpened,
        at: NOW,
      }).success;
    expect(parse(['a', 'a'])).toBe(false);
    expect(parse([''])).toBe(false);
    expect(parse(Array.from({ length: 51 }, (_, i) => `c${i}`))).toBe(false);
    expect(parse(Array.from({ length: 50 }, (_, i) => `c${i}`))).toBe(true);
  });

  it('refuses a farmer churning a lead that never was a customer', () => {
    const a = lead('a', { ownerId: U.noura });
    const r = run(setDisposition, world({ leads: [a] }), 'noura', {
      id: ACT,
      leadId: a.id,
      disposition: 'churned',
    });
    expect(outcome(r)).toBe('notAllowedInStage');
  });

  it('refuses a supervisor, a missing lead and leads outside the agent’s scope', () => {
    const mates = lead('m', { ownerId: U.mona });
    const other = lead('o', { ownerId: U.emre, teamId: ISTANBUL_TEAM_ID });
    const otherPool = lead('op', { ownerId: null, teamId: ISTANBUL_TEAM_ID });
    const state = world({ leads: [mates, other, otherPool] });
    const call = (who: 'faisal' | 'omar', leadId: typeof mates.id) =>
      outcome(run(setDisposition, state, who, { id: ACT, leadId, disposition: 'noAnswer' }));
    expect(call('omar', mates.id)).toBe('forbidden');
    expect(call('faisal', lead('gone').id)).toBe('leadNotFound');
    expect(call('faisal', mates.id)).toBe('outOfScope');
    expect(call('faisal', other.id)).toBe('outOfScope');
    expect(call('faisal', otherPool.id)).toBe('outOfScope');
  });
});
