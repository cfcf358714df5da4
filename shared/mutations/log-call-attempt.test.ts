// Proves the phone's own log of an unanswered attempt: no answer and busy move the lead as their
// keys do, failures and quick cancels only keep the attempt, answered calls are refused (their
// outcome key logs them), and the outcome verbs refuse a meeting or a sale on an unanswered line.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID, ISTANBUL_TEAM_ID } from '../demo/index';
import type { PhoneCall } from '../domain/call-attempt';
import { handOff } from './hand-off';
import { logCallAttempt } from './log-call-attempt';
import { setDisposition } from './set-disposition';
import { closeWon } from './close-won';
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

const line = (over: Partial<PhoneCall>): PhoneCall => ({
  direction: 'outbound',
  result: 'noAnswer',
  sipStatus: 487,
  ringMs: 30_000,
  talkMs: 0,
  hangupBy: 'system',
  ...over,
});

describe('logCallAttempt', () => {
  it('no answer: one more attempt, a retry, and the call with what the line said', () => {
    const a = lead('a');
    const phone = line({});
    const r = run(logCallAttempt, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      phone,
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
            durationSec: 0,
            disposition: 'noAnswer',
            phone,
          }),
        ],
      },
    });
    expect(outsideReach(logCallAttempt, effectsOf(r).effects, U.faisal)).toBeNull();
  });

  it('busy is logged as busy; a rejection as no answer', () => {
    const a = lead('a');
    const busy = run(logCallAttempt, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      phone: line({ result: 'busy', sipStatus: 486, hangupBy: 'customer' }),
    });
    expect(effectsOf(busy).effects.activities?.[0]?.disposition).toBe('busy');
    const rejected = run(logCallAttempt, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      phone: line({ result: 'rejected', sipStatus: 603 }),
    });
    expect(effectsOf(rejected).effects.activities?.[0]?.disposition).toBe('noAnswer');
  });

  it('a failed call or a quick cancel keeps the attempt and leaves the lead alone', () => {
    const a = lead('a', { ownerId: null, teamId: GULF_TEAM_ID });
    for (const phone of [
      line({ result: 'failed', sipStatus: 503, ringMs: 0 }),
      line({ result: 'cancelled', ringMs: 1_500, hangupBy: 'agent' }),
    ]) {
      const r = run(logCallAttempt, world({ leads: [a] }), 'faisal', {
        id: ACT,
        leadId: a.id,
        phone,
      });
      expect(effectsOf(r).effects).toEqual({
        activities: [
          activityOn('faisal', a, {
            id: ACT,
            type: 'call',
            at: NOW,
            durationSec: 0,
            disposition: null,
            phone,
          }),
        ],
      });
    }
  });

  it('keeps the objection cards opened before the line gave up, whether or not it moves the lead', () => {
    const a = lead('a');
    for (const phone of [line({}), line({ result: 'cancelled', ringMs: 1_500 })]) {
      const r = run(logCallAttempt, world({ leads: [a] }), 'faisal', {
        id: ACT,
        leadId: a.id,
        phone,
        cardsOpened: ['obj-price'],
      });
      expect(effectsOf(r).effects.activities?.[0]?.cardsOpened).toEqual(['obj-price']);
    }
  });

  it('refuses an answered call, a lead out of scope, a missing lead and a supervisor', () => {
    const a = lead('a');
    const other = lead('b', { ownerId: null, teamId: ISTANBUL_TEAM_ID });
    const w = world({ leads: [a, other] });
    const phone = line({});
    expect(
      outcome(
        run(logCallAttempt, w, 'faisal', {
          id: ACT,
          leadId: a.id,
          phone: line({ result: 'answered', sipStatus: 200, talkMs: 5000 }),
        }),
      ),
    ).toBe('callAnswered');
    expect(outcome(run(logCallAttempt, w, 'faisal', { id: ACT, leadId: other.id, phone }))).toBe(
      'outOfScope',
    );
    expect(outcome(run(logCallAttempt, w, 'faisal', { id: ACT, leadId: 'nope', phone }))).toBe(
      'leadNotFound',
    );
    expect(outcome(run(logCallAttempt, w, 'omar', { id: ACT, leadId: a.id, phone }))).toBe(
      'forbidden',
    );
  });
});

describe('outcome keys on a phone call', () => {
  it('an answered call keeps its talk time as the call’s duration and its facts', () => {
    const a = lead('a');
    const phone = line({ result: 'answered', sipStatus: 200, ringMs: 4000, talkMs: 92_400 });
    const r = run(setDisposition, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      disposition: 'notInterested',
      durationSec: 3,
      phone,
    });
    expect(effectsOf(r).effects.activities?.[0]).toMatchObject({ durationSec: 92, phone });
  });

  it('a line that was not answered cannot be a meeting, a sale or a refusal', () => {
    const a = lead('a');
    const w = world({ leads: [a] });
    const phone = line({});
    expect(
      outcome(
        run(handOff, w, 'faisal', {
          id: ACT,
          leadId: a.id,
          closerId: U.khalid,
          meetingAt: NOW + DAY,
          phone,
        }),
      ),
    ).toBe('callNotAnswered');
    expect(
      outcome(
        run(closeWon, w, 'faisal', {
          id: ACT,
          leadId: a.id,
          productId: 'crm-pro',
          amount: 100,
          currency: 'SAR',
          call: { phone },
        }),
      ),
    ).toBe('callNotAnswered');
    expect(
      outcome(
        run(setDisposition, w, 'faisal', {
          id: ACT,
          leadId: a.id,
          disposition: 'notInterested',
          phone,
        }),
      ),
    ).toBe('callNotAnswered');
    expect(
      outcome(
        run(setDisposition, w, 'faisal', { id: ACT, leadId: a.id, disposition: 'busy', phone }),
      ),
    ).toBe('ok');
  });
});
