// insightAlerts: the alerts (the tab, and the bell on every supervisor screen) at the density of N
// activities a year (default 5,000,000, the issue's scale; 100,000 with --quick). Only the last
// 14 days are seeded, up to a Saturday evening in Riyadh, when the week (from Sunday) is all
// behind the rules: the read depends on a day's activities, not on the year's. `alertsP95Ms` is the desk's read (today's
// activities, the earlier days off the fact store) and the rules for the whole organisation (40
// reps); the floor in the same run is the same rules on every activity since the rules' window
// opened, as the alerts read before. Then the read under a stream of calls (one every half
// quiet read): `underCallsFirstMs` is when the desk's steady live query first answered,
// `underCallsVsQuiet` that against the quiet read; Dexie's own liveQuery is in the notes.
import type { Scenario } from '../context';
import type { InsightSeed } from '../page/insight-seed';
import { metric, percentile } from '../types';
import { INSIGHT_SEED_INPUTS } from './insight';

const DAYS = 14;
/** The seeded days end on Saturday 28 November 2026 (Riyadh), the last day of a Gulf week. */
const CUT = 2;
/** Saturday 28 November 2026, 23:00 in Riyadh: the week's every day is behind the alerts. */
const NOW = Date.UTC(2026, 10, 28, 20);

export const insightAlerts: Scenario = {
  name: 'insightAlerts',
  defaultScale: 5_000_000,
  quickScale: 100_000,
  // The 14 days at the density of `scale` activities a year, seeded once and kept between runs.
  seed: {
    inputs: INSIGHT_SEED_INPUTS,
    run: (page, perYear) =>
      page.evaluate(([n, l, d, c]) => window.bench.seedInsight(n, l, d, c), [
        Math.round((perYear * DAYS) / 365),
        Math.max(40, Math.floor(perYear / 50)),
        DAYS,
        CUT,
      ] as const),
  },
  async run(ctx) {
    const perYear = ctx.scale;
    if (!ctx.seeded) throw new Error('insightAlerts runs on its seeded desk');
    const seed = ctx.seeded.meta as unknown as InsightSeed;
    ctx.log(
      `insightAlerts: ${ctx.seeded.cached ? 'from the seed cache' : 'seeded'}: ${seed.activities} activities over ${DAYS} days, ${seed.factRows} day rows in ${Math.round(seed.seedMs / 1000)} s`,
    );
    const reader = await ctx.newBenchPage();
    const runs = ctx.quick ? 3 : 7;
    const reads = await reader.evaluate(
      ([name, k, now]) => window.bench.insightAlertReads(name, k, now),
      [seed.name, runs, NOW] as const,
    );
    const windowMs = ctx.quick ? 4_000 : 10_000;
    const live = await reader.evaluate(
      ([name, now, w]) => window.bench.insightAlertsUnderCalls(name, now, w),
      [seed.name, NOW, windowMs] as const,
    );
    // No answer even after the calls stopped counts as twice the window (the target is missed).
    const deskFirstMs = Number.isNaN(live.desk.firstMs) ? 2 * windowMs : live.desk.firstMs;
    await reader.close();
    const p95 = (key: string) => percentile(reads[key]?.ms ?? [], 95);
    const floor = p95('alertsFromActivities');
    const detail = Object.entries(reads)
      .map(([k, v]) => `${k}: ${v.ms.map((m) => Math.round(m)).join('/')} ms, ${v.facts} rows`)
      .join('; ');
    return {
      scale: perYear,
      status: 'ok',
      metrics: {
        alertsP95Ms: metric(p95('alerts'), 'ms', 1500, 'lower'),
        fromActivitiesP95Ms: metric(floor, 'ms', 1500, 'lower'),
        alertsVsFromActivities: metric(p95('alerts') / Math.max(1, floor), '×', 1, 'lower'),
        // While a call arrives every half read: the first answer against the quiet read.
        underCallsFirstMs: metric(deskFirstMs, 'ms', 3 * live.quietMs, 'lower'),
        underCallsVsQuiet: metric(deskFirstMs / Math.max(1, live.quietMs), '×', 3, 'lower'),
        underCallsAnswers: metric(live.desk.answers, 'answers', 2, 'higher'),
      },
      notes: `at Saturday 28 November 2026, 23:00 Riyadh (the week's last day): ${seed.activities} activities over the ${DAYS} days before (the density of ${perYear} a year: ${Math.round(seed.activities / DAYS)} a day, 40 reps in 3 teams), ${seed.factRows} day rows, ${seed.leads} leads; seeded in ${Math.round(seed.seedMs / 1000)} s; from a fresh open, ${runs} runs each: ${detail}; under calls (one every ${live.everyMs} ms for ${live.windowMs / 1000} s, ${live.writes} written; quiet read ${Math.round(live.quietMs)} ms): the desk's steady live query answered ${live.desk.answers} times, first after ${Math.round(live.desk.firstMs)} ms, at most ${live.desk.maxRuns} run at once; Dexie's liveQuery ${live.dexie.answers} times within the window, first after ${Number.isNaN(live.dexie.firstMs) ? 'none' : `${Math.round(live.dexie.firstMs)} ms`}, up to ${live.dexie.maxRuns} runs at once`,
    };
  },
};
