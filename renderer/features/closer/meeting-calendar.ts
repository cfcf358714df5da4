// The closer's calendar: the days of a day or week view in the closer's own timezone, and their
// meetings grouped onto those days, earliest first.
import { localTime } from '../../../shared/domain/calling-window';

export type CalendarView = 'day' | 'week';

/** A calendar day in the closer's timezone. */
export type CalendarDay = {
  /** YYYY-MM-DD, the grouping key. */
  key: string;
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
};

function dayOf(year: number, month: number, day: number): CalendarDay {
  const d = new Date(Date.UTC(year, month - 1, day));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return { key: `${y}-${p(m)}-${p(dd)}`, year: y, month: m, day: dd, weekday: d.getUTCDay() };
}

/** The day `at` falls on in `timeZone`. */
export function calendarDayAt(at: number, timeZone: string): CalendarDay {
  const t = localTime(timeZone, at);
  return dayOf(t.year, t.month, t.day);
}

/** The day `n` days after `from` (before, when negative). */
export function shiftDay(from: CalendarDay, n: number): CalendarDay {
  return dayOf(from.year, from.month, from.day + n);
}

/**
 * The days a view shows around `anchor`: the day itself, or the week holding it, starting on
 * `weekStartsOn` (0 = Sunday, 1 = Monday, 6 = Saturday).
 */
export function calendarDays(
  view: CalendarView,
  anchor: CalendarDay,
  weekStartsOn = 1,
): CalendarDay[] {
  if (view === 'day') return [anchor];
  const back = (anchor.weekday - weekStartsOn + 7) % 7;
  const first = shiftDay(anchor, -back);
  return Array.from({ length: 7 }, (_, i) => shiftDay(first, i));
}

/** The week's first day where each language's users expect it. */
export function weekStartFor(language: string): number {
  // Saudi and Gulf calendars start on Sunday; Turkey and most of Europe on Monday.
  return language === 'ar' ? 0 : 1;
}

export type Scheduled = { meeting: { at: number } | null };

/**
 * The meetings on each shown day (by the closer's timezone), earliest first. Meetings outside
 * the days are left out; every shown day has an entry, empty or not.
 */
export function meetingsByDay<T extends Scheduled>(
  leads: readonly T[],
  days: readonly CalendarDay[],
  timeZone: string,
): Map<string, T[]> {
  const out = new Map<string, T[]>(days.map((d) => [d.key, []]));
  for (const lead of leads) {
    if (!lead.meeting) continue;
    out.get(calendarDayAt(lead.meeting.at, timeZone).key)?.push(lead);
  }
  for (const list of out.values()) list.sort((a, b) => (a.meeting?.at ?? 0) - (b.meeting?.at ?? 0));
  return out;
}

/** Noon UTC of a calendar day: an instant whose UTC date is that day, for labels. */
export function labelInstant(day: CalendarDay): number {
  return Date.UTC(day.year, day.month - 1, day.day, 12);
}
