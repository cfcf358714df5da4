// queue: the hunter's hot reads at scale in real Chromium IndexedDB — next lead, lookup by
// phone, name search (Latin and Arabic), an owner's stage page — all answered by indexes.
// Next lead is timed at three hours: working hours, evening (only the 1% New York leads are
// inside calling hours) and night (no zone is), through today's key-order read and through the
// zone index [queueOwner+queueZone+queueKey] (schema v5) on the same data. Runs on the seeded
// desk (seeded-desk.ts): the web client's own database with `scale` leads.
import type { Scenario } from '../context';
import { metric, percentile, type Metric } from '../types';

const DAY = Date.UTC(2026, 10, 23, 8); // Mon 11:00 Istanbul and Riyadh, 10:00 Cairo
const EVENING = Date.UTC(2026, 10, 23, 20); // 23:00 Istanbul and Riyadh; 15:00 New York
const NIGHT = Date.UTC(2026, 10, 24, 5); // Tue 08:00 Istanbul and Riyadh, 00:00 New York

export const queue: Scenario = {
  name: 'queue',
  defaultScale: 1_000_000,
  quickScale: 5_000,
  desk: true,
  async run(ctx) {
    if (!ctx.desk) throw new Error('queue runs on the seeded desk');
    const page = await ctx.newBenchPage();
    const { dbName: name, agents, seedMs } = ctx.desk;
    const runs = ctx.quick ? 40 : 200;
    const s = await page.evaluate(([n, c, a, r]) => window.bench.queueReads(n, c, a, r), [
      name,
      ctx.scale,
      agents,
      runs,
    ] as const);
    const p95 = (k: string) => percentile(s[k] ?? [], 95);
    const median = (k: string) => percentile(s[k] ?? [], 50);

    // Key-order reads at night walk an agent's whole queue: fewer runs, same p95 method.
    const slowRuns = ctx.quick ? 10 : 30;
    const next: Record<string, Metric> = {};
    const found: string[] = [];
    for (const [label, now, n] of [
      ['', DAY, runs],
      ['Evening', EVENING, slowRuns],
      ['Night', NIGHT, slowRuns],
    ] as const) {
      const counts: number[] = [];
      for (const path of ['keyOrder', 'zone'] as const) {
        const r = await page.evaluate(
          ([nm, c, a, k, t, p]) => window.bench.nextLeadReads(nm, c, a, k, t, p),
          [name, ctx.scale, agents, n, now, path] as const,
        );
        counts.push(r.found);
        const key = `nextLead${path === 'zone' ? 'ZoneIndex' : ''}${label}P95Ms`;
        next[key] = metric(percentile(r.samples, 95), 'ms', 10, 'lower');
        ctx.log(`queue: ${key} = ${next[key]?.value} ms (${r.found}/${n} found a lead)`);
      }
      if (counts[0] !== counts[1])
        throw new Error(`${label || 'Day'}: key order found ${counts[0]}, zone index ${counts[1]}`);
      found.push(`${label || 'day'} ${counts[0]}/${n}`);
    }
    await page.evaluate((n) => window.bench.close(n), name);
    await page.close();
    return {
      scale: ctx.scale,
      status: 'ok',
      metrics: {
        ...next,
        phoneLookupP95Ms: metric(p95('phoneLookup'), 'ms', 2, 'lower'),
        nameSearchP95Ms: metric(
          Math.max(p95('nameSearchLatin'), p95('nameSearchArabic')),
          'ms',
          15,
          'lower',
        ),
        nameSearchLatinP95Ms: metric(p95('nameSearchLatin'), 'ms', 15, 'lower'),
        nameSearchArabicP95Ms: metric(p95('nameSearchArabic'), 'ms', 15, 'lower'),
        nameSearchAbsentP95Ms: metric(p95('nameSearchAbsent'), 'ms', 15, 'lower'),
        nameSearchAbsentMedianMs: metric(median('nameSearchAbsent'), 'ms', 15, 'lower'),
        ownerStagePageP95Ms: metric(p95('ownerStagePage'), 'ms', 10, 'lower'),
        seedLeadsPerSec: metric((ctx.scale / seedMs) * 1000, 'leads/s', 5000, 'higher'),
      },
      notes:
        `${runs} runs each (${slowRuns} for evening and night next lead); ${agents} agents; ` +
        `leads 45% Istanbul, 35% Riyadh, 10% Cairo, 9% London, 1% New York by phone; ` +
        `nextLead* = key order (schema v3, what the desk runs today), nextLeadZoneIndex* = the ` +
        `proposed [queueOwner+queueZone+queueKey] index; leads found: ${found.join(', ')}; ` +
        `name search = worse of Latin (two words, as typed or surname first) and Arabic (one ` +
        `word) p95, first 50 matches; nameSearchAbsent = two common words no lead holds ` +
        `together (every match candidate is ruled out); the desk database holds ` +
        `the demo organisation too, and every ${ctx.desk.farmerEvery}th lead is a farmer's ` +
        `customer; seedLeadsPerSec = bulkPut of the synthetic leads with every desk index` +
        `${ctx.desk.cached ? ' (seeded by an earlier run, reused from the cache)' : ''}`,
    };
  },
};
