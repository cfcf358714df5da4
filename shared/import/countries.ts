// Country cells of an imported file ("TR", "Turkey", "Türkiye", "السعودية") to ISO codes.
import { getCountries, type CountryCode } from 'libphonenumber-js';
import { foldForSearch } from '../domain/search-key';

let byName: Map<string, CountryCode> | null = null;

function names(): Map<string, CountryCode> {
  if (byName) return byName;
  byName = new Map();
  for (const code of getCountries()) byName.set(foldForSearch(code), code);
  for (const language of ['en', 'ar', 'tr']) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of getCountries()) {
      const name = display.of(code);
      if (name) byName.set(foldForSearch(name), code);
    }
  }
  // Names people write that Intl does not give.
  const extra: Record<string, CountryCode> = {
    uk: 'GB',
    england: 'GB',
    usa: 'US',
    'united states of america': 'US',
    uae: 'AE',
    ksa: 'SA',
    'saudi arabia': 'SA',
    turkey: 'TR',
    turkiye: 'TR',
    السعوديه: 'SA',
    'المملكه العربيه السعوديه': 'SA',
    الامارات: 'AE',
    تركيا: 'TR',
    مصر: 'EG',
    الكويت: 'KW',
    قطر: 'QA',
    البحرين: 'BH',
    عمان: 'OM',
    الاردن: 'JO',
  };
  for (const [name, code] of Object.entries(extra)) byName.set(foldForSearch(name), code);
  return byName;
}

/** The ISO 3166 code a country cell names, or null when it names none. */
export function countryCode(cell: string): CountryCode | null {
  const folded = foldForSearch(cell).replace(/[.()]/g, '').trim();
  if (!folded) return null;
  return names().get(folded) ?? null;
}

export function isCountryCode(value: string): value is CountryCode {
  return (getCountries() as string[]).includes(value);
}
