// A phone number typed into a search box, any way — "+44 7574 430148", "447574430148",
// "07574 430148", "7574 430148", "٠٥٠١٢٣٤٥٦٧" — → the E.164 numbers it can mean, so the desk looks
// each one up in its phone indexes instead of scanning leads. libphonenumber-js reads the number
// in each country that may apply: the organisation's, then the countries of the numbers the desk
// already holds (a typed national number can only find a lead whose number is of that country).
import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import { foldForSearch } from './search-key';

/** Digits with phone punctuation, maybe a leading + (after foldForSearch made digits Latin). */
const PHONE_QUERY = /^\+?[\d\s().\-/]{6,}$/;

/** Whether a search query is a phone number rather than words. */
export function isPhoneQuery(text: string): boolean {
  return PHONE_QUERY.test(foldForSearch(text));
}

let byCallingCode: Map<string, CountryCode[]> | null = null;

/** The countries sharing a calling code ("44" → GB, GG, IM, JE), the main one first. */
export function countriesOfCallingCode(code: string): CountryCode[] {
  if (!byCallingCode) {
    byCallingCode = new Map();
    for (const c of getCountries()) {
      const k = getCountryCallingCode(c);
      const list = byCallingCode.get(k) ?? [];
      list.push(c);
      byCallingCode.set(k, list);
    }
  }
  return byCallingCode.get(code) ?? [];
}

/** The calling code of an E.164 number ("+447574430148" → "44"), or null. */
export function callingCodeOf(e164: string): string | null {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.countryCallingCode : null;
}

/**
 * Every E.164 number `text` can mean, most likely first, each a valid number:
 * - with "+" or "00": that international number only;
 * - otherwise, in order: read as a national number (with its trunk prefix, "0501234567", or
 *   without, "501234567") of each of `countries` in turn, then as an international number whose
 *   "+" was left out ("966501234567").
 * Empty when the text is no phone number.
 */
export function phoneCandidates(text: string, countries: readonly CountryCode[]): string[] {
  const folded = foldForSearch(text);
  if (!PHONE_QUERY.test(folded)) return [];
  const digits = folded.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 17) return [];
  const out = new Set<string>();
  const add = (raw: string, country?: CountryCode) => {
    const parsed = parsePhoneNumberFromString(raw, country);
    if (parsed?.isValid()) out.add(parsed.number);
  };
  if (folded.startsWith('+')) {
    add(`+${digits}`);
    return [...out];
  }
  if (digits.startsWith('00')) {
    add(`+${digits.slice(2)}`);
    return [...out];
  }
  for (const country of new Set(countries)) add(digits, country);
  if (digits[0] !== '0') add(`+${digits}`);
  return [...out];
}
