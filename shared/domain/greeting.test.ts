import { describe, expect, it } from 'vitest';
import { greetingFor, hourIn, partOfDay } from './greeting';

// 12:33 UTC on 3 December 2026: 15:33 in Riyadh, 15:33 in Istanbul, 07:33 in New York.
const AT = Date.UTC(2026, 11, 3, 12, 33);

describe('greetingFor', () => {
  it('follows the lead’s clock, not the desk’s: 15:33 in Riyadh is afternoon', () => {
    expect(greetingFor('en', 'Asia/Riyadh', AT)).toBe('Good afternoon');
    expect(greetingFor('ar', 'Asia/Riyadh', AT)).toBe('مساء الخير');
    expect(greetingFor('tr', 'Europe/Istanbul', AT)).toBe('İyi günler');
    expect(greetingFor('en', 'America/New_York', AT)).toBe('Good morning');
    expect(greetingFor('ar', 'America/New_York', AT)).toBe('صباح الخير');
    expect(greetingFor('tr', 'America/New_York', AT)).toBe('Günaydın');
  });

  it('says good evening from 18:00 in each language', () => {
    const evening = Date.UTC(2026, 11, 3, 15, 0); // 18:00 in Riyadh
    expect(greetingFor('en', 'Asia/Riyadh', evening)).toBe('Good evening');
    expect(greetingFor('ar', 'Asia/Riyadh', evening)).toBe('مساء الخير');
    expect(greetingFor('tr', 'Asia/Riyadh', evening)).toBe('İyi akşamlar');
  });
});

describe('partOfDay', () => {
  const utc = (h: number, m = 0) => Date.UTC(2026, 11, 3, h, m);
  it('turns at 05:00, 12:00 and 18:00', () => {
    expect(partOfDay('UTC', utc(4, 59))).toBe('evening');
    expect(partOfDay('UTC', utc(5))).toBe('morning');
    expect(partOfDay('UTC', utc(11, 59))).toBe('morning');
    expect(partOfDay('UTC', utc(12))).toBe('afternoon');
    expect(partOfDay('UTC', utc(17, 59))).toBe('afternoon');
    expect(partOfDay('UTC', utc(18))).toBe('evening');
    expect(partOfDay('UTC', utc(0))).toBe('evening');
  });

  it('reads a timezone the runtime does not know as UTC instead of failing', () => {
    expect(hourIn('Mars/Olympus', utc(9))).toBe(9);
  });
});
