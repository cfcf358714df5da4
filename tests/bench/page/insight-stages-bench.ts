// In-page half of the insightStages scenario: the reads behind the time-in-stage and forecast
// tabs for one supervisor's span of reps, on the seeded desk — the stalled-deal list (bounded
// index ranges), the running stays and the open pipeline (index walks kept between opens): each
// timed cold, and the kept figure's own read (what the tab shows first on the next open).
import { DEFAULT_PIPELINE_INSIGHT } from '../../../shared/domain/insight/pipeline-settings';
import { keptValue, refreshKept } from '../../../renderer/db/kept-query';
import { readOpenDeals } from '../../../renderer/features/insight/forecast/use-forecast';
import { readOngoingStays } from '../../../renderer/features/insight/stages/use-ongoing-stays';
import { readStalledDeals } from '../../../renderer/features/insight/stages/use-stalled-deals';
import { db } from './seed';

export type InsightStagesSample = {
  stalledMs: number;
  /** Stalled deals in all, and those listed (read whole). */
  stalled: number;
  listed: number;
  ongoingWalkMs: number;
  ongoingLeads: number;
  ongoingKeptMs: number;
  openDealsWalkMs: number;
  openDeals: number;
  openDealGroups: number;
  openDealsKeptMs: number;
};

export const insightStagesBench = {
  /** The reads for `reps` reps (agent-0 … agent-(reps-1)) at `now`. */
  async insightStagesReads(name: string, reps: number, now: number): Promise<InsightStagesSample> {
    const d = db(name);
    await d.open();
    const ids = Array.from({ length: reps }, (_, i) => `agent-${i}`);
    let t0 = performance.now();
    const stalled = await readStalledDeals(d, ids, DEFAULT_PIPELINE_INSIGHT, now);
    const stalledMs = performance.now() - t0;

    t0 = performance.now();
    const ongoing = await refreshKept(d, 'bench:ongoing', () => readOngoingStays(d, ids, now));
    const ongoingWalkMs = performance.now() - t0;
    t0 = performance.now();
    await keptValue(d, 'bench:ongoing');
    const ongoingKeptMs = performance.now() - t0;

    t0 = performance.now();
    const groups = await refreshKept(d, 'bench:openDeals', () => readOpenDeals(d, ids));
    const openDealsWalkMs = performance.now() - t0;
    t0 = performance.now();
    await keptValue(d, 'bench:openDeals');
    const openDealsKeptMs = performance.now() - t0;

    return {
      stalledMs,
      stalled: stalled.total,
      listed: stalled.deals.length,
      ongoingWalkMs,
      ongoingLeads: Object.values(ongoing.tallies).reduce((n, t) => n + t.n, 0),
      ongoingKeptMs,
      openDealsWalkMs,
      openDeals: groups.reduce((n, g) => n + g.n, 0),
      openDealGroups: groups.length,
      openDealsKeptMs,
    };
  },
};
