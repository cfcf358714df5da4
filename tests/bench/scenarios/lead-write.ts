// leadWrite (issue 18): a call's lead write on a desk of N leads, today's layout (identity keys
// in `leadKeys`, written only when they change) against the v10 layout (every index on the lead
// row), the same calls interleaved in the same page; p95 and median of each and their ratio.
import type { Scenario } from '../context';
import { metric, percentile } from '../types';

const AGENTS = 50;

export const leadWrite: Scenario = {
  name: 'leadWrite',
  defaultScale: 100_000,
  quickScale: 2_000,
  async run(ctx) {
    const runs = ctx.quick ? 100 : 400;
    const page = await ctx.newBenchPage();
    const r = await page.evaluate(([n, k, a]) => window.bench.leadWrites(n, k, a), [
      ctx.scale,
      runs,
      AGENTS,
    ] as const);
    await page.close();
    if (r.keyRows !== ctx.scale)
      throw new Error(`expected ${ctx.scale} key rows, the desk holds ${r.keyRows}`);
    const p95 = { v10: percentile(r.samples.v10, 95), now: percentile(r.samples.now, 95) };
    const p50 = { v10: percentile(r.samples.v10, 50), now: percentile(r.samples.now, 50) };
    return {
      scale: ctx.scale,
      status: 'ok',
      metrics: {
        callWriteP95Ms: metric(p95.now, 'ms', 5, 'lower'),
        callWriteMedianMs: metric(p50.now, 'ms', 5, 'lower'),
        v10CallWriteP95Ms: metric(p95.v10, 'ms', 0, 'lower'),
        v10CallWriteMedianMs: metric(p50.v10, 'ms', 0, 'lower'),
        callWriteVsV10: metric(p50.now / p50.v10, '×', 1, 'lower'),
        seedVsV10: metric(r.seed.now / r.seed.v10, '×', 1.2, 'lower'),
      },
      notes:
        `${runs} calls (stage, touches, next call; name and numbers unchanged), each a read and a put in one strict transaction, ` +
        `on today's desk and on a v10-layout desk of the same ${ctx.scale} leads, interleaved; ` +
        `writing the leads took ${Math.round(r.seed.now)} ms today (with their key rows and tallies) and ${Math.round(r.seed.v10)} ms on the v10 layout`,
    };
  },
};
