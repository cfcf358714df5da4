// action: a disposition as the agent presses the key — lead update, call activity and outbox
// entry in one strict-durability transaction — at scale in real Chromium IndexedDB, on the
// seeded desk (the web client's own database with `scale` leads), each beside its floor: the
// same lead put alone into a four-index store on the same origin (issue 18).
import type { Scenario } from '../context';
import { metric, percentile } from '../types';

export const action: Scenario = {
  name: 'action',
  defaultScale: 1_000_000,
  quickScale: 5_000,
  desk: true,
  async run(ctx) {
    if (!ctx.desk) throw new Error('action runs on the seeded desk');
    const page = await ctx.newBenchPage();
    const { dbName: name, agents } = ctx.desk;
    const runs = ctx.quick ? 50 : 300;
    const outboxBefore = await page.evaluate((n) => window.bench.outboxSize(n), name);
    const { samples, floor } = await page.evaluate(
      ([n, c, a, r]) => window.bench.dispositions(n, c, a, r),
      [name, ctx.scale, agents, runs] as const,
    );
    const outbox = (await page.evaluate((n) => window.bench.outboxSize(n), name)) - outboxBefore;
    await page.evaluate((n) => window.bench.close(n), name);
    await page.close();
    const p95 = percentile(samples, 95);
    const floorP95 = percentile(floor, 95);
    if (outbox !== runs) throw new Error(`expected ${runs} outbox entries, found ${outbox}`);
    return {
      scale: ctx.scale,
      status: 'ok',
      metrics: {
        dispositionP95Ms: metric(p95, 'ms', 10, 'lower'),
        dispositionMedianMs: metric(percentile(samples, 50), 'ms', 10, 'lower'),
        floorP95Ms: metric(floorP95, 'ms', 0, 'higher'),
        floorMedianMs: metric(percentile(floor, 50), 'ms', 0, 'higher'),
        p95VsFloor: metric(p95 / floorP95, '×', 0, 'higher'),
      },
      notes: `${runs} no-answer dispositions by each lead's owner, each with its activity and outbox entry, chromeTransactionDurability strict; each followed by its floor (floorP95Ms): the lead as it left it, put alone into a four-index store of another database on the same origin, strict`,
    };
  },
};
