// memory: the renderer's JavaScript heap after a farmer scrolls their whole customer base (the
// virtualised list) in the web client, with `scale` leads in the desk's IndexedDB.
import type { Scenario } from '../context';
import { metric } from '../types';

export const memory: Scenario = {
  name: 'memory',
  defaultScale: 1_000_000,
  quickScale: 5_000,
  desk: true,
  async run(ctx) {
    if (!ctx.desk) throw new Error('memory runs on the seeded desk');
    // About 10,000 of the leads are the farmer's customers (every 100th at 1M).
    const { farmer: FARMER, farmerEvery, seedMs } = ctx.desk;
    const seed = await ctx.newBenchPage();
    await seed.evaluate((id) => window.bench.signInAs(id), FARMER);
    // The bench page's heap must not count: pages of one site share a renderer process.
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

    // The whole customer base (it pages in from IndexedDB as the farmer scrolls).
    const customers = Math.ceil((ctx.scale - 1) / farmerEvery);
    const target = ctx.quick ? Math.min(1_000, customers) : customers;
    const scroll = await app.evaluate(async (wanted) => {
      const list = document.querySelector('[data-testid=farmer-list]');
      const box = list?.parentElement;
      if (!box) throw new Error('farmer list not found');
      const seen = new Set<string>();
      // (No named helpers in here: the bundler would wrap them in a function the page lacks.)
      const t = performance.now();
      let stuckSince = 0;
      // A page at a time, two frames each, as a wheel would: every row passes through the DOM.
      // At the bottom, wait (up to 3 s) for the next page of customers to come in.
      while (seen.size < wanted) {
        for (const el of box.querySelectorAll('[data-testid=farmer-item]'))
          seen.add(el.textContent ?? '');
        const last = box.scrollTop;
        box.scrollTop += box.clientHeight;
        for (let f = 0; f < 2; f++) await new Promise((r) => requestAnimationFrame(r));
        if (box.scrollTop !== last) stuckSince = 0;
        else if (!stuckSince) stuckSince = performance.now();
        else if (performance.now() - stuckSince > 3_000) break;
        else await new Promise((r) => setTimeout(r, 50));
      }
      return { rows: seen.size, ms: performance.now() - t };
    }, target);
    const afterScrollMb = await heapMb();
    ctx.log(
      `memory: list in ${listMs} ms, ${scroll.rows} rows scrolled in ${Math.round(scroll.ms)} ms, heap ${afterLoadMb.toFixed(1)} → ${afterScrollMb.toFixed(1)} MiB`,
    );
    await app.close();

    if (scroll.rows < target)
      throw new Error(`only ${scroll.rows} of ${target} customers scrolled past`);
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
        `HeapProfiler.collectGarbage; the list pages customers in from IndexedDB as it ` +
        `scrolls; seeding took ${Math.round(seedMs)} ms` +
        (ctx.desk.cached ? ' (an earlier run; reused from the cache)' : ''),
    };
  },
};
