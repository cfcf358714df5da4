// Alert rules of issue 17: a rep under a share of their call target by a local time, a team with
// no booking for hours of working time, a hunter's show rate under a share this week, a national
// do-not-call file older than a number of days. Pure: the desk reads the figures, this decides.
import { z } from 'zod';
import { localTime } from '../calling-window';
import type { UserRole } from '../content';
import type { Activity, LeadStage } from '../lead';
import { dayOf, periodFor, type Period } from '../periods';
import type { NationalDncFile } from '../targets';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** `HH:MM`, 24-hour clock. */
export const localClockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const alertRulesSchema = z.object({
  /** A rep made under `percent` % of their daily call target by `byLocalTime` (working days). */
  repCallsBelowTarget: z.object({
    enabled: z.boolean(),
    percent: z.number().int().min(1).max(100),
    byLocalTime: localClockSchema,
  }),
  /** No meeting booked by a team's reps in the last `hours` of working time. */
  teamNoBookings: z.object({
    enabled: z.boolean(),
    hours: z.number().int().min(1).max(168),
  }),
  /** A hunter's meetings held over those due this week under `percent` %, once `minMeetings` fell due. */
  showRateBelow: z.object({
    enabled: z.boolean(),
    percent: z.number().int().min(1).max(100),
    period: z.literal('week'),
    minMeetings: z.number().int().min(1).max(100),
  }),
  /** The national do-not-call file is missing or older than `days`. */
  dncFileOlderThan: z.object({
    enabled: z.boolean(),
    days: z.number().int().min(1).max(365),
  }),
  /** A rep holds `count` or more open deals that have not moved stage for over `days`. */
  stalledDeals: z
    .object({
      enabled: z.boolean(),
      days: z.number().int().min(1).max(365),
      count: z.number().int().min(1).max(1000),
    })
    // Rules stored before this rule existed still parse.
    .default({ enabled: true, days: 14, count: 3 }),
});
export type AlertRules = z.infer<typeof alertRulesSchema>;
export type AlertKind = keyof AlertRules;
export const ALERT_KINDS = [
  'repCallsBelowTarget',
  'teamNoBookings',
  'showRateBelow',
  'dncFileOlderThan',
  'stalledDeals',
] as const satisfies readonly AlertKind[];

/** The rules: 50 % by 13:00, 24 h, 60 % this week, 31 days. */
export const DEFAULT_ALERT_RULES: AlertRules = {
  repCallsBelowTarget: { enabled: true, percent: 50, byLocalTime: '13:00' },
  teamNoBookings: { enabled: true, hours: 24 },
  showRateBelow: { enabled: true, percent: 60, period: 'week', minMeetings: 3 },
  dncFileOlderThan: { enabled: true, days: 31 },
  stalledDeals: { enabled: true, days: 14, count: 3 },
};

/** Stages of a deal still open: where one can stall. */
export const OPEN_DEAL_STAGES = [
  'qualified',
  'meetingScheduled',
  'proposalSent',
] as const satisfies readonly LeadStage[];

/**
 * An open deal: whose it is, its stage and since when (the leads index [ownerId+stage+stageChangedAt]).
 * With `n`, that many deals of the owner in the stage counted together: all entered the stage
 * before the stalled rule's cut-off the read was made for (the desk reads long-stalled deals as
 * kept counts, not one by one); `stageChangedAt` is no later than the earliest of them, and
 * exactly the owner's earliest where that one is among them (the rule reports the owner's oldest).
 */
export type OpenDeal = { ownerId: string; stage: LeadStage; stageChangedAt: number; n?: number };

/** The organisation's rules: the stored `alertRules` setting, else the defaults. */
export function alertRulesFrom(setting: unknown): AlertRules {
  const parsed = alertRulesSchema.safeParse(setting);
  return parsed.success ? parsed.data : DEFAULT_ALERT_RULES;
}

// Weekend days (0 = Sunday … 6 = Saturday) where no calls are expected, by zone, until the
// organisation's calling rules name them: Friday–Saturday in the Gulf and most Arab states.
const FRIDAY_SATURDAY_ZONES = [
  'Asia/Riyadh',
  'Asia/Dubai',
  'Asia/Bahrain',
  'Asia/Kuwait',
  'Asia/Qatar',
  'Asia/Muscat',
  'Asia/Baghdad',
  'Asia/Amman',
  'Asia/Aden',
  'Africa/Cairo',
  'Africa/Algiers',
  'Africa/Khartoum',
  'Africa/Tripoli',
];

export function defaultWeekend(timeZone: string): readonly number[] {
  return FRIDAY_SATURDAY_ZONES.includes(timeZone) ? [5, 6] : [6, 0];
}

export type AlertRep = {
  id: string;
  name: string;
  teamId: string | null;
  roles: readonly UserRole[];
  /** Daily call target; 0 = none. */
  dailyCalls: number;
};

export type AlertTeam = { id: string; name: string };

/** A meeting booked: a call with the disposition meetingBooked. */
export type AlertBooking = { agentId: string; at: number };

/**
 * What the rules count in the reps' activities. The desk sums today and the earlier days off its
 * fact store (renderer/features/insight/alerts/use-alerts.ts); `alertCountsOf` says the same from
 * the activities themselves.
 */
export type AlertCounts = {
  /** Calls per rep today (the local day up to now). */
  callsToday: ReadonlyMap<string, number>;
  /**
   * Meetings booked by the reps up to now: at least each team's last one from `alertsReadFrom(…)`
   * on (more is harmless).
   */
  bookings: readonly AlertBooking[];
  /** This week's meetings held or missed up to now (logged by the reps), per hunter who booked them. */
  meetingsDue: ReadonlyMap<string, { due: number; held: number }>;
};

export type AlertInputs = {
  reps: readonly AlertRep[];
  teams: readonly AlertTeam[];
  counts: AlertCounts;
  dncFile: NationalDncFile | null;
  weekend: readonly number[];
  /** The reps' deals in OPEN_DEAL_STAGES: at least every one stalled at `now`. */
  openDeals: readonly OpenDeal[];
};

export type AlertSubject =
  | { kind: 'rep'; id: string; name: string }
  | { kind: 'team'; id: string; name: string }
  | { kind: 'organisation' };

export type Alert = {
  /** Stable for one rule, subject and local day: notified once, dismissed once. */
  key: string;
  kind: AlertKind;
  severity: 'warning' | 'error';
  subject: AlertSubject;
  /** The numbers behind it, for the sentence that explains it. */
  figures: Record<string, number>;
  /** The hash route of the screen that explains it. */
  link: string;
};

function dayKey(timeZone: string, at: number): string {
  const t = localTime(timeZone, at);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Where a window of `hours` of working time ending at `now` starts: weekend days are skipped, so
 * Sunday morning after a Friday–Saturday weekend looks back into Thursday. Local days, so a DST
 * day is 23 or 25 hours long.
 */
export function workingWindowStart(
  hours: number,
  now: number,
  timeZone: string,
  weekend: readonly number[],
): number {
  let cursor = now;
  let remaining = hours * HOUR;
  for (let guard = 0; remaining > 0 && guard < 400; guard++) {
    const day = dayOf(timeZone, cursor - 1);
    if (weekend.includes(localTime(timeZone, day.from).weekday)) {
      cursor = day.from;
      continue;
    }
    const take = Math.min(remaining, cursor - day.from);
    cursor -= take;
    remaining -= take;
  }
  return cursor;
}

/** The earliest activity the rules need: the desk reads its reps' activities from here to now. */
export function alertsReadFrom(
  rules: AlertRules,
  now: number,
  timeZone: string,
  weekend: readonly number[],
): number {
  return Math.min(
    dayOf(timeZone, now).from,
    periodFor('week', timeZone, now).from,
    workingWindowStart(rules.teamNoBookings.hours, now, timeZone, weekend),
  );
}

const within = (at: number, p: Period) => at >= p.from && at < p.to;

/** The reps the rules look at: those who call. */
export function isAlertAgent(rep: Pick<AlertRep, 'roles'>): boolean {
  return rep.roles.some((role) => role === 'hunter' || role === 'closer' || role === 'farmer');
}

/** Adds a meeting outcome (held, noShow; others are not due meetings) to `due`, `n` times. */
export function countMeetingDue(
  due: Map<string, { due: number; held: number }>,
  bookedBy: string,
  outcome: string | null | undefined,
  n = 1,
): void {
  if (!bookedBy || n <= 0 || (outcome !== 'held' && outcome !== 'noShow')) return;
  const r = due.get(bookedBy) ?? { due: 0, held: 0 };
  r.due += n;
  if (outcome === 'held') r.held += n;
  due.set(bookedBy, r);
}

/** What the rules count, from the reps' activities (those since `alertsReadFrom(…)` suffice). */
export function alertCountsOf(
  activities: readonly Activity[],
  now: number,
  timeZone: string,
): AlertCounts {
  const today: Period = { from: dayOf(timeZone, now).from, to: now + 1 };
  const week: Period = { from: periodFor('week', timeZone, now).from, to: now + 1 };
  const callsToday = new Map<string, number>();
  const bookings: AlertBooking[] = [];
  const meetingsDue = new Map<string, { due: number; held: number }>();
  for (const a of activities) {
    if (a.type === 'call' && within(a.at, today))
      callsToday.set(a.agentId, (callsToday.get(a.agentId) ?? 0) + 1);
    if (a.type === 'call' && a.disposition === 'meetingBooked' && a.at <= now)
      bookings.push({ agentId: a.agentId, at: a.at });
    if (a.type === 'meeting' && within(a.at, week))
      countMeetingDue(meetingsDue, a.bookedBy ?? '', a.disposition);
  }
  return { callsToday, bookings, meetingsDue };
}

/** The alerts the rules raise at `now` in the organisation's `timeZone`, errors first. */
export function evaluateAlerts(
  rules: AlertRules,
  inputs: AlertInputs,
  now: number,
  timeZone: string,
): Alert[] {
  const out: Alert[] = [];
  const today = dayKey(timeZone, now);
  const clock = localTime(timeZone, now);
  const workday = !inputs.weekend.includes(clock.weekday);
  const agents = inputs.reps.filter(isAlertAgent);
  const { counts } = inputs;

  const calls = rules.repCallsBelowTarget;
  if (calls.enabled && workday && clock.minutes >= minutesOf(calls.byLocalTime)) {
    for (const rep of agents) {
      if (rep.dailyCalls <= 0) continue;
      const n = counts.callsToday.get(rep.id) ?? 0;
      // Under the share: 40 of 80 at 50 % is on the line, not under it.
      if (n * 100 >= calls.percent * rep.dailyCalls) continue;
      out.push({
        key: `repCallsBelowTarget:${rep.id}:${today}`,
        kind: 'repCallsBelowTarget',
        severity: 'warning',
        subject: { kind: 'rep', id: rep.id, name: rep.name },
        figures: {
          calls: n,
          target: rep.dailyCalls,
          percent: calls.percent,
          share: Math.round((n / rep.dailyCalls) * 100),
          byMinutes: minutesOf(calls.byLocalTime),
        },
        link: `#/supervisor/dashboard?period=today&agent=${rep.id}`,
      });
    }
  }

  const bookings = rules.teamNoBookings;
  if (bookings.enabled && workday) {
    const from = workingWindowStart(bookings.hours, now, timeZone, inputs.weekend);
    const window: Period = { from, to: now + 1 };
    for (const team of inputs.teams) {
      const members = agents.filter((r) => r.teamId === team.id);
      // Only teams that book meetings: hunters do.
      if (!members.some((r) => r.roles.includes('hunter'))) continue;
      const ids = new Set(members.map((r) => r.id));
      let last: number | null = null;
      for (const b of counts.bookings) {
        if (!ids.has(b.agentId) || b.at > now) continue;
        if (last === null || b.at > last) last = b.at;
      }
      if (last !== null && within(last, window)) continue;
      out.push({
        key: `teamNoBookings:${team.id}:${today}`,
        kind: 'teamNoBookings',
        severity: 'error',
        subject: { kind: 'team', id: team.id, name: team.name },
        figures: {
          hours: bookings.hours,
          ...(last !== null ? { lastBookingAt: last } : {}),
        },
        link: `#/supervisor/dashboard?period=today&team=${team.id}`,
      });
    }
  }

  const shows = rules.showRateBelow;
  if (shows.enabled) {
    for (const rep of agents) {
      const r = counts.meetingsDue.get(rep.id);
      if (!r || r.due < shows.minMeetings) continue;
      // 3 held of 5 due is 60.0 %: on the line, not under it.
      if (r.held * 100 >= shows.percent * r.due) continue;
      out.push({
        key: `showRateBelow:${rep.id}:${today}`,
        kind: 'showRateBelow',
        severity: 'warning',
        subject: { kind: 'rep', id: rep.id, name: rep.name },
        figures: {
          held: r.held,
          due: r.due,
          percent: shows.percent,
          share: Math.round((r.held / r.due) * 100),
        },
        link: `#/supervisor/dashboard?period=week&agent=${rep.id}`,
      });
    }
  }

  const dnc = rules.dncFileOlderThan;
  if (dnc.enabled) {
    const file = inputs.dncFile;
    // The file's date is the registry's midnight UTC: 31 days old is still fine, 31 days and a
    // moment is not (targets.ts isNationalDncStale counts the same way).
    if (!file || now - file.fileDate > dnc.days * DAY) {
      out.push({
        key: `dncFileOlderThan:${today}`,
        kind: 'dncFileOlderThan',
        severity: 'error',
        subject: { kind: 'organisation' },
        figures: file
          ? {
              days: dnc.days,
              ageDays: Math.floor((now - file.fileDate) / DAY),
              fileDate: file.fileDate,
            }
          : { days: dnc.days },
        link: '#/supervisor/leads?view=dnc',
      });
    }
  }

  const stalled = rules.stalledDeals;
  if (stalled.enabled) {
    const per = new Map<string, { n: number; oldest: number }>();
    for (const d of inputs.openDeals) {
      if (!(OPEN_DEAL_STAGES as readonly string[]).includes(d.stage)) continue;
      // 14 days in the stage to the minute is not yet stalled; a minute more is.
      if (now - d.stageChangedAt <= stalled.days * DAY) continue;
      const r = per.get(d.ownerId) ?? { n: 0, oldest: d.stageChangedAt };
      r.n += d.n ?? 1;
      r.oldest = Math.min(r.oldest, d.stageChangedAt);
      per.set(d.ownerId, r);
    }
    for (const rep of agents) {
      const r = per.get(rep.id);
      if (!r || r.n < stalled.count) continue;
      out.push({
        key: `stalledDeals:${rep.id}:${today}`,
        kind: 'stalledDeals',
        severity: 'warning',
        subject: { kind: 'rep', id: rep.id, name: rep.name },
        figures: {
          stalled: r.n,
          days: stalled.days,
          oldestDays: Math.floor((now - r.oldest) / DAY),
        },
        link: '#/supervisor/insight/stages',
      });
    }
  }

  const rank = (a: Alert) => (a.severity === 'error' ? 0 : 1);
  return out.sort(
    (a, b) => rank(a) - rank(b) || ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind),
  );
}
