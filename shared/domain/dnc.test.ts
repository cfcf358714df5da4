import { describe, expect, it } from 'vitest';
import {
  askedNotToBeCalled,
  isDoNotCallRequest,
  checkFileDate,
  countryForTimezone,
  createDncFileReader,
  leadNumbers,
  parseDncFile,
  parseIsoDate,
  planNationalImport,
  splitCsvLine,
  toE164,
} from './dnc';

describe('numbers', () => {
  it('normalises national and international spellings to E.164, and refuses impossible ones', () => {
    expect(toE164('050 123 4567', 'SA')).toBe('+966501234567');
    expect(toE164('+90 (532) 123-45-67')).toBe('+905321234567');
    expect(toE164('0532 123 45 67', 'TR')).toBe('+905321234567');
    expect(toE164('12345', 'SA')).toBeNull();
    expect(toE164('', 'SA')).toBeNull();
    expect(toE164('call me')).toBeNull();
  });

  it('reads the default country from the head office timezone', () => {
    expect(countryForTimezone('Asia/Riyadh')).toBe('SA');
    expect(countryForTimezone('Europe/Istanbul')).toBe('TR');
    expect(countryForTimezone('Antarctica/Troll')).toBeUndefined();
  });

  it('lists a lead’s main and extra numbers once', () => {
    expect(leadNumbers({ phoneE164: '+1', phones: ['+2', '+1'] })).toEqual(['+1', '+2']);
    expect(leadNumbers({ phoneE164: null, phones: [] })).toEqual([]);
  });

  it('knows when the lead itself asked not to be called', () => {
    expect(askedNotToBeCalled({ lostReason: 'doNotCall' }, false)).toBe(true);
    expect(
      askedNotToBeCalled(
        { lostReason: null },
        isDoNotCallRequest({ type: 'call', disposition: 'doNotCall' }),
      ),
    ).toBe(true);
    expect(
      askedNotToBeCalled(
        { lostReason: 'price' },
        isDoNotCallRequest({ type: 'call', disposition: 'busy' }),
      ),
    ).toBe(false);
  });
});

describe('national file', () => {
  it('reads one number a line, skipping blanks, a header word and duplicates', () => {
    const r = parseDncFile(
      '\uFEFFphone\n0501234567\r\n\n+966 50 123 4567\n0551234567\nnonsense\n',
      'SA',
    );
    expect(r.numbers).toEqual(['+966501234567', '+966551234567']);
    expect(r.duplicates).toBe(1);
    expect(r.invalid).toBe(1);
    expect(r.invalidSamples).toEqual([{ line: 6, text: 'nonsense' }]);
    expect(r.column).toBeNull();
  });

  it('finds the phone column of a CSV by its header in any of the three languages', () => {
    for (const header of ['name,phone,added', 'ad;telefon;tarih', 'الاسم,رقم الهاتف,التاريخ']) {
      const d = header.includes(';') ? ';' : ',';
      const r = parseDncFile(
        `${header}\nAli${d}0501234567${d}2026-01-01\n"Sara, Jr"${d}"055 123 4567"${d}x\n`,
        'SA',
      );
      expect(r.numbers, header).toEqual(['+966501234567', '+966551234567']);
      expect(r.column, header).toBe(1);
      expect(r.invalid, header).toBe(0);
    }
  });

  it('finds the phone column of a CSV without a header by its first number', () => {
    const r = parseDncFile('2026-01-01,+905321234567\n2026-01-02,+905331234567\n');
    expect(r.numbers).toEqual(['+905321234567', '+905331234567']);
    expect(r.column).toBe(1);
  });

  it('reads a file fed in arbitrary pieces exactly as the whole', () => {
    const lines = Array.from(
      { length: 500 },
      (_, i) => `05${String(10000000 + i * 37).slice(0, 8)}`,
    );
    const text = `msisdn\r\n${lines.join('\r\n')}`;
    const whole = parseDncFile(text, 'SA');
    const reader = createDncFileReader('SA');
    for (let i = 0; i < text.length; i += 7) reader.push(text.slice(i, i + 7));
    expect(reader.end()).toEqual(whole);
    expect(whole.numbers.length + whole.invalid + whole.duplicates).toBe(500);
  });

  it('splits quoted CSV cells', () => {
    expect(splitCsvLine('"a ""b""",c;d, e ', ',')).toEqual(['a "b"', 'c;d', 'e']);
  });

  it('replaces the previous national file by its difference, leaving internal entries be', () => {
    const plan = planNationalImport(['+1', '+2', '+3', '+3', '+9', '+8'], {
      national: new Set(['+1', '+4']),
      internal: new Map([
        ['+9', false],
        ['+8', true],
        ['+7', true],
      ]),
    });
    // +9 becomes national under its internal entry, +8 already was, +7 left the file.
    expect(plan).toEqual({ add: ['+2', '+3', '+9'], remove: ['+4', '+7'], shadowed: 2, kept: 2 });
  });
});

describe('publication date', () => {
  const now = Date.UTC(2026, 10, 23, 9);
  it('takes a real calendar date only', () => {
    expect(parseIsoDate('2026-11-01')).toBe(Date.UTC(2026, 10, 1));
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('01/11/2026')).toBeNull();
  });
  it('must be given and not in the future', () => {
    expect(checkFileDate(null, now)).toBe('fileDateMissing');
    expect(checkFileDate(Date.UTC(2026, 10, 30), now)).toBe('fileDateInFuture');
    expect(checkFileDate(Date.UTC(2026, 10, 23), now)).toBeNull();
  });
});
