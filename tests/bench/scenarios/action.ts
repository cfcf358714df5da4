// action: a disposition as the agent presses the key — lead update, call activity and outbox
// entry in one strict-durability transaction — at scale in real Chromium IndexedDB.
import type { Scenario } from '../context';
import { metric, percentile } from '../types';

export const action: Scenario = {
  name: 'action',
  defaultScale: 1_000_000,
  quickScale: 5_000,
  async run(ctx) {
    const page = await ctx.newBenchPage();
    const name = `bench-action-${ctx.scale}`;
    const agents = 50;
    await page.evaluate(([n, c, a]) => window.bench.seedLeads(n, c, a), [
      name,
      ctx.scale,
      agents,
    ] as const);
    const runs = ctx.quick ? 50 : 300;
    const samples = await page.evaluate(([n, c, a, r]) => window.bench.dispositions(n, c, a, r), [
      name,
      ctx.scale,
      agents,
      runs,
    ] as const);
    const outbox = await page.evaluate((n) => window.bench.outboxSize(n), name);
    await page.evaluate((n) => window.bench.destroy(n), name);
    await page.close();
    if (outbox !== runs) throw new Error(`expected ${runs} outbox entries, found ${outbox}`);
    return {
      scale: ctx.scale,
      status: 'ok',
      metrics: {
        dispositionP95Ms: metric(percentile(samples, 95), 'ms', 16, 'lower'),
        dispositionMedianMs: metric(percentile(samples, 50), 'ms', 16, 'lower'),
      },
      notes: `${runs} no-answer dispositions, each with its activity and outbox entry; chromeTransactionDurability strict`,
    };
  },
};
