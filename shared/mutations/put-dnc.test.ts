// Proves putDnc lists numbers (an internal entry with its note, or a national chunk) and blocks every lead on them in every team, keeping a national number under its internal entry.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID } from '../demo/index';
import type { DncEntry } from '../domain/targets';
import { putDnc } from './put-dnc';
import { outsideReach } from './verb';
import { NOW, U, effectsOf, lead, outcome, run, world } from './testing/world';

const N = '+966501112233';
const OTHER = '+966509998877';

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

/** Leads on N in both teams, as main or extra number; one already blocked; one elsewhere. */
function leadsOnN() {
  return [
    lead('gulf', { phoneE164: N }),
    lead('ist', { ownerId: U.emre, teamId: ISTANBUL_TEAM_ID, phoneE164: OTHER, phones: [N] }),
    lead('blocked', { phoneE164: N, doNotCall: true }),
    lead('elsewhere', { phoneE164: '+966501234567' }),
  ];
}

describe('putDnc', () => {
  it('lists an internal number and blocks every lead on it, in every team', () => {
    const r = run(putDnc, world({ leads: leadsOnN() }), 'omar', {
      source: 'internal',
      phoneE164: N,
      note: '  Moved away  ',
    });
    expect(r).toEqual({
      ok: true,
      result: { flagged: 2 },
      effects: {
        dnc: {
          put: [
            { phoneE164: N, source: 'internal', addedAt: NOW, addedBy: U.omar, note: 'Moved away' },
          ],
        },
        leads: [
          { id: 'gulf', patch: { doNotCall: true, updatedAt: NOW } },
          { id: 'ist', patch: { doNotCall: true, updatedAt: NOW } },
        ],
      },
    });
    expect(outsideReach(putDnc, effectsOf(r).effects, U.omar)).toBeNull();
    expect(putDnc.reads(putDnc.args.parse({ source: 'internal', phoneE164: N, at: NOW }))).toEqual({
      dnc: [N],
      leadsByPhone: [N],
    });
  });

  it('keeps a national number under the internal entry that now stands over it', () => {
    const r = run(putDnc, world({ dnc: [national(N)] }), 'omar', {
      source: 'internal',
      phoneE164: N,
    });
    expect(effectsOf(r).effects.dnc?.put).toEqual([
      { phoneE164: N, source: 'internal', addedAt: NOW, addedBy: U.omar, note: '', national: true },
    ]);
  });

  it('refuses a number already on the internal list, and a note too long', () => {
    expect(
      outcome(
        run(putDnc, world({ dnc: [internal(N)] }), 'omar', { source: 'internal', phoneE164: N }),
      ),
    ).toBe('alreadyListed');
    expect(
      outcome(
        run(putDnc, world(), 'omar', { source: 'internal', phoneE164: N, note: 'x'.repeat(1001) }),
      ),
    ).toBe('noteTooLong');
  });

  it('stores a national chunk once per number, marking internal entries as national too', () => {
    const fresh = '+966501110001';
    const plainInternal = '+966501110002';
    const markedInternal = '+966501110003';
    const alreadyNational = '+966501110004';
    const state = world({
      leads: [
        lead('a', { phoneE164: fresh }),
        lead('b', { ownerId: U.emre, teamId: ISTANBUL_TEAM_ID, phoneE164: alreadyNational }),
      ],
      dnc: [
        internal(plainInternal),
        internal(markedInternal, { national: true }),
        national(alreadyNational),
      ],
    });
    const r = run(putDnc, state, 'sarah', {
      source: 'national',
      numbers: [fresh, plainInternal, markedInternal, alreadyNational, fresh],
    });
    expect(r).toEqual({
      ok: true,
      result: { flagged: 2 },
      effects: {
        dnc: {
          put: [
            { phoneE164: fresh, source: 'national', addedAt: NOW, addedBy: U.sarah, note: '' },
            { ...internal(plainInternal), national: true },
          ],
        },
        leads: [
          { id: 'a', patch: { doNotCall: true, updatedAt: NOW } },
          { id: 'b', patch: { doNotCall: true, updatedAt: NOW } },
        ],
      },
    });
  });

  it('is the supervisors’ and administrators’ alone', () => {
    expect(outcome(run(putDnc, world(), 'faisal', { source: 'internal', phoneE164: N }))).toBe(
      'forbidden',
    );
    expect(outcome(run(putDnc, world(), 'ayse', { source: 'internal', phoneE164: N }))).toBe('ok');
  });
});
