import { describe, expect, it } from 'vitest';
import { ImportDeduper } from './dedupe';

const existing = {
  phones: new Set(['+966501111111']),
  emails: new Set(['known@example.com']),
  dnc: new Set(['+905329999999']),
};

describe('ImportDeduper', () => {
  it('imports a new person and remembers their numbers and e-mail for later rows', () => {
    const d = new ImportDeduper(existing);
    expect(d.check(2, { phones: ['+905321234567'], email: 'a@example.com' })).toEqual({
      kind: 'import',
    });
    expect(d.check(3, { phones: ['+905321234567'], email: null })).toEqual({
      kind: 'duplicateInFile',
      value: '+905321234567',
      firstRow: 2,
    });
    expect(d.check(4, { phones: ['+905551112233'], email: 'a@example.com' })).toEqual({
      kind: 'duplicateInFile',
      value: 'a@example.com',
      firstRow: 2,
    });
    // An extra number of an earlier row counts too.
    expect(d.check(5, { phones: ['+905551112244', '+905551112255'], email: null })).toEqual({
      kind: 'import',
    });
    expect(d.check(6, { phones: ['+905551112255'], email: null })).toMatchObject({
      kind: 'duplicateInFile',
      firstRow: 5,
    });
  });

  it('skips do-not-call numbers before anything else, then leads already on the desk', () => {
    const d = new ImportDeduper(existing);
    expect(
      d.check(2, { phones: ['+905321234567', '+905329999999'], email: 'known@example.com' }),
    ).toEqual({ kind: 'dnc', value: '+905329999999' });
    expect(d.check(3, { phones: ['+966501111111'], email: null })).toEqual({
      kind: 'duplicateExisting',
      value: '+966501111111',
    });
    expect(d.check(4, { phones: ['+966502222222'], email: 'known@example.com' })).toEqual({
      kind: 'duplicateExisting',
      value: 'known@example.com',
    });
    // Skipped rows do not make later rows duplicates of them.
    expect(d.check(5, { phones: ['+905321234567'], email: null })).toEqual({ kind: 'import' });
  });

  it('finds e-mail-only rows that repeat one in the file or a lead on the desk', () => {
    const d = new ImportDeduper(existing);
    expect(d.check(2, { phones: [], email: 'leyla@ege.example' })).toEqual({ kind: 'import' });
    expect(d.check(3, { phones: [], email: 'leyla@ege.example' })).toEqual({
      kind: 'duplicateInFile',
      value: 'leyla@ege.example',
      firstRow: 2,
    });
    // The same person with a number on a later row is the same person.
    expect(d.check(4, { phones: ['+905551112266'], email: 'leyla@ege.example' })).toMatchObject({
      kind: 'duplicateInFile',
      firstRow: 2,
    });
    expect(d.check(5, { phones: [], email: 'known@example.com' })).toEqual({
      kind: 'duplicateExisting',
      value: 'known@example.com',
    });
  });
});
