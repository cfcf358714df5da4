// queue: the hunter's hot reads at scale in real Chromium IndexedDB — next lead, lookup by
// phone, name search (Latin and Arabic), an owner's stage page — all answered by indexes.
import type { Scenario } from '../context';
import { metric, percentile } from '../types';

export const queue: Scenario = {
  name: 'queue',
  defaultScale: 1_000_000,
  quickScale: 5_000,
  async run(ctx) {
    const page = await ctx.newBenchPage();
    const name = `bench-queue-${ctx.scale}`;
    const agents = 50;
    const seedMs = await page.evaluate(([n, c, a]) => window.bench.seedLeads(n, c, a), [
      name,
      ctx.scale,
      agents,
    ] as const);
    ctx.log(`queue: seeded ${ctx.scale} leads in ${Math.round(seedMs)} ms`);
    const runs = ctx.quick ? 40 : 200;
    const s = await page.evaluate(([n, c, a, r]) => window.bench.queueReads(n, c, a, r), [
      name,
      ctx.scale,
      agents,
      runs,
    ] as const);
    await page.evaluate((n) => window.bench.destroy(n), name);
    await page.close();
    const p95 = (k: string) => percentile(s[k] ?? [], 95);
    return {
      scale: ctx.scale,
      status: 'ok',
      metrics: {
        nextLeadP95Ms: metric(p95('nextLead'), 'ms', 10, 'lower'),
        phoneLookupP95Ms: metric(p95('phoneLookup'), 'ms', 2, 'lower'),
        nameSearchP95Ms: metric(
          Math.max(p95('nameSearchLatin'), p95('nameSearchArabic')),
          'ms',
          15,
          'lower',
        ),
        ownerStagePageP95Ms: metric(p95('ownerStagePage'), 'ms', 10, 'lower'),
        seedLeadsPerSec: metric((ctx.scale / seedMs) * 1000, 'leads/s', 5000, 'higher'),
      },
      notes: `${runs} runs each; ${agents} agents; name search = worse of Latin and Arabic p95 (first 50 matches)`,
    };
  },
};
