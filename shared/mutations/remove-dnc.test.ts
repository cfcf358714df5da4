// Proves removeDnc takes numbers off the list and frees leads of every team whose numbers are all free, but never a lead that asked itself not to be called or a number still national.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID } from '../demo/index';
import type { DncEntry } from '../domain/targets';
import { removeDnc } from './remove-dnc';
import { outsideReach } from './verb';
import { NOW, U, effectsOf, lead, outcome, run, world } from './testing/world';

const N = '+966501112233';
const STILL_LISTED = '+966509998877';

const internal = (phoneE164: string, over: Partial<DncEntry> = {}): DncEntry => ({
  phoneE164,
  source: 'internal',
  addedAt: NOW - 1000,
  addedBy: U.omar,
  note: 'Asked by e-mail',
  ...over,
});
const national = (phoneE164: string): DncEntry => ({
  phoneE164,
  source: 'national',
  addedAt: NOW - 1000,
  addedBy: null,
  note: '',
});

describe('removeDnc', () => {
  it('takes an internal number off and frees the leads of every team it alone blocked', () => {
    const state = world({
      leads: [
        lead('gulf', { phoneE164: N, doNotCall: true }),
        lead('ist', {
          ownerId: U.emre,
          teamId: ISTANBUL_TEAM_ID,
          phoneE164: null,
          phones: [N],
          doNotCall: true,
        }),
        lead('other-number', { phoneE164: STILL_LISTED, phones: [N], doNotCall: true }),
        lead('lost-asking', {
          phoneE164: N,
          doNotCall: true,
          stage: 'lost',
          lostReason: 'doNotCall',
        }),
        lead('asked-on-call', { phoneE164: N, doNotCall: true, stage: 'won' }),
        lead('free', { phoneE164: N }),
      ],
      dnc: [internal(N), internal(STILL_LISTED)],
      asked: [lead('asked-on-call').id],
    });
    const r = run(removeDnc, state, 'omar', { source: 'internal', phoneE164: N });
    expect(r).toEqual({
      ok: true,
      result: { cleared: 2, stillNational: false },
      effects: {
        dnc: { remove: [N] },
        leads: [
          { id: 'gulf', patch: { doNotCall: false, updatedAt: NOW } },
          { id: 'ist', patch: { doNotCall: false, updatedAt: NOW } },
        ],
      },
    });
    expect(outsideReach(removeDnc, effectsOf(r).effects, U.omar)).toBeNull();
  });

  it('leaves a number that is national too on the list, as a national entry', () => {
    const state = world({
      leads: [lead('gulf', { phoneE164: N, doNotCall: true })],
      dnc: [internal(N, { national: true })],
    });
    expect(run(removeDnc, state, 'omar', { source: 'internal', phoneE164: N })).toEqual({
      ok: true,
      result: { cleared: 0, stillNational: true },
      effects: {
        dnc: {
          put: [{ phoneE164: N, source: 'national', addedAt: NOW, addedBy: null, note: '' }],
        },
      },
    });
  });

  it('refuses an internal removal of a number not on the internal list', () => {
    expect(outcome(run(removeDnc, world(), 'omar', { source: 'internal', phoneE164: N }))).toBe(
      'notListed',
    );
    expect(
      outcome(
        run(removeDnc, world({ dnc: [national(N)] }), 'omar', { source: 'internal', phoneE164: N }),
      ),
    ).toBe('notListed');
  });

  it('drops numbers a new national file no longer has, keeping internal entries', () => {
    const gone = '+966501110001';
    const underInternal = '+966501110002';
    const plainInternal = '+966501110003';
    const state = world({
      leads: [
        lead('a', { phoneE164: gone, doNotCall: true }),
        lead('b', { phoneE164: underInternal, doNotCall: true }),
      ],
      dnc: [national(gone), internal(underInternal, { national: true }), internal(plainInternal)],
    });
    const r = run(removeDnc, state, 'sarah', {
      source: 'national',
      numbers: [gone, underInternal, plainInternal, '+966501110009'],
    });
    expect(r).toEqual({
      ok: true,
      result: { cleared: 1, stillNational: false },
      effects: {
        dnc: { put: [internal(underInternal)], remove: [gone] },
        leads: [{ id: 'a', patch: { doNotCall: false, updatedAt: NOW } }],
      },
    });
    expect(effectsOf(r).effects.dnc?.put?.[0]).not.toHaveProperty('national');
  });

  it('is the supervisors’ and administrators’ alone', () => {
    const state = world({ dnc: [internal(N)] });
    expect(outcome(run(removeDnc, state, 'khalid', { source: 'internal', phoneE164: N }))).toBe(
      'forbidden',
    );
    expect(outcome(run(removeDnc, state, 'ayse', { source: 'internal', phoneE164: N }))).toBe('ok');
  });
});
