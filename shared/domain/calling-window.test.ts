import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ZONES } from './testing/zones';
import {
  DEFAULT_CALLING_WINDOW,
  isWithinCallingWindow,
  localTime,
  nextWindowStart,
  type CallingPolicy,
} from './calling-window';

// Zones whose clocks change at midnight, so a window opening at 00:xx meets the gap or overlap.
const HOUR_MS = 3_600_000;
const MIDNIGHT_ZONES = ['America/Santiago', 'America/Havana', 'Asia/Beirut', 'America/Asuncion'];

// DST change days of 2026 (EU 29 Mar / 25 Oct, US 8 Mar / 1 Nov, AU 5 Apr / 4 Oct, NZ 5 Apr / 27 Sep).
const DST_DAYS = [
  '2026-03-08',
  '2026-03-29',
  '2026-04-05',
  '2026-09-27',
  '2026-10-04',
  '2026-10-25',
  '2026-11-01',
];

const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
  fc
    .tuple(fc.constantFrom(...DST_DAYS), fc.integer({ min: -36 * 60, max: 36 * 60 }))
    .map(([day, minutes]) => Date.parse(`${day}T00:00:00Z`) + minutes * 60_000),
);

describe('calling window', () => {
  it('reads wall-clock time in the lead’s zone', () => {
    const at = Date.UTC(2026, 10, 22, 6, 30); // 06:30 UTC
    expect(localTime('Europe/Istanbul', at).minutes).toBe(9 * 60 + 30);
    expect(localTime('America/New_York', at).minutes).toBe(60 + 30);
    expect(localTime('Asia/Kathmandu', at).minutes).toBe(12 * 60 + 15);
  });

  it('is open 09:00–20:00 local by default', () => {
    expect(isWithinCallingWindow('Asia/Riyadh', Date.UTC(2026, 10, 22, 6, 0))).toBe(true); // 09:00
    expect(isWithinCallingWindow('Asia/Riyadh', Date.UTC(2026, 10, 22, 5, 59))).toBe(false); // 08:59
    expect(isWithinCallingWindow('Asia/Riyadh', Date.UTC(2026, 10, 22, 16, 59))).toBe(true); // 19:59
    expect(isWithinCallingWindow('Asia/Riyadh', Date.UTC(2026, 10, 22, 17, 0))).toBe(false); // 20:00
  });

  it('follows daylight saving: 09:00 in New York is 13:00 UTC in summer and 14:00 UTC in winter', () => {
    expect(nextWindowStart('America/New_York', Date.UTC(2026, 6, 1, 4))).toBe(
      Date.UTC(2026, 6, 1, 13),
    );
    expect(nextWindowStart('America/New_York', Date.UTC(2026, 11, 1, 4))).toBe(
      Date.UTC(2026, 11, 1, 14),
    );
    // The night the clocks go back in London: the window opens at 09:00 GMT.
    expect(nextWindowStart('Europe/London', Date.UTC(2026, 9, 25, 0))).toBe(
      Date.UTC(2026, 9, 25, 9),
    );
  });

  // An independent reading: a fresh formatter per zone, parts taken as they stand.
  const readers = new Map<string, Intl.DateTimeFormat>();
  const WEEKDAY_NAMES = [
    'Sunday',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
  ];
  const read = (zone: string, at: number) => {
    let f = readers.get(zone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        weekday: 'long',
      });
      readers.set(zone, f);
    }
    const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
    return {
      year: Number(p.year),
      month: Number(p.month),
      day: Number(p.day),
      minutes: Number(p.hour) * 60 + Number(p.minute),
      weekday: WEEKDAY_NAMES.indexOf(p.weekday ?? ''),
    };
  };
  // Zones whose clocks change on the half hour UTC (Newfoundland, South Australia, Lord Howe's
  // half-hour shift) and one with a seconds offset until 1972 (Monrovia, −0:44:30).
  const ODD_ZONES = [
    'America/St_Johns',
    'Australia/Adelaide',
    'Australia/Lord_Howe',
    'Africa/Monrovia',
  ];

  it('property: localTime reads any instant from 1900 to 2100 as Intl does, in every zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES, ...MIDNIGHT_ZONES, ...ODD_ZONES),
        fc.oneof(instant, fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) })),
        (zone, at) => {
          expect(localTime(zone, at)).toEqual(read(zone, at));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads every few minutes of the DST change days as Intl does, where one hour holds two offsets', () => {
    for (const zone of [...ZONES, ...MIDNIGHT_ZONES, ...ODD_ZONES]) {
      for (const day of [...DST_DAYS, '2026-04-04', '2026-10-03', '1971-06-15']) {
        const midnight = Date.parse(`${day}T00:00:00Z`);
        // 7 min 13 s steps: every quarter hour's neighbourhood, at odd seconds, over ±36 h.
        for (let at = midnight - 36 * HOUR_MS; at <= midnight + 36 * HOUR_MS; at += 433_000)
          if (JSON.stringify(localTime(zone, at)) !== JSON.stringify(read(zone, at)))
            expect({ zone, at: new Date(at).toISOString(), got: localTime(zone, at) }).toEqual({
              zone,
              at: new Date(at).toISOString(),
              got: read(zone, at),
            });
      }
    }
  });

  it('skips days the organisation does not call (a Gulf team off on Friday)', () => {
    const policy: CallingPolicy = { ...DEFAULT_CALLING_WINDOW, days: [0, 1, 2, 3, 4, 6] };
    const fridayNoon = Date.UTC(2026, 10, 20, 9); // Friday 12:00 Riyadh
    expect(isWithinCallingWindow('Asia/Riyadh', fridayNoon, policy)).toBe(false);
    expect(nextWindowStart('Asia/Riyadh', fridayNoon, policy)).toBe(Date.UTC(2026, 10, 21, 6)); // Saturday 09:00
  });

  it('never opens for an empty policy', () => {
    expect(nextWindowStart('Europe/Istanbul', 0, { startMinutes: 600, endMinutes: 600 })).toBe(
      Infinity,
    );
  });

  it('property: the next window start is inside the window, not before now, and nothing earlier was open', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, at) => {
        const next = nextWindowStart(zone, at);
        expect(next).toBeGreaterThanOrEqual(at);
        expect(isWithinCallingWindow(zone, next)).toBe(true);
        for (let t = at; t < next; t += 10 * 60_000)
          expect(isWithinCallingWindow(zone, t)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('opens at the clock jump when the start time falls in the spring-forward gap', () => {
    const policy: CallingPolicy = { startMinutes: 2 * 60 + 43, endMinutes: 20 * 60 };
    // Chicago, 8 Mar 2026: 02:00 CST jumps to 03:00 CDT (08:00 UTC); 02:43 never shows.
    expect(nextWindowStart('America/Chicago', Date.UTC(2026, 2, 8, 3), policy)).toBe(
      Date.UTC(2026, 2, 8, 8),
    );
  });

  it('does not lose a day whose midnight start is skipped (Santiago, 6 Sep 2026)', () => {
    // Chile jumps from Saturday 24:00 to Sunday 01:00 (04:00 UTC); a Sunday-only 00:00 window
    // opens at that jump rather than a week later.
    const policy: CallingPolicy = { startMinutes: 0, endMinutes: 12 * 60, days: [0] };
    expect(nextWindowStart('America/Santiago', Date.UTC(2026, 8, 4, 12), policy)).toBe(
      Date.UTC(2026, 8, 6, 4),
    );
  });

  it('opens at the first of two 01:30s when the clocks go back, and again at the second', () => {
    const policy: CallingPolicy = { startMinutes: 90, endMinutes: 100 };
    // Jerusalem, 25 Oct 2026: 01:30 happens at 22:30 UTC (IDT) and again at 23:30 UTC (IST).
    expect(nextWindowStart('Asia/Jerusalem', Date.UTC(2026, 9, 24, 22, 0), policy)).toBe(
      Date.UTC(2026, 9, 24, 22, 30),
    );
    expect(nextWindowStart('Asia/Jerusalem', Date.UTC(2026, 9, 24, 22, 45), policy)).toBe(
      Date.UTC(2026, 9, 24, 23, 30),
    );
  });

  it('property: any organisation window (start, end, days) opens at the first allowed minute', () => {
    const policy = fc
      .record({
        startMinutes: fc.oneof(fc.constantFrom(0, 30, 60, 90, 120, 150), fc.nat(1439)),
        length: fc.integer({ min: 1, max: 1440 }),
        days: fc.option(fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }), { nil: undefined }),
      })
      .map(({ startMinutes, length, days }): CallingPolicy => ({
        startMinutes,
        endMinutes: Math.min(1440, startMinutes + length),
        ...(days ? { days } : {}),
      }));
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES, ...MIDNIGHT_ZONES),
        instant,
        policy,
        (zone, at, calling) => {
          const next = nextWindowStart(zone, at, calling);
          expect(next).toBeGreaterThanOrEqual(at);
          expect(isWithinCallingWindow(zone, next, calling)).toBe(true);
          // Nothing open in the last two hours before it (a full scan would be too slow here).
          for (let t = Math.max(at, next - 2 * 3_600_000); t < next; t += 60_000)
            expect(isWithinCallingWindow(zone, t, calling)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
