// Reporting periods in the organisation's timezone (DST-correct through Intl): today, this week,
// this month, this quarter, a custom run of days, and the calendar months growth compares.
import { localTime } from './calling-window';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Half-open range of instants, epoch ms: from ≤ at < to. */
export type Period = { from: number; to: number };

export const PERIOD_KINDS = ['today', 'week', 'month', 'quarter', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A local calendar date. */
export type LocalDate = { year: number; month: number; day: number };

/** UTC offset of `timeZone` at `at`, in minutes. */
function offsetMinutes(timeZone: string, at: number): number {
  const t = localTime(timeZone, at);
  const wall = Date.UTC(t.year, t.month - 1, t.day) + t.minutes * MINUTE;
  return Math.round((wall - Math.floor(at / MINUTE) * MINUTE) / MINUTE);
}

function dateKey(d: LocalDate): number {
  return d.year * 10_000 + d.month * 100 + d.day;
}

function localDateKey(timeZone: string, at: number): number {
  const t = localTime(timeZone, at);
  return dateKey(t);
}

/** Normalises y-m-d with any overflow (month 13, day 0 …) to a real calendar date. */
export function calendarDate(year: number, month: number, day: number): LocalDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The first instant of local date y-m-d in `timeZone`: its midnight, the earlier one when the
 * clocks go back over midnight, or the moment the clocks jump into the day when midnight is
 * skipped.
 */
export function startOfLocalDate(timeZone: string, date: LocalDate): number {
  const d = calendarDate(date.year, date.month, date.day);
  const wall = Date.UTC(d.year, d.month - 1, d.day);
  const target = dateKey(d);
  const candidates = [offsetMinutes(timeZone, wall - DAY), offsetMinutes(timeZone, wall + DAY)]
    .map((offset) => wall - offset * MINUTE)
    .filter((at) => {
      const t = localTime(timeZone, at);
      return dateKey(t) === target && t.minutes === 0;
    })
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return candidates[0];
  // Midnight never happens that day: the first minute whose local date is the target.
  let lo = wall - 15 * HOUR;
  let hi = wall + 15 * HOUR;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
    if (localDateKey(timeZone, mid) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The local date `at` falls on in `timeZone`. */
export function localDate(timeZone: string, at: number): LocalDate {
  const t = localTime(timeZone, at);
  return { year: t.year, month: t.month, day: t.day };
}

/** The local day containing `at`. */
export function dayOf(timeZone: string, at: number): Period {
  const d = localDate(timeZone, at);
  return {
    from: startOfLocalDate(timeZone, d),
    to: startOfLocalDate(timeZone, calendarDate(d.year, d.month, d.day + 1)),
  };
}

// CLDR's first day of the week by region (weekData), for the zones a desk is likely to report
// in; 0 = Sunday … 6 = Saturday. Everything else starts on Monday (ISO 8601).
const SATURDAY_ZONES = [
  'Asia/Dubai',
  'Asia/Bahrain',
  'Asia/Kuwait',
  'Asia/Qatar',
  'Asia/Muscat',
  'Asia/Baghdad',
  'Asia/Amman',
  'Asia/Damascus',
  'Asia/Tehran',
  'Asia/Kabul',
  'Africa/Cairo',
  'Africa/Algiers',
  'Africa/Tripoli',
  'Africa/Khartoum',
  'Africa/Djibouti',
];
const SUNDAY_ZONES = [
  'Asia/Riyadh',
  'Asia/Jerusalem',
  'Asia/Aden',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Asia/Manila',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Toronto',
  'America/Vancouver',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Pacific/Honolulu',
];

/** The first day of the week where `timeZone` is (0 = Sunday … 6 = Saturday). */
export function weekStartFor(timeZone: string): number {
  if (SATURDAY_ZONES.includes(timeZone)) return 6;
  if (SUNDAY_ZONES.includes(timeZone)) return 0;
  return 1;
}

/** The calendar month containing `at`, or `offset` months from it. */
export function monthOf(timeZone: string, at: number, offset = 0): Period & { key: string } {
  const d = localDate(timeZone, at);
  const first = calendarDate(d.year, d.month + offset, 1);
  const next = calendarDate(first.year, first.month + 1, 1);
  return {
    key: `${first.year}-${String(first.month).padStart(2, '0')}`,
    from: startOfLocalDate(timeZone, first),
    to: startOfLocalDate(timeZone, next),
  };
}

/** The `count` calendar months ending with the one containing `at`, oldest first. */
export function recentMonths(
  timeZone: string,
  at: number,
  count: number,
): (Period & { key: string })[] {
  return Array.from({ length: count }, (_, i) => monthOf(timeZone, at, i - count + 1));
}

/** The calendar quarter containing `at`, with the keys of its three months. */
export function quarterOf(timeZone: string, at: number): Period & { months: string[] } {
  const d = localDate(timeZone, at);
  const firstMonth = d.month - ((d.month - 1) % 3);
  const months = [0, 1, 2].map((i) => `${d.year}-${String(firstMonth + i).padStart(2, '0')}`);
  return {
    months,
    from: startOfLocalDate(timeZone, { year: d.year, month: firstMonth, day: 1 }),
    to: startOfLocalDate(timeZone, calendarDate(d.year, firstMonth + 3, 1)),
  };
}

/** Parses `YYYY-MM-DD` (a date input's value); null when it is not a real date. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const real = calendarDate(date.year, date.month, date.day);
  return dateKey(real) === dateKey(date) ? date : null;
}

export function formatLocalDate(d: LocalDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * The reporting period of `kind` around `now` in the organisation's timezone. A custom period
 * runs from the start of `custom.from` to the end of `custom.to` (both days included, swapped
 * when given backwards).
 */
export function periodFor(
  kind: PeriodKind,
  timeZone: string,
  now: number,
  custom?: { from: LocalDate; to: LocalDate },
): Period {
  switch (kind) {
    case 'today':
      return dayOf(timeZone, now);
    case 'week': {
      const today = localTime(timeZone, now);
      const back = (today.weekday - weekStartFor(timeZone) + 7) % 7;
      const first = calendarDate(today.year, today.month, today.day - back);
      return {
        from: startOfLocalDate(timeZone, first),
        to: startOfLocalDate(timeZone, calendarDate(first.year, first.month, first.day + 7)),
      };
    }
    case 'month':
      return monthOf(timeZone, now);
    case 'quarter': {
      const q = quarterOf(timeZone, now);
      return { from: q.from, to: q.to };
    }
    case 'custom': {
      if (!custom) return dayOf(timeZone, now);
      const [a, b] =
        dateKey(custom.from) <= dateKey(custom.to)
          ? [custom.from, custom.to]
          : [custom.to, custom.from];
      return {
        from: startOfLocalDate(timeZone, a),
        to: startOfLocalDate(timeZone, calendarDate(b.year, b.month, b.day + 1)),
      };
    }
  }
}

/** How many local days the period spans (a DST day still counts as one). */
export function daysIn(timeZone: string, period: Period): number {
  if (period.to <= period.from) return 0;
  const a = localDate(timeZone, period.from);
  const b = localDate(timeZone, period.to - 1);
  return (
    Math.round(
      (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY,
    ) + 1
  );
}

/**
 * A monthly target spread over a period: each calendar month the period touches adds its
 * target times the share of that month's days the period covers. A whole month gives the
 * monthly target; a quarter three of them; one day of a 30-day month a thirtieth.
 */
export function prorateMonthly(
  timeZone: string,
  period: Period,
  monthly: (monthKey: string) => number,
): number {
  let total = 0;
  let month = monthOf(timeZone, period.from);
  while (month.from < period.to) {
    const overlap = {
      from: Math.max(month.from, period.from),
      to: Math.min(month.to, period.to),
    };
    if (overlap.to > overlap.from)
      total += (monthly(month.key) * daysIn(timeZone, overlap)) / daysIn(timeZone, month);
    month = monthOf(timeZone, month.to);
  }
  return total;
}
