// memory: the renderer's JavaScript heap after a farmer scrolls their whole customer base (the
// virtualised list) in the web client, with `scale` leads in the desk's IndexedDB.
import type { Scenario } from '../context';
import { DEMO_USER_IDS } from '../../../shared/demo/organisation';
import { metric } from '../types';

const FARMER = DEMO_USER_IDS.noura;

export const memory: Scenario = {
  name: 'memory',
  defaultScale: 1_000_000,
  quickScale: 5_000,
  async run(ctx) {
    // 10,000 of the leads are the farmer's customers (every 100th at 1M; the list shows 5,000).
    const farmerEvery = Math.max(2, Math.floor(ctx.scale / 10_000));
    const seed = await ctx.newBenchPage();
    const { name: dbName, seedMs } = await seed.evaluate(
      ([n, f, every]) => window.bench.prepareDesk(n, { farmer: f, farmerEvery: every, userId: f }),
      [ctx.scale, FARMER, farmerEvery] as const,
    );
    ctx.log(`memory: seeded ${ctx.scale} leads in ${Math.round(seedMs)} ms`);
    // The seeding page's heap must not count: pages of one site share a renderer process.
    await seed.close();

    const app = await ctx.context.newPage();
    const cdp = await ctx.context.newCDPSession(app);
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 2 ** 20;
    };
    await app.goto(`${ctx.baseUrl}/#/farmer`);
    await app.getByTestId('area-farmer').waitFor();
    const t0 = Date.now();
    await app.getByTestId('farmer-tab-all').click();
    await app.getByTestId('farmer-item').first().waitFor();
    const listMs = Date.now() - t0;
    const afterLoadMb = await heapMb();

    const target = ctx.quick ? 1_000 : 5_000;
    const scroll = await app.evaluate(async (wanted) => {
      const list = document.querySelector('[data-testid=farmer-list]');
      const box = list?.parentElement;
      if (!box) throw new Error('farmer list not found');
      const seen = new Set<string>();
      // (No named helpers in here: the bundler would wrap them in a function the page lacks.)
      const t = performance.now();
      let last = -1;
      // A page at a time, two frames each, as a wheel would: every row passes through the DOM.
      while (seen.size < wanted && box.scrollTop !== last) {
        for (const el of box.querySelectorAll('[data-testid=farmer-item]'))
          seen.add(el.textContent ?? '');
        last = box.scrollTop;
        box.scrollTop += box.clientHeight;
        for (let f = 0; f < 2; f++) await new Promise((r) => requestAnimationFrame(r));
      }
      return { rows: seen.size, ms: performance.now() - t };
    }, target);
    const afterScrollMb = await heapMb();
    ctx.log(
      `memory: list in ${listMs} ms, ${scroll.rows} rows scrolled in ${Math.round(scroll.ms)} ms, heap ${afterLoadMb.toFixed(1)} → ${afterScrollMb.toFixed(1)} MiB`,
    );
    await app.close();

    const cleanup = await ctx.newBenchPage();
    await cleanup.evaluate((n) => window.bench.destroy(n), dbName);
    await cleanup.close();
    if (scroll.rows < Math.min(target, ctx.scale / farmerEvery))
      throw new Error(`only ${scroll.rows} rows scrolled past, wanted ${target}`);
    return {
      scale: ctx.scale,
      status: 'ok',
      metrics: {
        heapMb: metric(afterScrollMb, 'MiB', 250, 'lower'),
        heapAfterListLoadMb: metric(afterLoadMb, 'MiB', 250, 'lower'),
        listLoadMs: metric(listMs, 'ms', 1500, 'lower'),
      },
      notes:
        `farmer ${FARMER} (every ${farmerEvery}th lead is theirs, won or in retention) opens ` +
        `#/farmer → "all customers" and scrolls ${scroll.rows} rows a screen at a time ` +
        `(${Math.round(scroll.ms)} ms); heap = CDP Runtime.getHeapUsage usedSize after ` +
        `HeapProfiler.collectGarbage; the list holds at most 5,000 customers (farmerCustomers ` +
        `limit in FarmerScreen); seeding took ${Math.round(seedMs)} ms`,
    };
  },
};
