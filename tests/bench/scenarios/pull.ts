// pull: a full snapshot of `scale` leads served to an administrator's desk (rows/s the server
// sends, pages of 1,000), then the same pages applied to a desk database in Chromium with the
// desk engine's applyPullPage (rows and cursor in one transaction per page).
import type { PullResponse } from '../../../shared/sync/protocol';
import { importMutations, pullAll, pushAll, wireLead } from '../sync-client';
import { metric } from '../types';
import { serverScenario } from './server-common';

const LIMIT = 1000;

export const pullScenario = serverScenario('pull', 100_000, 1_000, async (ctx, run) => {
  const now = Date.now();
  const leads = Array.from({ length: ctx.scale }, (_, i) =>
    wireLead(i, null, i % 2 ? null : null, now),
  );
  const t0 = performance.now();
  await pushAll(run.admin, importMutations(leads, 1, now), 2);
  const importSec = (performance.now() - t0) / 1000;
  ctx.log(`pull: imported ${ctx.scale} leads in ${importSec.toFixed(1)} s`);

  const pages: PullResponse[] = [];
  const t1 = performance.now();
  const served = await pullAll(run.admin, null, LIMIT, (p) => {
    pages.push(p);
  });
  const serveSec = (performance.now() - t1) / 1000;

  const page = await ctx.newBenchPage();
  const name = `bench-pull-${run.suffix}-${ctx.scale}`;
  let applyMs = 0;
  for (const p of pages)
    applyMs += await page.evaluate(([n, pg]) => window.bench.applyPulled(n, pg), [
      name,
      p,
    ] as const);
  const stored = await page.evaluate((n) => window.bench.countLeads(n), name);
  await page.evaluate((n) => window.bench.destroy(n), name);
  await page.close();
  if (stored < ctx.scale)
    throw new Error(`desk holds ${stored} leads after the pull, expected ${ctx.scale}`);
  return {
    metrics: {
      [`rowsPerSec${run.suffix}`]: metric(served.rows / serveSec, 'rows/s', 100_000, 'higher'),
      [`applyRowsPerSec${run.suffix}`]: metric(
        served.rows / (applyMs / 1000),
        'rows/s',
        5_000,
        'higher',
      ),
    },
    notes: `${served.rows} rows in ${served.pages} pages of ${LIMIT} served in ${serveSec.toFixed(1)} s; applied in ${(applyMs / 1000).toFixed(1)} s; import of ${ctx.scale} leads took ${importSec.toFixed(1)} s`,
  };
});
