import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import { DEMO_COUNTRIES, DEMO_PHONE_PATTERNS, demoPhone } from './phones';
import { createRandom } from './random';

describe('demoPhone', () => {
  it.each(DEMO_COUNTRIES)('makes numbers libphonenumber accepts as %s', (country) => {
    const random = createRandom(`phones:${country}`);
    const bad: string[] = [];
    for (const kind of ['mobile', 'landline'] as const) {
      for (const fictional of [true, false]) {
        for (let i = 0; i < 400; i++) {
          const { e164 } = demoPhone(country, kind, random, fictional);
          const ok =
            /^\+[1-9]\d{7,14}$/.test(e164) &&
            DEMO_PHONE_PATTERNS[country].test(e164) &&
            isValidPhoneNumber(e164) &&
            parsePhoneNumber(e164).country === country;
          if (!ok) bad.push(`${kind} ${e164}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses the ranges reserved for fiction in the US and for London landlines', () => {
    const random = createRandom('fiction');
    expect(demoPhone('US', 'mobile', random).e164).toMatch(/^\+1\d{3}55501\d{2}$/);
    expect(demoPhone('GB', 'landline', random).e164).toMatch(/^\+442079460\d{3}$/);
  });

  it('knows the timezone of a US area code', () => {
    expect(demoPhone('US', 'mobile', createRandom('tz')).timezone).toMatch(/^America\//);
  });
});
