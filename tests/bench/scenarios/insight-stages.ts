// insightStages: how soon the time-in-stage and forecast tabs have their lead-side figures for a
// supervisor of seven reps on the seeded desk. The stalled list is read through bounded index
// ranges on every open (`stalledMs`); the running stays and the open pipeline walk the reps'
// indexes (`…WalkMs`, done in the background) and are shown first from their kept figure
// (`…KeptMs`, what an open waits for). The facts side (ended stays, sales) is the fact store's.
import type { Scenario } from '../context';
import { metric } from '../types';

const NOW = Date.UTC(2026, 10, 23, 8);
const REPS = 7;

export const insightStages: Scenario = {
  name: 'insightStages',
  defaultScale: 1_000_000,
  quickScale: 5_000,
  desk: true,
  async run(ctx) {
    if (!ctx.desk) throw new Error('insightStages runs on the seeded desk');
    const page = await ctx.newBenchPage();
    const { dbName: name, agents } = ctx.desk;
    const reps = Math.min(REPS, agents);
    const s = await page.evaluate(([n, r, t]) => window.bench.insightStagesReads(n, r, t), [
      name,
      reps,
      NOW,
    ] as const);
    ctx.log(`insightStages: ${JSON.stringify(s)}`);
    await page.evaluate((n) => window.bench.close(n), name);
    await page.close();
    return {
      scale: ctx.scale,
      status: 'ok',
      metrics: {
        stalledMs: metric(s.stalledMs, 'ms', 1500, 'lower'),
        ongoingKeptMs: metric(s.ongoingKeptMs, 'ms', 1500, 'lower'),
        ongoingWalkMs: metric(s.ongoingWalkMs, 'ms', 10_000, 'lower'),
        openDealsKeptMs: metric(s.openDealsKeptMs, 'ms', 1500, 'lower'),
        openDealsWalkMs: metric(s.openDealsWalkMs, 'ms', 10_000, 'lower'),
      },
      notes:
        `${reps} of ${agents} agents; ${s.stalled} stalled deals, the ${s.listed} longest-waiting ` +
        `read whole; ${s.ongoingLeads} running ` +
        `stays; ${s.openDeals} open deals in ${s.openDealGroups} groups`,
    };
  },
};
