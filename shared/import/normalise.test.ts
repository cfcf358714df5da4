import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './columns';
import { normaliseImportPhone, normaliseRow, splitPhones } from './normalise';
import { countryCode } from './countries';

const MAPPING: ColumnMapping = [
  { kind: 'name' },
  { kind: 'company' },
  { kind: 'phone' },
  { kind: 'phone' },
  { kind: 'email' },
  { kind: 'country' },
  { kind: 'timezone' },
  { kind: 'notes' },
  { kind: 'custom', key: 'Industry' },
  { kind: 'ignore' },
];

describe('normaliseImportPhone', () => {
  it('writes every local and international form of one number the same way', () => {
    for (const raw of [
      '0532 123 45 67',
      '+90 532 1234567',
      '(0532) 123-45-67',
      '00905321234567',
      '905321234567',
      '٠٥٣٢١٢٣٤٥٦٧',
      'tel:+905321234567',
    ])
      expect(normaliseImportPhone(raw, 'TR'), raw).toBe('+905321234567');
  });

  it('uses the default country only for numbers without a country code', () => {
    expect(normaliseImportPhone('0501234567', 'SA')).toBe('+966501234567');
    expect(normaliseImportPhone('0501234567', 'TR')).toBeNull();
    expect(normaliseImportPhone('966501234567', 'TR')).toBe('+966501234567');
    expect(normaliseImportPhone('+44 20 7946 0958', 'TR')).toBe('+442079460958');
  });

  it('refuses what cannot be a number', () => {
    for (const raw of ['', '12', 'n/a', '9.05321E+11', '+90 12'])
      expect(normaliseImportPhone(raw, 'TR'), raw).toBeNull();
  });
});

describe('splitPhones', () => {
  it('splits cells holding several numbers', () => {
    expect(splitPhones('0532 123 45 67 / 0212 555 11 22; +966501234567')).toEqual([
      '0532 123 45 67',
      '0212 555 11 22',
      '+966501234567',
    ]);
  });
});

describe('countryCode', () => {
  it('reads codes and names in English, Arabic and Turkish', () => {
    expect(countryCode('tr')).toBe('TR');
    expect(countryCode('Türkiye')).toBe('TR');
    expect(countryCode('Turkey')).toBe('TR');
    expect(countryCode('المملكة العربية السعودية')).toBe('SA');
    expect(countryCode('السعودية')).toBe('SA');
    expect(countryCode('Suudi Arabistan')).toBe('SA');
    expect(countryCode('Germany')).toBe('DE');
    expect(countryCode('Atlantis')).toBeNull();
  });
});

describe('normaliseRow', () => {
  const row = (cells: string[]) => normaliseRow(cells, MAPPING, 'TR');

  it('takes the postal address and interests a file has columns for; none, no field', () => {
    const mapping: ColumnMapping = [
      { kind: 'name' },
      { kind: 'phone' },
      { kind: 'address' },
      { kind: 'interests' },
      { kind: 'interests' },
    ];
    const r = normaliseRow(
      ['Omar', '0501234567', '  Olaya St.   12\nRiyadh ', 'Solar، batteries', 'solar; Filters'],
      mapping,
      'SA',
    );
    expect(r).toMatchObject({
      ok: true,
      contact: {
        address: 'Olaya St. 12\nRiyadh',
        interests: ['Solar', 'batteries', 'Filters'],
      },
    });
    const bare = normaliseRow(['Omar', '0501234567', ' ', ''], mapping, 'SA');
    expect(bare.ok && bare.contact).not.toHaveProperty('address');
    expect(bare.ok && bare.contact).not.toHaveProperty('interests');
    expect(normaliseRow(['Omar', '0501234567', '', 'x'.repeat(61)], mapping, 'SA')).toMatchObject({
      ok: false,
      reason: 'tooLong',
    });
  });

  it('takes the advert’s tracking number in E.164; none, no field; a wrong one is reported', () => {
    const mapping: ColumnMapping = [
      { kind: 'name' },
      { kind: 'phone' },
      { kind: 'trackingNumber' },
    ];
    expect(normaliseRow(['Omar', '0501234567', '011 234 5678'], mapping, 'SA')).toMatchObject({
      ok: true,
      contact: { phones: ['+966501234567'], trackingNumber: '+966112345678' },
    });
    const bare = normaliseRow(['Omar', '0501234567', ' '], mapping, 'SA');
    expect(bare.ok && bare.contact).not.toHaveProperty('trackingNumber');
    expect(normaliseRow(['Omar', '0501234567', 'flyer B'], mapping, 'SA')).toEqual({
      ok: false,
      reason: 'phoneInvalid',
      value: 'flyer B',
    });
  });

  it('builds the contact: trimmed text, phones in E.164 without repeats, e-mail lower-case', () => {
    const r = row([
      '  Ayşe   Yılmaz ',
      'Güneş Ltd',
      '0532 123 45 67',
      '+90 532 1234567 / 0212 555 11 22',
      ' Ayse@Example.COM ',
      '',
      'Europe/Istanbul',
      'call after 2pm',
      'Retail',
      'dropped',
    ]);
    expect(r).toEqual({
      ok: true,
      contact: {
        name: 'Ayşe Yılmaz',
        company: 'Güneş Ltd',
        phones: ['+905321234567', '+902125551122'],
        email: 'ayse@example.com',
        country: 'TR',
        timezone: 'Europe/Istanbul',
        source: null,
        notes: 'call after 2pm',
        custom: { Industry: 'Retail' },
      },
      cleaned: false,
    });
  });

  it('takes invisible control characters and lone surrogate halves out of every cell, and says so', () => {
    const r = row([
      'Ay\u0000şe\u001B Yılmaz',
      'Güneş\uD800 Ltd',
      '0532\u0000 123 45 67',
      '',
      'ayse@exa\u0007mple.com',
      '',
      '',
      'call\u0085 after 2pm \uDC00',
      'Retail\u007F',
      '',
    ]);
    expect(r).toMatchObject({
      ok: true,
      cleaned: true,
      contact: {
        name: 'Ayşe Yılmaz',
        company: 'Güneş Ltd',
        phones: ['+905321234567'],
        email: 'ayse@example.com',
        notes: 'call after 2pm',
        custom: { Industry: 'Retail' },
      },
    });
    // Letters of every script, emoji (whole surrogate pairs), tabs and line breaks are kept; an
    // ignored column is not the lead's, so its stray bytes change nothing.
    const kept = row([
      'محمد 👋',
      'Şirket',
      '05321234567',
      '',
      '',
      '',
      '',
      'a\tb\r\nc',
      '',
      '\u0000',
    ]);
    expect(kept).toMatchObject({
      ok: true,
      cleaned: false,
      contact: { name: 'محمد 👋', notes: 'a\tb\r\nc' },
    });
  });

  it("reads local numbers in the row's own country before the default", () => {
    const r = row(['محمد', '', '050 123 4567', '', '', 'السعودية', '', '', '', '']);
    expect(r.ok && r.contact.phones).toEqual(['+966501234567']);
    expect(r.ok && r.contact.country).toBe('SA');
  });

  it('takes the country from the number when the file has none', () => {
    const r = row(['John', '', '+44 20 7946 0958', '', '', '', '', '', '', '']);
    expect(r.ok && r.contact.country).toBe('GB');
  });

  it('joins first and last names, and falls back to the company', () => {
    const m: ColumnMapping = [
      { kind: 'firstName' },
      { kind: 'lastName' },
      { kind: 'company' },
      { kind: 'phone' },
    ];
    expect(normaliseRow(['Ali', 'Kaya', '', '05321234567'], m, 'TR')).toMatchObject({
      ok: true,
      contact: { name: 'Ali Kaya' },
    });
    expect(normaliseRow(['', '', 'Acme', '05321234567'], m, 'TR')).toMatchObject({
      ok: true,
      contact: { name: 'Acme', company: 'Acme' },
    });
  });

  it('says why a row cannot be a lead', () => {
    expect(row(['', '', '05321234567', '', '', '', '', '', '', ''])).toEqual({
      ok: false,
      reason: 'nameMissing',
      value: '',
    });
    expect(row(['A', '', '', ' ', '', '', '', '', '', ''])).toEqual({
      ok: false,
      reason: 'contactMissing',
      value: '',
    });
    // No number, and the e-mail is not one either.
    expect(row(['A', '', '', '', 'not-an-email', '', '', '', '', ''])).toEqual({
      ok: false,
      reason: 'emailInvalid',
      value: 'not-an-email',
    });
    expect(row(['A', '', '123', 'abc', '', '', '', '', '', ''])).toEqual({
      ok: false,
      reason: 'phoneInvalid',
      value: '123 / abc',
    });
    expect(row(['A', '', '05321234567', '', 'not-an-email', '', '', '', '', ''])).toEqual({
      ok: false,
      reason: 'emailInvalid',
      value: 'not-an-email',
    });
    expect(row(['A', '', '05321234567', '', '', '', 'Mars/Base', '', '', ''])).toEqual({
      ok: false,
      reason: 'timezoneInvalid',
      value: 'Mars/Base',
    });
    expect(row(['A'.repeat(301), '', '05321234567', '', '', '', '', '', '', ''])).toMatchObject({
      ok: false,
      reason: 'tooLong',
    });
  });

  it('takes a lead reachable only by e-mail; a wrong number is still reported with one', () => {
    expect(row(['Leyla Demir', 'Ege Ltd', '', '', ' Leyla@Ege.example ', 'Türkiye'])).toEqual({
      ok: true,
      contact: expect.objectContaining({
        name: 'Leyla Demir',
        phones: [],
        email: 'leyla@ege.example',
        country: 'TR',
        timezone: null,
      }),
      cleaned: false,
    });
    expect(row(['Leyla Demir', '', '0533 12', '', 'leyla@ege.example'])).toEqual({
      ok: false,
      reason: 'phoneInvalid',
      value: '0533 12',
    });
  });

  it('keeps valid numbers when one of several is bad, and missing cells of a short row are empty', () => {
    expect(row(['A', '', 'junk', '05321234567'])).toMatchObject({
      ok: true,
      contact: { phones: ['+905321234567'] },
    });
  });
});
