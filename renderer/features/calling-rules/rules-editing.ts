// Small helpers of the calling-rules editor: times as the time field shows them, the days in the
// order a week is read, and the validation issue at a path.
import type { CallingRulesIssue } from '../../../shared/domain/calling-rules';

/** 540 → "09:00"; the end of the day (1440) shows as "00:00" (midnight). */
export function hhmm(minutes: number): string {
  const m = minutes % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "09:30" → 570; an end of "00:00" is midnight at the end of the day (1440). */
export function minutesOf(value: string, isEnd: boolean): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return isEnd && minutes === 0 ? 1440 : minutes;
}

/** Monday first, Sunday last (0 = Sunday in the rules). */
export const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** The issue code at exactly this path, if any. */
export type IssueAt = (path: readonly (string | number)[]) => CallingRulesIssue['code'] | undefined;

export function issueLookup(issues: readonly CallingRulesIssue[]): IssueAt {
  const byPath = new Map(issues.map((i) => [i.path.join('.'), i.code]));
  return (path) => byPath.get(path.join('.'));
}
