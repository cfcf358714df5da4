// The alerts on this desk now: the organisation's rules (the synced `alertRules` setting) over the
// reps in the viewer's scope — today's calls, the bookings and meeting outcomes since the rules'
// window opened (off the fact store's day rows: readAlertInputs), the national do-not-call file's
// date, and the reps' open deals with the time their stage last changed (index keys and the kept
// running stays). Evaluated on open, whenever those rows change (one read at a time, shown even
// while calls keep arriving: steady-query.ts), and every minute.
import { useMemo, useRef } from 'react';
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { isAgent } from '../../../../shared/domain/content';
import {
  alertCountsOf,
  alertRulesFrom,
  alertsReadFrom,
  countMeetingDue,
  defaultWeekend,
  evaluateAlerts,
  isAlertAgent,
  OPEN_DEAL_STAGES,
  type Alert,
  type AlertBooking,
  type AlertCounts,
  type AlertRep,
  type AlertRules,
  type OpenDeal,
} from '../../../../shared/domain/insight/alerts';
import { factKeyPrefix, localDay } from '../../../../shared/domain/insight/facts';
import type { LeadStage } from '../../../../shared/domain/lead';
import { dayOf, periodFor } from '../../../../shared/domain/periods';
import type { NationalDncFile } from '../../../../shared/domain/targets';
import { nationalFile } from '../../../db/dnc';
import { factsZone } from '../../../db/fact-store';
import type { DeskDatabase } from '../../../db/schema';
import { useSteadyLiveQuery } from '../../../db/steady-query';
import { DAY_MS, staysBefore, type StaysBefore } from '../../../db/tallies';
import { useDeskDb } from '../../../db/use-desk-db';
import { useLocalized } from '../../../i18n/use-localized';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { useAfterFirstFigures } from '../../../ui/desk/first-figures';
import { useDashboardScope } from '../../supervisor/dashboard/use-dashboard-scope';
import { useNow } from '../../supervisor/dashboard/use-now';
import { useCallingRules } from '../../calling-rules/use-calling-rules';

/** Meta key of the organisation's alert rules (the alertRules setting, synced). */
export const ALERT_RULES_KEY = 'alertRules';

export type AlertsState = {
  ready: boolean;
  rules: AlertRules;
  alerts: readonly Alert[];
  timeZone: string;
};

/** The organisation's alert rules (its setting, else the defaults). */
export function useAlertRules(): AlertRules | undefined {
  const db = useDeskDb();
  const value = useLiveQuery(async () => (await db.meta.get(ALERT_RULES_KEY))?.value ?? null, [db]);
  return value === undefined ? undefined : alertRulesFrom(value);
}

/** The counts of the days before today, from the fact store (or the activities). */
export type EarlierCounts = {
  /** Meetings booked on those days: at least each team's last one (every one when read from the activities). */
  bookings: readonly AlertBooking[];
  /** Meetings held or missed on the week's days before today, per hunter who booked them. */
  meetingsDue: ReadonlyMap<string, { due: number; held: number }>;
};

/** What the rules are evaluated on, as read: today's counts and the earlier days'. */
export type AlertReads = {
  /**
   * Today's counts up to now: calls per rep, the meetings held or missed, and the bookings — of
   * every rep who booked today at or before now, the last one at least (more is harmless).
   */
  today: AlertCounts;
  earlier: EarlierCounts;
  openDeals: OpenDeal[];
  dncFile: NationalDncFile | null;
};

type ReadRep = Pick<AlertRep, 'id' | 'teamId' | 'roles'>;

/**
 * The rows the rules are evaluated on, for the reps in scope from `from` (the start of the local
 * day `alertsReadFrom` falls in) on:
 * - today's counts off the fact store's day rows (the day's calls and meeting outcomes: one
 *   primary-key range each, whoever made them), less the activities dated after `now` (one range
 *   of the `at` index, empty unless a clock was ahead), and for each rep who booked today by
 *   `now` the last booking (their activities read back from `now` to the first booking);
 * - the week's meeting outcomes before today off the fact store's day rows (one primary-key
 *   range per day);
 * - for a team with no booking today at or before `now`: the latest earlier day on which one of
 *   its reps booked (call facts of one day at a time, latest first) and those reps' activities
 *   of that day, for the time of the last booking;
 * - the reps' open deals (index keys only: no lead is loaded; with `stalledDays`, the stalled
 *   rule's days, only those stalled by the end of today, when the read is made again, and those
 *   stalled since before the cut-off's day as kept counts: openDealsOf) and the national DNC
 *   file.
 * A fact store in another zone than `timeZone` (rebuilt when an analysis screen opens) is not
 * used: the earlier days then come from the activities.
 */
export async function readAlertInputs(
  db: DeskDatabase,
  reps: readonly ReadRep[],
  from: number,
  now: number,
  timeZone: string,
  stalledDays?: number,
): Promise<AlertReads> {
  const todayFrom = dayOf(timeZone, now).from;
  const weekFrom = periodFor('week', timeZone, now).from;
  const ids = reps.map((r) => r.id);
  // The open deals outside the transaction: walking their keys inside it costs several times as
  // much (each key's step goes through the transaction's zone), and they need no snapshot with
  // the activities.
  const [read, openDeals] = await Promise.all([
    db.transaction('r', [db.activities, db.facts, db.meta], async () => {
      const [zone, dncFile] = await Promise.all([factsZone(db), nationalFile(db)]);
      if (zone !== timeZone) {
        const [today, earlier] = await Promise.all([
          activitiesOf(db, ids, todayFrom, Infinity),
          activitiesOf(db, ids, from, todayFrom),
        ]);
        return {
          today: alertCountsOf(today, now, timeZone),
          earlier: alertCountsOf(earlier, now, timeZone),
          dncFile,
        };
      }
      const today = await todayFromFacts(db, reps, todayFrom, now, timeZone);
      const earlier = await earlierFromFacts(db, reps, today, from, todayFrom, weekFrom, timeZone);
      return { today, earlier, dncFile };
    }),
    openDealsOf(
      db,
      ids,
      stalledDays === undefined
        ? undefined
        : {
            from: now - stalledDays * DAY_MS,
            to: dayOf(timeZone, now).to - stalledDays * DAY_MS,
          },
    ),
  ]);
  return { ...read, openDeals };
}

/** The activities of `ids` in [from, to) (one [agentId+at] range each). */
async function activitiesOf(db: DeskDatabase, ids: readonly string[], from: number, to: number) {
  const lists = await Promise.all(
    ids.map((id) => db.activities.where('[agentId+at]').between([id, from], [id, to]).toArray()),
  );
  return lists.flat();
}

/**
 * Today's counts up to `now` off the fact store (in `timeZone`): the day's call and meeting-outcome
 * rows (one primary-key range each), less the activities dated after `now`, and each rep's last
 * booking by `now` (read back from `now`, only for the reps the facts say booked today).
 */
async function todayFromFacts(
  db: DeskDatabase,
  reps: readonly ReadRep[],
  todayFrom: number,
  now: number,
  timeZone: string,
): Promise<AlertCounts> {
  const day = localDay(timeZone, todayFrom);
  const inScope = new Set(reps.map((r) => r.id));
  const [calls, outcomes, later] = await Promise.all([
    db.facts.where('key').startsWith(factKeyPrefix(day, 'call')).toArray(),
    db.facts.where('key').startsWith(factKeyPrefix(day, 'meetingOutcome')).toArray(),
    // Dated after now and still today: written by a desk whose clock was ahead.
    db.activities
      .where('at')
      .between(now + 1, dayOf(timeZone, todayFrom).to, true, false)
      .toArray(),
  ]);
  const callsToday = new Map<string, number>();
  const booked = new Map<string, number>();
  const add = (m: Map<string, number>, id: string, n: number) => m.set(id, (m.get(id) ?? 0) + n);
  for (const f of calls) {
    if (!inScope.has(f.agentId)) continue;
    add(callsToday, f.agentId, f.n);
    if (f.value === 'meetingBooked') add(booked, f.agentId, f.n);
  }
  const meetingsDue = new Map<string, { due: number; held: number }>();
  for (const f of outcomes)
    if (inScope.has(f.agentId)) countMeetingDue(meetingsDue, f.detail, f.value, f.n);
  // What the activities after now added to the day's rows comes off again.
  const ahead = new Map<string, { due: number; held: number }>();
  for (const a of later) {
    if (!inScope.has(a.agentId)) continue;
    if (a.type === 'call') {
      add(callsToday, a.agentId, -1);
      if (a.disposition === 'meetingBooked') add(booked, a.agentId, -1);
    } else if (a.type === 'meeting') countMeetingDue(ahead, a.bookedBy ?? '', a.disposition);
  }
  for (const [id, r] of ahead) {
    const had = meetingsDue.get(id);
    if (!had) continue;
    const left = { due: had.due - r.due, held: had.held - r.held };
    if (left.due > 0) meetingsDue.set(id, left);
    else meetingsDue.delete(id);
  }
  for (const [id, n] of callsToday) if (n <= 0) callsToday.delete(id);
  // Each rep's last booking by now: their day read back from now to the first booking.
  const bookings = await Promise.all(
    [...booked].flatMap(([id, n]) =>
      n > 0
        ? [
            db.activities
              .where('[agentId+at]')
              .between([id, todayFrom], [id, now], true, true)
              .reverse()
              .filter((a) => a.type === 'call' && a.disposition === 'meetingBooked')
              .first(),
          ]
        : [],
    ),
  );
  return {
    callsToday,
    meetingsDue,
    bookings: bookings.flatMap((a) => (a ? [{ agentId: a.agentId, at: a.at }] : [])),
  };
}

/** The earlier days' counts off the fact store, reading activities of one day at most per team. */
async function earlierFromFacts(
  db: DeskDatabase,
  reps: readonly ReadRep[],
  today: AlertCounts,
  from: number,
  todayFrom: number,
  weekFrom: number,
  timeZone: string,
): Promise<EarlierCounts> {
  // The whole local days before today, latest first.
  const days: { day: string; from: number; to: number }[] = [];
  for (let at = from; at < todayFrom;) {
    const d = dayOf(timeZone, at);
    days.unshift({ day: localDay(timeZone, d.from), from: d.from, to: d.to });
    at = d.to;
  }
  const weekDay = localDay(timeZone, weekFrom);
  // The week's meeting outcomes: one primary-key range per day (the key starts with day and metric).
  const inScope = new Set(reps.map((r) => r.id));
  const outcomes = await Promise.all(
    days
      .filter((d) => d.day >= weekDay)
      .map((d) =>
        db.facts.where('key').startsWith(factKeyPrefix(d.day, 'meetingOutcome')).toArray(),
      ),
  );
  const meetingsDue = new Map<string, { due: number; held: number }>();
  for (const f of outcomes.flat())
    if (inScope.has(f.agentId)) countMeetingDue(meetingsDue, f.detail, f.value, f.n);

  // Teams with a booking today need nothing earlier; the others their latest day with one.
  const teamOf = new Map(reps.map((r) => [r.id, r.teamId]));
  const bookedToday = new Set(today.bookings.map((b) => teamOf.get(b.agentId)));
  const teams = new Map<string, ReadRep[]>();
  for (const r of reps)
    if (r.teamId !== null && isAlertAgent(r) && !bookedToday.has(r.teamId))
      teams.set(r.teamId, [...(teams.get(r.teamId) ?? []), r]);
  const bookings = (
    await Promise.all([...teams.values()].map((members) => lastBookingDay(db, members, days)))
  ).flat();
  return { bookings, meetingsDue };
}

/** The bookings of `members` on the latest of `days` (latest first) on which any of them booked. */
async function lastBookingDay(
  db: DeskDatabase,
  members: readonly ReadRep[],
  days: readonly { day: string; from: number; to: number }[],
): Promise<AlertBooking[]> {
  for (const d of days) {
    const calls = await Promise.all(
      members.map((r) =>
        db.facts.where('[metric+agentId+day]').equals(['call', r.id, d.day]).toArray(),
      ),
    );
    const booked = members.filter((_, i) =>
      calls[i]?.some((f) => f.value === 'meetingBooked' && f.n > 0),
    );
    if (booked.length === 0) continue;
    const rows = await activitiesOf(
      db,
      booked.map((r) => r.id),
      d.from,
      d.to,
    );
    return rows.flatMap((a) =>
      a.type === 'call' && a.disposition === 'meetingBooked'
        ? [{ agentId: a.agentId, at: a.at }]
        : [],
    );
  }
  return [];
}

/**
 * The reps' deals in OPEN_DEAL_STAGES (index keys only: no lead is loaded). With `cutOff`, the
 * stalled rule's cut-offs the read is evaluated for (deals that entered their stage before the
 * cut-off are stalled; it moves from `from`, now less the rule's days, to `to`, the end of the
 * read's day less them, when the read is made again): only the deals that entered their stage
 * before `to` — the others cannot be stalled while the read is used. Of those, the ones that
 * entered before the UTC day holding `from` are counted off the running stays of the days before
 * (one kept row per day, one read per rep: tallies.ts staysBefore): one OpenDeal per rep and stage
 * with their number, and the instant of the rep's oldest exactly (the first key of the stage it
 * is in; another stage's gives the start of its first day, which is later). The rest one by one.
 * Without it, every deal one by one.
 */
export async function openDealsOf(
  db: DeskDatabase,
  ids: readonly string[],
  cutOff?: { from: number; to: number },
): Promise<OpenDeal[]> {
  const exactFrom = cutOff === undefined ? null : Math.floor(cutOff.from / DAY_MS) * DAY_MS;
  const range = (id: string, stage: LeadStage, from: unknown, to: unknown) =>
    db.leads
      .where('[ownerId+stage+stageChangedAt]')
      .between([id, stage, from], [id, stage, to], true, false);
  const perRep = await Promise.all(
    ids.map(async (id): Promise<OpenDeal[]> => {
      const [recent, earlier] = await Promise.all([
        Promise.all(
          OPEN_DEAL_STAGES.map((stage) =>
            range(id, stage, exactFrom ?? Dexie.minKey, cutOff?.to ?? Dexie.maxKey).keys(),
          ),
        ),
        exactFrom === null
          ? new Map<string, StaysBefore>()
          : staysBefore(db, id, new Map(OPEN_DEAL_STAGES.map((s) => [s, exactFrom / DAY_MS]))),
      ]);
      const deals: OpenDeal[] = recent.flat().map((k) => {
        const [ownerId, stage, stageChangedAt] = k as unknown as [string, LeadStage, number];
        return { ownerId, stage, stageChangedAt };
      });
      const firstDay = Math.min(...[...earlier.values()].map((e) => e.firstDay));
      const counted = await Promise.all(
        OPEN_DEAL_STAGES.map(async (stage): Promise<OpenDeal[]> => {
          const e = earlier.get(stage);
          if (!e) return [];
          // The rep's oldest is in a stage whose first day is the first: its first key, exactly.
          let at = e.firstDay * DAY_MS;
          if (e.firstDay === firstDay) {
            const [first] = await range(id, stage, Dexie.minKey, exactFrom).limit(1).keys();
            at = (first as unknown as [string, LeadStage, number] | undefined)?.[2] ?? at;
          }
          return [{ ownerId: id, stage, stageChangedAt: at, n: e.n }];
        }),
      );
      return [...deals, ...counted.flat()];
    }),
  );
  return perRep.flat();
}

/** The counts the rules take: today's, the earlier days' added. */
export function alertCountsFrom(read: Pick<AlertReads, 'today' | 'earlier'>): AlertCounts {
  const c = read.today;
  const meetingsDue = new Map(c.meetingsDue);
  for (const [id, r] of read.earlier.meetingsDue) {
    const had = meetingsDue.get(id) ?? { due: 0, held: 0 };
    meetingsDue.set(id, { due: had.due + r.due, held: had.held + r.held });
  }
  return {
    callsToday: c.callsToday,
    bookings: [...c.bookings, ...read.earlier.bookings],
    meetingsDue,
  };
}

export function useAlerts(): AlertsState {
  const db = useDeskDb();
  const org = useOrganisation();
  const now = useNow(60_000);
  const rules = useAlertRules();
  const scope = useDashboardScope('all', 'all');
  const localized = useLocalized();
  const timeZone = org?.timezone ?? 'UTC';
  // The organisation's closed days when its calling rules say them; the region's usual weekend otherwise.
  const callingRules = useCallingRules();
  const weekend = useMemo(() => {
    const closed = callingRules?.weekly.flatMap((h, day) => (h === null ? [day] : [])) ?? [];
    return closed.length > 0 && closed.length < 7 ? closed : defaultWeekend(timeZone);
  }, [callingRules, timeZone]);
  const reps = useMemo(
    () =>
      scope.teamReps.filter(isAgent).map((r) => ({
        id: r.id,
        name: r.displayName,
        teamId: r.teamId,
        roles: r.roles,
        dailyCalls: r.targets.dailyCalls,
      })),
    [scope.teamReps],
  );
  // From the start of the local day the window opens on: the read changes once a day, not a minute.
  const from = rules ? dayOf(timeZone, alertsReadFrom(rules, now, timeZone, weekend)).from : 0;
  const today = dayOf(timeZone, now).from;
  const stalledDays = rules?.stalledDeals.days;
  const reads = `${reps.map((r) => `${r.id}:${r.teamId ?? ''}:${r.roles.join('+')}`).join(',')}|${from}|${today}|${timeZone}|${stalledDays}`;
  // The read picks the earlier days' bookings by whether a team booked today by `now`; it runs
  // again when the rows change, not every minute (a later now only adds today's bookings).
  const nowRef = useRef(now);
  nowRef.current = now;
  // Not before the area's first figures: these reads walk many index ranges (first-figures.ts).
  const started = useAfterFirstFigures();
  const read = useSteadyLiveQuery(
    async () =>
      started
        ? {
            key: reads,
            ...(await readAlertInputs(db, reps, from, nowRef.current, timeZone, stalledDays)),
          }
        : undefined,
    // `reps`, `from`, the day, the zone and the stalled rule's days change `reads`.
    [db, reads, started],
  );
  const teams = useMemo(
    () => scope.teams.map((t) => ({ id: t.id, name: localized(t.name)?.value ?? t.id })),
    [scope.teams, localized],
  );
  const ready = rules !== undefined && scope.ready && org !== null && read?.key === reads;
  const alerts = useMemo((): readonly Alert[] => {
    if (!ready || !rules || !read) return [];
    return evaluateAlerts(
      rules,
      {
        reps,
        teams,
        counts: alertCountsFrom(read),
        dncFile: read.dncFile,
        weekend,
        openDeals: read.openDeals,
      },
      now,
      timeZone,
    );
  }, [ready, rules, read, reps, teams, weekend, now, timeZone]);
  return { ready, rules: rules ?? alertRulesFrom(null), alerts, timeZone };
}
