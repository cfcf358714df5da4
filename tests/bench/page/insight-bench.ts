// The in-browser half of the `insight` benchmark: the desk seeded by insight-seed.ts, then, from
// a fresh open of the database, the reads the analysis screens make through readInsightFacts,
// against a raw read of as many fact rows by primary-key range; the alerts' reads, and the
// upgrade of an older desk building the fact store.
import { Dexie, liveQuery } from 'dexie';
import type { ActivityId, UserId } from '../../../shared/domain/ids';
import type { Activity } from '../../../shared/domain/lead';
import { dayOf, monthOf, quarterOf, type Period } from '../../../shared/domain/periods';
import { SCREEN_READS } from '../../../renderer/features/insight/screen-reads';
import {
  alertCountsFrom,
  openDealsOf,
  readAlertInputs,
} from '../../../renderer/features/insight/alerts/use-alerts';
import { nationalFile } from '../../../renderer/db/dnc';
import { steadyLiveQuery } from '../../../renderer/db/steady-query';
import {
  alertCountsOf,
  alertsReadFrom,
  DEFAULT_ALERT_RULES,
  defaultWeekend,
  evaluateAlerts,
} from '../../../shared/domain/insight/alerts';
import { LEARNING_MONTHS } from '../../../shared/domain/insight/forecast';
import {
  createDeskDatabase,
  SCHEMAS,
  toStoredLead,
  type DeskDatabase,
} from '../../../renderer/db/schema';
import { readInsightFacts } from '../../../renderer/features/insight/use-insight-facts';
import { readOpenDeals } from '../../../renderer/features/insight/forecast/use-forecast';
import { readOngoingStays } from '../../../renderer/features/insight/stages/use-ongoing-stays';
import { readStalledDeals } from '../../../renderer/features/insight/stages/use-stalled-deals';
import { DEFAULT_PIPELINE_INSIGHT } from '../../../shared/domain/insight/pipeline-settings';
import {
  activityAt,
  BATCH,
  leadAt,
  NOW,
  rep,
  REPS,
  seedInsight,
  teamOf,
  TEAMS,
  TZ,
} from './insight-seed';

/** What insightAlertsUnderCalls measured. */
export type AlertsUnderCalls = {
  quietMs: number;
  everyMs: number;
  windowMs: number;
  writes: number;
  /** Answers within the window, the first one's time, and the most runs in flight at once. */
  dexie: { answers: number; firstMs: number; maxRuns: number };
  desk: { answers: number; firstMs: number; maxRuns: number };
};

export type InsightReads = {
  /**
   * The browser's first open of the database in a freshly started browser (a raw
   * `indexedDB.open`: LevelDB's files found and its log replayed). The desk does it once when it
   * starts (public/open-desk-early.js) and keeps the database open; no screen waits for it again.
   */
  databaseOpenMs: number;
  /**
   * From the desk's database opening (Dexie, the browser having it open) to the first screen's
   * figures (losses, organisation, month).
   */
  openToFirstMs: number;
  reads: Record<string, { ms: number[]; rows: number; facts: number }>;
  floor: { ms: number[]; rows: number };
};

/**
 * The alerts (the tab and the bell in every supervisor screen) for the whole organisation at `now`:
 * `alerts` reads as the desk does (today's activities, the earlier days off the fact store) and
 * runs the rules; `alertsFromActivities` as before, every activity since the rules' window opened.
 */
function alertAsks(d: DeskDatabase, now = NOW): Record<string, () => Promise<unknown[]>> {
  const everyone = Array.from({ length: REPS }, (_, r) => rep(r));
  const asks: Record<string, () => Promise<unknown[]>> = {};
  // The alerts (the tab and the bell in every supervisor screen): the rows the rules read.
  const weekend = defaultWeekend(TZ);
  const alertsFrom = dayOf(TZ, alertsReadFrom(DEFAULT_ALERT_RULES, now, TZ, weekend)).from;
  const reps = everyone.map((id, r) => ({
    id,
    name: id,
    teamId: teamOf(r),
    roles: ['hunter' as const],
    dailyCalls: 80,
  }));
  const teams = TEAMS.map((id) => ({ id, name: id }));
  asks.alerts = async () => {
    const read = await readAlertInputs(
      d,
      reps,
      alertsFrom,
      now,
      TZ,
      DEFAULT_ALERT_RULES.stalledDeals.days,
    );
    const counts = alertCountsFrom(read);
    return [
      ...evaluateAlerts(
        DEFAULT_ALERT_RULES,
        { reps, teams, counts, dncFile: read.dncFile, weekend, openDeals: read.openDeals },
        now,
        TZ,
      ),
      ...counts.bookings,
    ];
  };
  // The alerts' open deals alone, with the stalled rule's counts (to see where the read's time
  // goes: measured with `only`, from a fresh open).
  asks.alertsOpenDeals = () =>
    openDealsOf(d, everyone, {
      from: now - DEFAULT_ALERT_RULES.stalledDeals.days * 86_400_000,
      to: dayOf(TZ, now).to - DEFAULT_ALERT_RULES.stalledDeals.days * 86_400_000,
    });
  // The alerts as they were before the fact store answered for the earlier days: every activity
  // of every rep since the rules' window opened, every open deal's key and the DNC file, then the
  // rules.
  asks.alertsFromActivities = async () => {
    const [lists, openDeals, dncFile] = await Promise.all([
      Promise.all(
        everyone.map((id) =>
          d.activities.where('[agentId+at]').between([id, alertsFrom], [id, Infinity]).toArray(),
        ),
      ),
      openDealsOf(d, everyone),
      nationalFile(d),
    ]);
    const activities = lists.flat();
    const counts = alertCountsOf(activities, now, TZ);
    return [
      ...evaluateAlerts(
        DEFAULT_ALERT_RULES,
        { reps, teams, counts, dncFile, weekend, openDeals },
        now,
        TZ,
      ),
      ...activities,
    ];
  };
  return asks;
}

/** Each ask `runs` times in turn: its times and how many rows it answered. */
async function timeAsks(
  asks: Record<string, () => Promise<unknown[]>>,
  runs: number,
): Promise<InsightReads['reads']> {
  const reads: InsightReads['reads'] = {};
  for (const [key, ask] of Object.entries(asks)) {
    const ms: number[] = [];
    let facts = 0;
    for (let k = 0; k < runs; k++) {
      const s = performance.now();
      facts = (await ask()).length;
      ms.push(performance.now() - s);
    }
    reads[key] = { ms, rows: 0, facts };
  }
  return reads;
}

export const insightBench = {
  seedInsight,

  /**
   * From a fresh open: the browser's first open of the database (timed alone, kept open as the
   * desk keeps it), the first figures of the default screen (the losses tab, the whole
   * organisation, this month), then every screen's reads (SCREEN_READS) for the organisation's
   * month and quarter; the reads of every metric by day (no screen makes them) for comparison;
   * and the floor, a raw read of as many day rows by primary key as the organisation's quarter.
   */
  async insightReads(name: string, runs: number, only?: string): Promise<InsightReads> {
    const opening = performance.now();
    const request = indexedDB.open(name);
    const held = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
    });
    const databaseOpenMs = performance.now() - opening;
    const t0 = performance.now();
    const d = createDeskDatabase(name);
    await d.open();
    const team = Array.from({ length: REPS }, (_, r) => r)
      .filter((r) => teamOf(r) === TEAMS[0])
      .map((r) => rep(r));
    const everyone = Array.from({ length: REPS }, (_, r) => rep(r));
    const month = monthOf(TZ, NOW);
    const quarter = quarterOf(TZ, NOW);
    const screen = (key: keyof typeof SCREEN_READS, agents: readonly string[], p: Period) =>
      readInsightFacts(d, agents, p, TZ, SCREEN_READS[key].metrics, SCREEN_READS[key].grain);
    const first = await screen('losses', everyone, month);
    const openToFirstMs = performance.now() - t0;
    const learning = { from: monthOf(TZ, NOW, -LEARNING_MONTHS).from, to: month.to };
    const asks: Record<string, () => Promise<unknown[]>> = {};
    for (const [label, p] of [
      ['Month', month],
      ['Quarter', quarter],
    ] as const) {
      asks[`losses${label}`] = () => screen('losses', everyone, p);
      asks[`lossTrend${label}`] = () => screen('lossTrendLost', everyone, p);
      asks[`objections${label}`] = () => screen('objections', everyone, p);
      asks[`sources${label}`] = () => screen('sources', everyone, p);
      asks[`stages${label}`] = () => screen('stages', everyone, p);
    }
    // The forecast reads the same whatever the period: everyone's history and the quarter's sales.
    asks.forecast = async () =>
      (
        await Promise.all([
          screen('forecastLearning', everyone, learning),
          screen('forecastWon', everyone, quarter),
        ])
      ).flat();
    Object.assign(asks, alertAsks(d));
    // The pipeline figures read off the leads (kept figures: a screen shows the last one at once
    // and reads again in the background; these are the reads, the first one cold).
    asks.openDeals = () => readOpenDeals(d, everyone);
    asks.ongoingStays = async () => Object.keys((await readOngoingStays(d, everyone, NOW)).tallies);
    asks.stalledDeals = async () =>
      (await readStalledDeals(d, everyone, DEFAULT_PIPELINE_INSIGHT, NOW)).deals;
    asks.teamMonthAllByDay = () => readInsightFacts(d, team, month, TZ);
    asks.orgQuarterAllByDay = () => readInsightFacts(d, everyone, quarter, TZ);
    asks.orgQuarterAllByMonth = () =>
      readInsightFacts(d, everyone, quarter, TZ, undefined, 'month');
    asks.repMonthAllByDay = () => readInsightFacts(d, [rep(7)], month, TZ);
    // `only`: a comma-separated list of the reads to make (all of them when absent).
    const picked = only?.split(',');
    const reads = await timeAsks(
      picked ? Object.fromEntries(Object.entries(asks).filter(([k]) => picked.includes(k))) : asks,
      runs,
    );
    // How many stored day rows the reads of every metric touched (the floor reads as many).
    const rowsOf = async (agents: readonly UserId[], p: { from: number; to: number }) => {
      const from = new Date(p.from + 3 * 3_600_000).toISOString().slice(0, 10);
      const to = new Date(p.to + 3 * 3_600_000).toISOString().slice(0, 10);
      let n = 0;
      for (const a of agents)
        n += await d.facts.where('[agentId+day]').between([a, from], [a, to], true, false).count();
      return n;
    };
    for (const [key, agents, p] of [
      ['teamMonthAllByDay', team, month],
      ['orgQuarterAllByDay', everyone, quarter],
      ['repMonthAllByDay', [rep(7)], month],
    ] as const) {
      const r = reads[key];
      if (r) r.rows = await rowsOf(agents, p);
    }
    const floorRows = reads.orgQuarterAllByDay?.rows ?? 0;
    const floor: number[] = [];
    for (let k = 0; k < runs; k++) {
      const s = performance.now();
      await d.facts.orderBy(':id').limit(floorRows).toArray();
      floor.push(performance.now() - s);
    }
    d.close();
    held.close();
    if (first.length === 0) throw new Error('the losses tab read no facts');
    return { databaseOpenMs, openToFirstMs, reads, floor: { ms: floor, rows: floorRows } };
  },

  /**
   * A v8 desk (before the store) with `activities` activities, a fifth of them without context,
   * opened at the current version: how long the v9 upgrade takes to build the store.
   */
  async upgradeToStore(activities: number): Promise<{ upgradeMs: number; factRows: number }> {
    const name = `insight-upgrade-${activities}`;
    await Dexie.delete(name);
    const v8 = new Dexie(name);
    SCHEMAS.slice(0, 8).forEach((schema, i) => v8.version(i + 1).stores(schema));
    const leads = Math.max(40, Math.floor(activities / 5));
    await v8.table('meta').put({ key: 'organisation', value: { timezone: TZ } });
    for (let i = 0; i < leads; i += BATCH) {
      const rows = [];
      for (let j = i; j < Math.min(leads, i + BATCH); j++) rows.push(toStoredLead(leadAt(j)));
      await v8.table('leads').bulkAdd(rows);
    }
    for (let i = 0; i < activities; i += BATCH) {
      const rows: Activity[] = [];
      for (let j = i; j < Math.min(activities, i + BATCH); j++) {
        const a = activityAt(j, activities, leads);
        if (j % 5 === 0) {
          const { context: _c, ...bare } = a;
          rows.push(bare);
        } else rows.push(a);
      }
      await v8.table('activities').bulkAdd(rows);
    }
    v8.close();
    const t0 = performance.now();
    const d = createDeskDatabase(name);
    await d.open();
    const upgradeMs = performance.now() - t0;
    const factRows = await d.facts.count();
    d.close();
    await Dexie.delete(name);
    return { upgradeMs, factRows };
  },

  /** The alerts' reads from a fresh open, `runs` times each (alertAsks). */
  async insightAlertReads(name: string, runs: number, now: number): Promise<InsightReads['reads']> {
    const d = createDeskDatabase(name);
    await d.open();
    const reads = await timeAsks(alertAsks(d, now), runs);
    d.close();
    return reads;
  },

  /**
   * The alerts' read while the floor's calls keep arriving. The quiet read first (median of 3);
   * then, for `windowMs`, a call of rep 0 written today every half quiet read — faster than the
   * read takes — while the read is watched from the start: once as Dexie's live query watches it,
   * once as the desk does (steadyLiveQuery). For each: the answers within the window, and when
   * the first came (after the window if none came in it; NaN if none within another window).
   */
  async insightAlertsUnderCalls(
    name: string,
    now: number,
    windowMs: number,
  ): Promise<AlertsUnderCalls> {
    const d = createDeskDatabase(name);
    await d.open();
    const read = alertAsks(d, now).alerts;
    if (!read) throw new Error('no alerts read');
    // Runs in flight: an abandoned run of Dexie's goes on to its end.
    let active = 0;
    let maxActive = 0;
    const ask = async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        return await read();
      } finally {
        active--;
      }
    };
    const quiet: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await ask();
      quiet.push(performance.now() - t0);
    }
    const quietMs = [...quiet].sort((a, b) => a - b)[1] ?? NaN;
    const everyMs = Math.max(5, Math.round(quietMs / 2));
    const today = dayOf(TZ, now).from;
    const template = await d.activities
      .where('[agentId+at]')
      .between([rep(0), today], [rep(0), Infinity])
      .first();
    if (!template) throw new Error('rep 0 has no call today');
    let written = 0;
    const watch = async (steady: boolean) => {
      maxActive = 0;
      let answers = 0;
      let firstMs = NaN;
      const t0 = performance.now();
      const onAnswer = () => {
        answers++;
        if (Number.isNaN(firstMs)) firstMs = performance.now() - t0;
      };
      const stop = steady
        ? steadyLiveQuery(ask, onAnswer)
        : (() => {
            const sub = liveQuery(ask).subscribe({ next: onAnswer });
            return () => sub.unsubscribe();
          })();
      const writer = setInterval(() => {
        const n = ++written;
        void d.activities.add({
          ...template,
          id: `${template.id}-live-${n}` as ActivityId,
          at: now - n,
        });
      }, everyMs);
      await new Promise((r) => setTimeout(r, windowMs));
      clearInterval(writer);
      const inWindow = answers;
      const until = performance.now() + windowMs;
      while (Number.isNaN(firstMs) && performance.now() < until)
        await new Promise((r) => setTimeout(r, 20));
      stop();
      const alongside = maxActive;
      while (active > 0) await new Promise((r) => setTimeout(r, 20));
      return { answers: inWindow, firstMs, maxRuns: alongside };
    };
    const dexie = await watch(false);
    const desk = await watch(true);
    d.close();
    return { quietMs, everyMs, windowMs, writes: written, dexie, desk };
  },
};
