// Calling hours in the lead's own timezone (DST-correct through Intl): never ring someone at
// 07:00 or 22:00 their time.
import type { CallingWindow } from './content';

/** One day's calling hours, minutes after local midnight (end excluded). */
export type DayHours = { readonly startMinutes: number; readonly endMinutes: number };

/** Hours for each weekday, 0 = Sunday … 6 = Saturday; null = closed (the weekend). */
export type WeekHours = readonly (DayHours | null)[];

/**
 * A calling calendar (shared/domain/calling-rules.ts compiles one from the organisation's rules):
 * weekly hours, whole-day holidays, and dated periods whose own weekly hours replace the usual ones.
 * Local dates are numbers yyyymmdd.
 */
export type CallingCalendar = {
  readonly weekly: WeekHours;
  readonly holidays: ReadonlyMap<number, string>;
  readonly periods: readonly {
    readonly from: number;
    readonly to: number;
    readonly name: string;
    readonly weekly: WeekHours;
  }[];
};

export type CallingPolicy = CallingWindow & {
  /** Days calls are allowed, 0 = Sunday … 6 = Saturday; all days when absent. */
  days?: readonly number[];
  /** The calling calendar; when present it alone decides (window and days are ignored). */
  calendar?: CallingCalendar;
};

/** Why calls are not allowed at some moment. */
export type ClosedReason = 'holiday' | 'period' | 'weekend' | 'outsideHours';
export type ClosedWhy = { reason: ClosedReason; name?: string };

export const DEFAULT_CALLING_WINDOW: CallingPolicy = { startMinutes: 9 * 60, endMinutes: 20 * 60 };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export type LocalTime = {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly minutes: number;
  readonly weekday: number;
};

// Wall-clock times already worked out, per zone and instant. The searches below probe instants
// derived from a local date (its midnight ± hours, the window's start), the same for every call
// on that date, so a server re-running thousands of calls formats each probe once, not per call.
const localTimes = new Map<string, Map<number, LocalTime>>();
// The zone's UTC offset, in seconds, at whole hours (instant → offset).
const hourOffsets = new Map<string, Map<number, number>>();
const MAX_HELD = 50_000;
let held = 0;

function remember<V>(cache: Map<string, Map<number, V>>, zone: string, at: number, value: V): V {
  if (held >= MAX_HELD) {
    localTimes.clear();
    hourOffsets.clear();
    held = 0;
  }
  let byInstant = cache.get(zone);
  if (!byInstant) cache.set(zone, (byInstant = new Map()));
  byInstant.set(at, value);
  held++;
  return value;
}

/** The formatter's reading of `at` (to the second), as wall-clock fields. */
function formatted(timeZone: string, at: number): LocalTime & { wallMs: number } {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    year,
    month,
    day,
    minutes: hour * 60 + minute,
    weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
    wallMs: Date.UTC(year, month - 1, day, hour, minute, Number(parts.second)),
  };
}

/** UTC offset in seconds at the whole hour `hourAt`. */
function offsetAtHour(timeZone: string, hourAt: number): number {
  const known = hourOffsets.get(timeZone)?.get(hourAt);
  if (known !== undefined) return known;
  return remember(
    hourOffsets,
    timeZone,
    hourAt,
    (formatted(timeZone, hourAt).wallMs - hourAt) / 1000,
  );
}

/** Wall-clock time at `at` in `timeZone`. */
export function localTime(timeZone: string, at: number): LocalTime {
  const known = localTimes.get(timeZone)?.get(at);
  if (known) return known;
  let t: LocalTime;
  const hourAt = Math.floor(at / HOUR) * HOUR;
  const offset = Number.isFinite(at) ? offsetAtHour(timeZone, hourAt) : NaN;
  if (offset === offsetAtHour(timeZone, hourAt + HOUR)) {
    // The offset is the same at both ends of the hour (zones change it at most once in an hour):
    // the wall clock is the instant shifted by it.
    const wall = new Date(at + offset * 1000);
    t = {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
      weekday: wall.getUTCDay(),
    };
  } else {
    const f = formatted(timeZone, at);
    t = { year: f.year, month: f.month, day: f.day, minutes: f.minutes, weekday: f.weekday };
  }
  return remember(localTimes, timeZone, at, Object.freeze(t));
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const dateKey = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;

function periodOn(calendar: CallingCalendar, key: number) {
  return calendar.periods.find((p) => p.from <= key && key <= p.to);
}

/** The calling hours on local date y-m-d (its weekday given), or null when the day is closed. */
export function hoursOn(
  policy: CallingPolicy,
  year: number,
  month: number,
  day: number,
  weekday: number,
): DayHours | null {
  const { calendar } = policy;
  let hours: DayHours | null | undefined;
  if (calendar) {
    const key = dateKey(year, month, day);
    if (calendar.holidays.has(key)) return null;
    hours = (periodOn(calendar, key)?.weekly ?? calendar.weekly)[weekday];
  } else {
    hours = !policy.days || policy.days.includes(weekday) ? policy : null;
  }
  return hours && hours.startMinutes < hours.endMinutes ? hours : null;
}

export function isWithinCallingWindow(
  timeZone: string,
  at: number,
  policy: CallingPolicy = DEFAULT_CALLING_WINDOW,
): boolean {
  const t = localTime(timeZone, at);
  const hours = hoursOn(policy, t.year, t.month, t.day, t.weekday);
  return hours !== null && t.minutes >= hours.startMinutes && t.minutes < hours.endMinutes;
}

/** Why a call is not allowed at `at` in `timeZone` (holiday, special period, weekend, hours); null when it is. */
export function closedWhy(
  timeZone: string,
  at: number,
  policy: CallingPolicy = DEFAULT_CALLING_WINDOW,
): ClosedWhy | null {
  if (isWithinCallingWindow(timeZone, at, policy)) return null;
  const t = localTime(timeZone, at);
  const { calendar } = policy;
  if (calendar) {
    const key = dateKey(t.year, t.month, t.day);
    const holiday = calendar.holidays.get(key);
    if (holiday !== undefined) return { reason: 'holiday', name: holiday };
    const period = periodOn(calendar, key);
    if (period) return { reason: 'period', name: period.name };
  }
  return hoursOn(policy, t.year, t.month, t.day, t.weekday) === null
    ? { reason: 'weekend' }
    : { reason: 'outsideHours' };
}

/** UTC offset of `timeZone` at `at`, in minutes. */
function offsetMinutes(timeZone: string, at: number): number {
  const t = localTime(timeZone, at);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, Math.floor(t.minutes / 60), t.minutes % 60);
  return Math.round((asUtc - Math.floor(at / MINUTE) * MINUTE) / MINUTE);
}

/** Wall-clock time at `at` written as if it were UTC, so wall times compare across DST changes. */
function wallClock(timeZone: string, at: number): number {
  const t = localTime(timeZone, at);
  return Date.UTC(t.year, t.month - 1, t.day) + t.minutes * MINUTE;
}

/** The instant the UTC offset changes in (lo, hi], by bisection; null when it does not change. */
function offsetChange(timeZone: string, lo: number, hi: number): number | null {
  const before = offsetMinutes(timeZone, lo);
  if (offsetMinutes(timeZone, hi) === before) return null;
  // Zones change offset on whole minutes; assumes one change in the span (true of real zones).
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
    if (offsetMinutes(timeZone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * When local wall time y-m-d + `minutes` happens in `timeZone`: once on most days, twice when the
 * clocks go back over it (earliest first), and never when they jump over it — then the instant of
 * the jump, the first moment the clock shows a later time.
 */
function wallInstants(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  minutes: number,
): number[] {
  const wall = Date.UTC(year, month - 1, day) + minutes * MINUTE;
  // The offsets a day either side are the ones before and after any change near this wall time.
  const candidates = [offsetMinutes(timeZone, wall - DAY), offsetMinutes(timeZone, wall + DAY)]
    .map((offset) => wall - offset * MINUTE)
    .sort((a, b) => a - b);
  const exact = [...new Set(candidates.filter((at) => wallClock(timeZone, at) === wall))];
  if (exact.length > 0) return exact;
  const [early = wall, late = wall] = candidates;
  const jump = offsetChange(timeZone, early, late);
  return [jump ?? late];
}

function sameDay(timeZone: string, at: number, year: number, month: number, day: number): boolean {
  const t = localTime(timeZone, at);
  return t.year === year && t.month === month && t.day === day;
}

/**
 * The first instant after `after` on local date y-m-d when calls are allowed, or null. The window
 * opens when the clock reaches its start (or jumps past it), or when a DST change moves the clock
 * back into it.
 */
function firstOpening(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  policy: CallingPolicy,
  after: number,
): number | null {
  const midnight = Date.UTC(year, month - 1, day);
  const hours = hoursOn(policy, year, month, day, new Date(midnight).getUTCDay());
  if (hours === null) return null;
  // Every instant of a local date lies within 14 h of its UTC date.
  const change = offsetChange(timeZone, midnight - 15 * HOUR, midnight + DAY + 15 * HOUR);
  let best: number | null = null;
  for (const at of [
    ...wallInstants(timeZone, year, month, day, hours.startMinutes),
    ...(change === null ? [] : [change]),
  ]) {
    if (at <= after || (best !== null && at >= best)) continue;
    if (sameDay(timeZone, at, year, month, day) && isWithinCallingWindow(timeZone, at, policy))
      best = at;
  }
  return best;
}

/** When the calling window first opens on local date y-m-d in `timeZone`; null if it never does. */
export function windowOpeningOn(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  policy: CallingPolicy = DEFAULT_CALLING_WINDOW,
): number | null {
  return firstOpening(timeZone, year, month, day, policy, Number.NEGATIVE_INFINITY);
}

/**
 * The next instant from `at` when a call is allowed in `timeZone`: `at` itself when inside the
 * window, otherwise the next window opening (on an allowed day).
 */
export function nextWindowStart(
  timeZone: string,
  at: number,
  policy: CallingPolicy = DEFAULT_CALLING_WINDOW,
): number {
  if (isWithinCallingWindow(timeZone, at, policy)) return at;
  const now = localTime(timeZone, at);
  // Two weeks: a once-a-week window whose day loses its morning to a DST jump opens a week later.
  // A calendar can close far longer (a month of holidays and closed periods): up to 400 days.
  const horizon = policy.calendar ? 400 : 14;
  for (let offset = 0; offset <= horizon; offset++) {
    const date = new Date(Date.UTC(now.year, now.month - 1, now.day + offset));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    if (hoursOn(policy, y, m, d, date.getUTCDay()) === null) continue;
    const opening = firstOpening(timeZone, y, m, d, policy, at);
    if (opening !== null) return opening;
  }
  // A policy with no allowed day or an empty window never opens.
  return Number.POSITIVE_INFINITY;
}
