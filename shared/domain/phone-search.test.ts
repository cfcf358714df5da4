import { describe, expect, it } from 'vitest';
import {
  callingCodeOf,
  countriesOfCallingCode,
  isPhoneQuery,
  phoneCandidates,
} from './phone-search';

describe('phoneCandidates', () => {
  const UK = '+447574430148';
  const SA = '+966501234567';

  it('reads a British mobile typed every way a person types it', () => {
    for (const typed of [
      '+447574430148',
      '+44 7574 430148',
      '0044 7574 430148',
      '447574430148',
      '07574 430148',
      '7574 430148',
      '(0)7574-430-148',
    ])
      expect(phoneCandidates(typed, ['SA', 'GB']), typed).toContain(UK);
  });

  it('reads a Saudi national number with or without its trunk 0, and in Arabic-Indic digits', () => {
    for (const typed of ['050 123 4567', '0501234567', '501234567', '٠٥٠١٢٣٤٥٦٧', '966501234567'])
      expect(phoneCandidates(typed, ['SA']), typed).toEqual([SA]);
  });

  it('puts the first country first and keeps only valid numbers', () => {
    // 0532 765 43 21 is a Turkish mobile; as a Saudi or British number it is not valid.
    expect(phoneCandidates('0532 765 43 21', ['SA', 'TR', 'GB'])).toEqual(['+905327654321']);
    // A national number is read only in the countries given.
    expect(phoneCandidates('07574 430148', ['SA'])).toEqual([]);
    expect(phoneCandidates('7574 430148', ['TR', 'GB'])[0]).toBe(UK);
  });

  it('takes a number with + or 00 as international only', () => {
    expect(phoneCandidates('+966 50 123 4567', ['GB'])).toEqual([SA]);
    expect(phoneCandidates('00966501234567', ['GB'])).toEqual([SA]);
    expect(phoneCandidates('+123', ['GB'])).toEqual([]);
  });

  it('is empty for words, short digit runs and impossible numbers', () => {
    expect(phoneCandidates('Ahmed 0532', ['TR'])).toEqual([]);
    expect(phoneCandidates('12345', ['TR'])).toEqual([]);
    expect(phoneCandidates('0000000000', ['TR', 'SA', 'GB'])).toEqual([]);
    expect(isPhoneQuery('7574 430148')).toBe(true);
    expect(isPhoneQuery('Kemal 0532')).toBe(false);
  });
});

describe('calling codes', () => {
  it('maps a number to its calling code and a code to its countries', () => {
    expect(callingCodeOf('+447574430148')).toBe('44');
    expect(callingCodeOf('+966501234567')).toBe('966');
    expect(callingCodeOf('+15551234567')).toBe('1');
    expect(countriesOfCallingCode('44')).toEqual(expect.arrayContaining(['GB', 'JE']));
    expect(countriesOfCallingCode('90')).toEqual(['TR']);
    expect(countriesOfCallingCode('999')).toEqual([]);
  });
});
