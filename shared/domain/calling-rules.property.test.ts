// Property test of the calling rules over 100,000 generated cases: random zones (with and without
// DST), random rules (weekly hours, weekends, holidays, special periods, country overrides),
// random instants clustered around DST changes and weekends. The oracle reads the wall clock with
// its own Intl formatter and applies the rules as written (not the compiled calendar).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  callingPolicyFor,
  type CallingRules,
  type DayHoursRule,
  type WeeklyHours,
} from './calling-rules';
import { isWithinCallingWindow, nextWindowStart } from './calling-window';

const ZONES = [
  'Europe/Istanbul',
  'Asia/Riyadh',
  'Asia/Dubai',
  'Europe/London',
  'America/New_York',
] as const;

const MINUTE = 60_000;
const DAY = 86_400_000;
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2027, 11, 31);
// DST changes in 2026–2027 (London: last Sundays of March/October at 01:00 UTC; New York: second
// Sunday of March 07:00 UTC, first Sunday of November 06:00 UTC).
const CHANGES = [
  Date.UTC(2026, 2, 29, 1),
  Date.UTC(2026, 9, 25, 1),
  Date.UTC(2027, 2, 28, 1),
  Date.UTC(2027, 9, 31, 1),
  Date.UTC(2026, 2, 8, 7),
  Date.UTC(2026, 10, 1, 6),
  Date.UTC(2027, 2, 14, 7),
  Date.UTC(2027, 10, 7, 6),
];

/**
 * Each zone's UTC offsets as a table of changes, found once by reading the offset at every local
 * noon from 2025 to 2029 with an Intl formatter of our own and bisecting each change to the
 * minute: the oracle's wall clock is then a table look-up, independent of calling-window.ts.
 */
const offsetTables = new Map<string, { at: number[]; offset: number[] }>();
function offsetByIntl(f: Intl.DateTimeFormat, at: number): number {
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(at)) p[part.type] = part.value;
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
  );
  return asUtc - Math.floor(at / MINUTE) * MINUTE;
}
function offsetTable(zone: string) {
  let table = offsetTables.get(zone);
  if (table) return table;
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const start = Date.UTC(2025, 0, 1);
  table = { at: [Number.NEGATIVE_INFINITY], offset: [offsetByIntl(f, start)] };
  for (let day = start; day < Date.UTC(2029, 0, 1); day += DAY / 2) {
    const before = offsetByIntl(f, day);
    if (offsetByIntl(f, day + DAY / 2) === before) continue;
    let lo = day;
    let hi = day + DAY / 2;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetByIntl(f, mid) === before) lo = mid;
      else hi = mid;
    }
    table.at.push(hi);
    table.offset.push(offsetByIntl(f, hi));
  }
  offsetTables.set(zone, table);
  return table;
}

/** Local date (yyyy-mm-dd), weekday and minutes at `at`, by the offset table. */
function wall(zone: string, at: number): { date: string; weekday: number; minutes: number } {
  const table = offsetTable(zone);
  let i = table.at.length - 1;
  while (table.at[i]! > at) i--;
  const local = new Date(Math.floor(at / MINUTE) * MINUTE + table.offset[i]!);
  return {
    date: local.toISOString().slice(0, 10),
    weekday: local.getUTCDay(),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** The rules as written: holiday → closed; inside a period its hours; else the weekly hours. */
function allowedByRules(rules: CallingRules, country: string | null, zone: string, at: number) {
  const own = rules.countries.find((c) => c.country === country);
  const holidays = own?.holidays ?? rules.holidays;
  const periods = own?.periods ?? rules.periods;
  const weekly = own?.weekly ?? rules.weekly;
  const t = wall(zone, at);
  if (holidays.some((h) => h.date === t.date)) return false;
  const period = periods.find((p) => p.from <= t.date && t.date <= p.to);
  const hours = (period?.weekly ?? weekly)[t.weekday];
  return !!hours && t.minutes >= hours.startMinutes && t.minutes < hours.endMinutes;
}

const iso = (at: number) => new Date(at).toISOString().slice(0, 10);

const dayHours: fc.Arbitrary<DayHoursRule | null> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
      .map(([a, b]) => ({ startMinutes: Math.min(a, b - 1), endMinutes: Math.max(b, a + 1) })),
  },
  // Hours around the DST changes (00:00–04:00) and the whole day.
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      { startMinutes: 60, endMinutes: 180 },
      { startMinutes: 90, endMinutes: 150 },
      { startMinutes: 0, endMinutes: 1440 },
      { startMinutes: 540, endMinutes: 1200 },
    ),
  },
);
const weekly: fc.Arbitrary<WeeklyHours> = fc.array(dayHours, { minLength: 7, maxLength: 7 });
const dayIn = fc.integer({ min: FROM - 30 * DAY, max: TO + 30 * DAY });
const holidays = fc
  .uniqueArray(dayIn.map(iso), { maxLength: 6 })
  .map((dates) => dates.map((date) => ({ date, name: `h${date}` })));
const periods = fc
  .array(fc.tuple(dayIn, fc.integer({ min: 0, max: 40 }), weekly), { maxLength: 3 })
  .map((list) => {
    // Non-overlapping, as validation demands: each starts after the previous one ends.
    const sorted = [...list].sort((a, b) => a[0] - b[0]);
    let end = -Infinity;
    const out = [];
    for (const [start, length, hours] of sorted) {
      if (start <= end) continue;
      end = start + length * DAY;
      out.push({ name: 'p', from: iso(start), to: iso(end), weekly: hours });
    }
    return out;
  });
const rules: fc.Arbitrary<CallingRules> = fc.record({
  weekly,
  holidays,
  periods,
  countries: fc.constantFrom<0 | 1>(0, 1).chain((n) =>
    n === 0
      ? fc.constant([])
      : fc.record({ weekly: fc.option(weekly, { nil: undefined }), holidays, periods }).map((c) => [
          {
            country: 'TR',
            ...(c.weekly ? { weekly: c.weekly } : {}),
            holidays: c.holidays,
            periods: c.periods,
          },
        ]),
  ),
});
// A pool of generated rules, drawn by index: generating 100,000 rule sets would cost more than
// checking them, and drawing from 3,000 still covers every shape above.
const POOL = fc.sample(rules, { numRuns: 3_000, seed: 170 });
const instant = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc
    .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -3 * DAY, max: 3 * DAY }))
    .map(([c, d]) => c + d),
);

describe('calling rules (property, 100,000 cases across DST and weekends)', () => {
  it('never judges an instant callable outside the rules; the next allowed instant is allowed and nothing before it is', () => {
    for (const zone of ZONES) offsetTable(zone);
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: POOL.length - 1 }),
        fc.constantFrom<string | null>(null, 'TR', 'SA'),
        instant,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (zone, which, country, at, u) => {
          const r = POOL[which]!;
          const allowed = (t: number) => allowedByRules(r, country, zone, t);
          const policy = callingPolicyFor({ startMinutes: 540, endMinutes: 1200 }, r, country);
          const within = isWithinCallingWindow(zone, at, policy);
          if (within !== allowed(at)) return false;
          const next = nextWindowStart(zone, at, policy);
          if (within) return next === at;
          // Never opens within the search horizon: then a sampled day in it is not open either.
          if (!Number.isFinite(next)) return !allowed(at + Math.floor(u * 300) * DAY);
          // The next allowed instant is allowed; the minute before it and a random instant
          // between are not.
          const between = at + Math.floor(u * (next - at));
          return (
            next > at &&
            allowed(next) &&
            !allowed(next - 1) &&
            (between >= next || !allowed(between))
          );
        },
      ),
      { numRuns: 100_000, seed: 17 },
    );
  }, 120_000);
});
