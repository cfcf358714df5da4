// pull: a full snapshot of `scale` leads served to an administrator's desk (rows/s the server
// sends, pages of 1,000), then the same pages applied to a desk database in Chromium with the
// desk engine's applyPullPage (rows and cursor in one transaction per page). Each rate beside
// its floor from the same run (../floor.ts): the apply against a raw bulkPut of the same leads,
// the serving (PostgreSQL) against the database's own json_agg of them.
import { DEMO_ORGANISATION_ID } from '../../../shared/demo/organisation';
import type { PullResponse } from '../../../shared/sync/protocol';
import type { BenchContext } from '../context';
import { deskFloor, leadPages, serveFloor } from '../floor';
import { importMutations, pullAll, pushAll, wireLead } from '../sync-client';
import { metric, type Metric } from '../types';
import { serverScenario, type ServerRun } from './server-common';

const LIMIT = 1000;

/** Imports `scale` team-less leads as the administrator and pulls them all back, timed. */
export async function importAndPull(ctx: BenchContext, run: ServerRun, label: string) {
  const now = Date.now();
  const leads = Array.from({ length: ctx.scale }, (_, i) => wireLead(i, null, null, now));
  const t0 = performance.now();
  await pushAll(run.admin, importMutations(leads, 1, now), 2);
  const importSec = (performance.now() - t0) / 1000;
  ctx.log(`${label}: imported ${ctx.scale} leads in ${importSec.toFixed(1)} s`);
  const pages: PullResponse[] = [];
  const t1 = performance.now();
  const served = await pullAll(run.admin, null, LIMIT, (p) => {
    pages.push(p);
  });
  return { pages, served, serveSec: (performance.now() - t1) / 1000, importSec };
}

/** The floors for these pages: the desk's always, PostgreSQL's when the run is on it. */
export async function floorsFor(ctx: BenchContext, run: ServerRun, pages: PullResponse[]) {
  const page = await ctx.newBenchPage();
  try {
    const desk = await deskFloor(page, `bench-floor${run.suffix}-${ctx.scale}`, leadPages(pages));
    const serve = run.server.databaseUrl
      ? await serveFloor(run.server.databaseUrl, DEMO_ORGANISATION_ID)
      : null;
    return { desk, serve };
  } finally {
    await page.close();
  }
}

export const pullScenario = serverScenario('pull', 100_000, 1_000, async (ctx, run) => {
  const { pages, served, serveSec, importSec } = await importAndPull(ctx, run, 'pull');
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

  const floors = await floorsFor(ctx, run, pages);
  const servedRate = served.rows / serveSec;
  const applyRate = served.rows / (applyMs / 1000);
  const s = run.suffix;
  const metrics: Record<string, Metric> = {
    [`rowsPerSec${s}`]: metric(servedRate, 'rows/s', 100_000, 'higher'),
    [`applyRowsPerSec${s}`]: metric(applyRate, 'rows/s', 5_000, 'higher'),
    [`floorBulkPutRowsPerSec${s}`]: metric(floors.desk.rowsPerSec, 'rows/s', 0, 'higher'),
    [`applyVsFloor${s}`]: metric(applyRate / floors.desk.rowsPerSec, '×', 1, 'higher'),
  };
  if (floors.serve) {
    metrics[`floorServeRowsPerSec${s}`] = metric(floors.serve.rowsPerSec, 'rows/s', 0, 'higher');
    metrics[`serveVsFloor${s}`] = metric(servedRate / floors.serve.rowsPerSec, '×', 0, 'higher');
  }
  return {
    metrics,
    notes:
      `${served.rows} rows in ${served.pages} pages of ${LIMIT} served in ${serveSec.toFixed(1)} s; ` +
      `applied in ${(applyMs / 1000).toFixed(1)} s; import of ${ctx.scale} leads took ${importSec.toFixed(1)} s; ` +
      `floors: raw bulkPut of the ${floors.desk.rows} leads in ${(floors.desk.ms / 1000).toFixed(1)} s` +
      (floors.serve
        ? `, PostgreSQL json_agg of ${floors.serve.rows} leads (${(floors.serve.bytes / 1e6).toFixed(1)} MB) in ${Math.round(floors.serve.ms)} ms`
        : ' (no serving floor on PGlite: it runs inside the server process)'),
  };
});
