// Follow-up rules of DOMAIN.md: never drop a lead after a refusal — re-call in 3–5 days, then
// the month-end list, then the quarter list; aim for seven touches; keep checking in on customers.
import {
  DEFAULT_CALLING_WINDOW,
  localTime,
  nextWindowStart,
  windowOpeningOn,
  type CallingPolicy,
} from './calling-window';
import { z } from 'zod';
import type { FollowUpList } from './lead';

export type FollowUpPolicy = {
  /** Days after a first refusal before the re-call (DOMAIN.md: 3–5). */
  recallDays: number;
  /** Unanswered attempts before a lead goes to the month list instead of being redialled. */
  maxAttempts: number;
  retryMinutes: { noAnswer: number; busy: number; voicemail: number };
  /** Days after a proposal is sent before the closer follows it up. */
  proposalFollowUpDays: number;
  /** First check-in after a sale, then every `checkInEveryDays`. */
  firstCheckInDays: number;
  checkInEveryDays: number;
  touchGoal: number;
};

export const DEFAULT_FOLLOW_UP_POLICY: FollowUpPolicy = {
  recallDays: 4,
  maxAttempts: 6,
  retryMinutes: { noAnswer: 120, busy: 30, voicemail: 24 * 60 },
  proposalFollowUpDays: 3,
  firstCheckInDays: 14,
  checkInEveryDays: 90,
  touchGoal: 7,
};

const DAY = 86_400_000;

/** The re-call delays an organisation may choose (DOMAIN.md: re-call in 3–5 days). */
export const RECALL_DAYS_MIN = 3;
export const RECALL_DAYS_MAX = 5;

/** The organisation's follow-up setting (the `followUp` setting every desk syncs). */
export const followUpSettingsSchema = z.object({
  recallDays: z.number().int().min(RECALL_DAYS_MIN).max(RECALL_DAYS_MAX),
});
export type FollowUpSettings = z.infer<typeof followUpSettingsSchema>;

/**
 * The follow-up rules with the organisation's setting applied (the stored setting, or the
 * defaults when none is stored or it does not parse).
 */
export function followUpPolicyFrom(
  setting: unknown,
  base: FollowUpPolicy = DEFAULT_FOLLOW_UP_POLICY,
): FollowUpPolicy {
  const parsed = followUpSettingsSchema.safeParse(setting);
  return parsed.success ? { ...base, recallDays: parsed.data.recallDays } : base;
}

export type TouchProgress = { touches: number; goal: number; reached: boolean; remaining: number };

export function touchProgress(
  touches: number,
  goal = DEFAULT_FOLLOW_UP_POLICY.touchGoal,
): TouchProgress {
  return { touches, goal, reached: touches >= goal, remaining: Math.max(0, goal - touches) };
}

/** The last day of a month on which calls are allowed, at the window opening, in `timeZone`. */
function lastCallingDayOfMonth(
  timeZone: string,
  year: number,
  month: number,
  calling: CallingPolicy,
): number {
  // Day 0 of the next month is the last day of this one.
  for (let day = new Date(Date.UTC(year, month, 0)).getUTCDate(); day >= 1; day--) {
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (calling.days && !calling.days.includes(weekday)) continue;
    const opening = windowOpeningOn(timeZone, year, month, day, calling);
    if (opening !== null) return opening;
  }
  return Number.POSITIVE_INFINITY;
}

/** The month-end (or quarter-end) calling day strictly after `now`. */
export function nextPeriodEnd(
  kind: 'month' | 'quarter',
  timeZone: string,
  now: number,
  calling: CallingPolicy = DEFAULT_CALLING_WINDOW,
): number {
  const t = localTime(timeZone, now);
  let year = t.year;
  let month = kind === 'month' ? t.month : Math.ceil(t.month / 3) * 3;
  for (let i = 0; i < 24; i++) {
    const at = lastCallingDayOfMonth(timeZone, year, month, calling);
    if (at > now) return at;
    month += kind === 'month' ? 1 : 3;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return Number.POSITIVE_INFINITY;
}

export type RefusalOutcome =
  | { kind: 'followUp'; list: FollowUpList; nextCallAt: number }
  /** Refused on every list: the lead is lost. */
  | { kind: 'lost' };

/**
 * Where a lead goes after refusal number `refusals` (1 = first no): re-call after a few days,
 * then the month list, then the quarter list, then lost.
 */
export function afterRefusal(
  refusals: number,
  timeZone: string,
  now: number,
  policy: FollowUpPolicy = DEFAULT_FOLLOW_UP_POLICY,
  calling: CallingPolicy = DEFAULT_CALLING_WINDOW,
): RefusalOutcome {
  if (refusals <= 1) {
    return {
      kind: 'followUp',
      list: 'recall',
      nextCallAt: nextWindowStart(timeZone, now + policy.recallDays * DAY, calling),
    };
  }
  if (refusals === 2)
    return {
      kind: 'followUp',
      list: 'month',
      nextCallAt: nextPeriodEnd('month', timeZone, now, calling),
    };
  if (refusals === 3)
    return {
      kind: 'followUp',
      list: 'quarter',
      nextCallAt: nextPeriodEnd('quarter', timeZone, now, calling),
    };
  return { kind: 'lost' };
}

/** When to retry an unanswered call, inside the lead's calling hours. */
export function retryAt(
  outcome: 'noAnswer' | 'busy' | 'voicemail',
  timeZone: string,
  now: number,
  policy: FollowUpPolicy = DEFAULT_FOLLOW_UP_POLICY,
  calling: CallingPolicy = DEFAULT_CALLING_WINDOW,
): number {
  return nextWindowStart(timeZone, now + policy.retryMinutes[outcome] * 60_000, calling);
}

/** When to follow up a proposal sent at `sentAt`: a few days on, inside the lead's calling hours. */
export function proposalFollowUp(
  sentAt: number,
  timeZone: string,
  policy: FollowUpPolicy = DEFAULT_FOLLOW_UP_POLICY,
  calling: CallingPolicy = DEFAULT_CALLING_WINDOW,
): number {
  return nextWindowStart(timeZone, sentAt + policy.proposalFollowUpDays * DAY, calling);
}

/** The next retention check-in for a customer: first after the sale, then periodic. */
export function nextCheckIn(
  after: number,
  first: boolean,
  timeZone: string,
  policy: FollowUpPolicy = DEFAULT_FOLLOW_UP_POLICY,
  calling: CallingPolicy = DEFAULT_CALLING_WINDOW,
): number {
  const days = first ? policy.firstCheckInDays : policy.checkInEveryDays;
  return nextWindowStart(timeZone, after + days * DAY, calling);
}
