// The farmer's "check-ins due": customers whose check-in falls today or is overdue, and apart
// from them the ones coming up in the next few days. Later ones are not due and are not listed.
import { calendarDate, dayOf, localDate, startOfLocalDate } from './periods';

/** How many days ahead the farmer sees coming check-ins, below the due ones. */
export const CHECK_IN_LOOKAHEAD_DAYS = 7;

export type CheckInWindow = {
  /** Due: a check-in before this instant (the end of the farmer's today). */
  dueBefore: number;
  /** Coming up: from dueBefore to this instant (the end of the last look-ahead day). */
  soonBefore: number;
};

export function checkInWindow(
  timeZone: string,
  now: number,
  aheadDays = CHECK_IN_LOOKAHEAD_DAYS,
): CheckInWindow {
  const today = localDate(timeZone, now);
  return {
    dueBefore: dayOf(timeZone, now).to,
    soonBefore: startOfLocalDate(
      timeZone,
      calendarDate(today.year, today.month, today.day + aheadDays + 1),
    ),
  };
}

export type CheckInLists<T> = { due: T[]; soon: T[] };

/** Splits customers (any order) into due and coming up, each soonest first; the rest are left out. */
export function splitCheckIns<T extends { nextCallAt: number | null }>(
  customers: readonly T[],
  window: CheckInWindow,
): CheckInLists<T> {
  const due: T[] = [];
  const soon: T[] = [];
  for (const c of customers) {
    if (c.nextCallAt === null) continue;
    if (c.nextCallAt < window.dueBefore) due.push(c);
    else if (c.nextCallAt < window.soonBefore) soon.push(c);
  }
  const byTime = (a: T, b: T) => (a.nextCallAt ?? 0) - (b.nextCallAt ?? 0);
  return { due: due.sort(byTime), soon: soon.sort(byTime) };
}
