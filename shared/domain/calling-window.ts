// Calling hours in the lead's own timezone (DST-correct through Intl): never ring someone at
// 07:00 or 22:00 their time.
import type { CallingWindow } from './content';

export type CallingPolicy = CallingWindow & {
  /** Days calls are allowed, 0 = Sunday … 6 = Saturday; all days when absent. */
  days?: readonly number[];
};

export const DEFAULT_CALLING_WINDOW: CallingPolicy = { startMinutes: 9 * 60, endMinutes: 20 * 60 };

const MINUTE = 60_000;
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
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export type LocalTime = {
  year: number;
  month: number;
  day: number;
  minutes: number;
  weekday: number;
};

/** Wall-clock time at `at` in `timeZone`. */
export function localTime(timeZone: string, at: number): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
  };
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function dayAllowed(policy: CallingPolicy, weekday: number): boolean {
  return !policy.days || policy.days.includes(weekday);
}

export function isWithinCallingWindow(
  timeZone: string,
  at: number,
  policy: CallingPolicy = DEFAULT_CALLING_WINDOW,
): boolean {
  const t = localTime(timeZone, at);
  return (
    dayAllowed(policy, t.weekday) &&
    t.minutes >= policy.startMinutes &&
    t.minutes < policy.endMinutes
  );
}

/** UTC offset of `timeZone` at `at`, in minutes. */
function offsetMinutes(timeZone: string, at: number): number {
  const t = localTime(timeZone, at);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, Math.floor(t.minutes / 60), t.minutes % 60);
  return Math.round((asUtc - Math.floor(at / MINUTE) * MINUTE) / MINUTE);
}

/** The first instant at or after local wall time y-m-d hh:mm in `timeZone` (skips DST gaps). */
function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  minutes: number,
): number {
  const wall = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  let guess = wall - offsetMinutes(timeZone, wall) * MINUTE;
  guess = wall - offsetMinutes(timeZone, guess) * MINUTE;
  // In a DST gap the wall time does not exist: step forward to when the clock shows it or later.
  for (
    let i = 0;
    i < 24 * 60 &&
    localTime(timeZone, guess).minutes < minutes &&
    sameDay(timeZone, guess, year, month, day);
    i += 15
  ) {
    guess += 15 * MINUTE;
  }
  return guess;
}

/** When the calling window opens on local date y-m-d in `timeZone`. */
export function windowOpeningOn(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  policy: CallingPolicy = DEFAULT_CALLING_WINDOW,
): number {
  return zonedInstant(timeZone, year, month, day, policy.startMinutes);
}

function sameDay(timeZone: string, at: number, year: number, month: number, day: number): boolean {
  const t = localTime(timeZone, at);
  return t.year === year && t.month === month && t.day === day;
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
  for (let offset = 0; offset <= 8; offset++) {
    const date = new Date(Date.UTC(now.year, now.month - 1, now.day + offset));
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (!dayAllowed(policy, date.getUTCDay())) continue;
    const start = zonedInstant(timeZone, y, m, d, policy.startMinutes);
    const candidate = Math.max(start, at);
    if (candidate >= at && isWithinCallingWindow(timeZone, candidate, policy)) return candidate;
  }
  // A policy with no allowed day or an empty window never opens.
  return Number.POSITIVE_INFINITY;
}
