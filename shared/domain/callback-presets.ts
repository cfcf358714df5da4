// Quick picks for a call-back (in 1 hour, tomorrow morning, in 3 days) and the warning for a time
// outside the lead's calling hours, all in the lead's own timezone: "tomorrow morning" is the
// lead's morning, and every pick lands inside the lead's calling hours.
import {
  DEFAULT_CALLING_WINDOW,
  isWithinCallingWindow,
  localTime,
  nextWindowStart,
  windowOpeningOn,
  type CallingPolicy,
} from './calling-window';

export const CALLBACK_PRESETS = ['inAnHour', 'tomorrowMorning', 'inThreeDays'] as const;
export type CallbackPreset = (typeof CALLBACK_PRESETS)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Rounds up to the next whole five minutes (a call-back at 10:05, not 10:03:27). */
function roundUp(at: number): number {
  const step = 5 * MINUTE;
  return Math.ceil(at / step) * step;
}

/** The local date `days` after the local date of `at` in `timeZone`. */
function localDatePlus(timeZone: string, at: number, days: number) {
  const t = localTime(timeZone, at);
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The first moment calls are allowed on or after local date y-m-d (a later day when it is closed). */
function openingFrom(
  timeZone: string,
  date: { year: number; month: number; day: number },
  calling: CallingPolicy,
): number {
  const allDay = { startMinutes: 0, endMinutes: 1440 };
  const midnight = windowOpeningOn(timeZone, date.year, date.month, date.day, allDay);
  if (midnight === null) return Number.POSITIVE_INFINITY;
  return nextWindowStart(timeZone, midnight, calling);
}

/** When a preset calls the lead back, from `now`, inside the lead's calling hours. */
export function presetTime(
  preset: CallbackPreset,
  timeZone: string,
  now: number,
  calling: CallingPolicy = DEFAULT_CALLING_WINDOW,
): number {
  switch (preset) {
    case 'inAnHour':
      return nextWindowStart(timeZone, roundUp(now + HOUR), calling);
    case 'tomorrowMorning':
      // The opening of the lead's calling hours on the lead's next day (or the next open day).
      return openingFrom(timeZone, localDatePlus(timeZone, now, 1), calling);
    case 'inThreeDays': {
      // The same time three days on; outside calling hours, that day's opening (or the next).
      const target = roundUp(now + 3 * DAY);
      if (isWithinCallingWindow(timeZone, target, calling)) return target;
      const date = localDatePlus(timeZone, now, 3);
      const opening = openingFrom(timeZone, date, calling);
      const t = localTime(timeZone, opening);
      const sameDay = t.year === date.year && t.month === date.month && t.day === date.day;
      return sameDay && opening < target ? opening : nextWindowStart(timeZone, target, calling);
    }
  }
}

export type CallingHoursCheck =
  | { ok: true }
  /** Outside the lead's calling hours: `next` is the next allowed moment. */
  | { ok: false; next: number };

/** Whether a call-back at `at` falls inside the lead's calling hours, and if not, when it could. */
export function checkCallingHours(
  timeZone: string,
  at: number,
  calling: CallingPolicy = DEFAULT_CALLING_WINDOW,
): CallingHoursCheck {
  if (isWithinCallingWindow(timeZone, at, calling)) return { ok: true };
  const next = nextWindowStart(timeZone, at, calling);
  return Number.isFinite(next) ? { ok: false, next } : { ok: true };
}
