// Proves setNationalDncFile records which national file the list holds, refuses a file dated after tomorrow, and is the supervisors' and administrators' alone.
import { describe, expect, it } from 'vitest';
import { setNationalDncFile } from './set-national-dnc-file';
import { outsideReach } from './verb';
import { DAY, NOW, U, effectsOf, outcome, run, world } from './testing/world';

const FILE = { fileName: 'sa-dnc-2026-11.csv', fileDate: Date.UTC(2026, 10, 20), count: 120_000 };

describe('setNationalDncFile', () => {
  it('sets the organisation’s national file setting', () => {
    const r = run(setNationalDncFile, world(), 'omar', FILE);
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        settings: [{ key: 'dncNationalFile', value: { ...FILE, importedAt: NOW } }],
      },
    });
    expect(outsideReach(setNationalDncFile, effectsOf(r).effects, U.omar)).toBeNull();
  });

  it('allows a day’s grace for time zones but no later file date', () => {
    expect(
      outcome(run(setNationalDncFile, world(), 'omar', { ...FILE, fileDate: NOW + DAY })),
    ).toBe('ok');
    expect(
      outcome(run(setNationalDncFile, world(), 'omar', { ...FILE, fileDate: NOW + DAY + 1 })),
    ).toBe('fileDateInFuture');
  });

  it('refuses agents', () => {
    expect(outcome(run(setNationalDncFile, world(), 'faisal', FILE))).toBe('forbidden');
    expect(outcome(run(setNationalDncFile, world(), 'sarah', FILE))).toBe('ok');
  });
});
