// initialSync: a hunter signs in on a fresh desk in Chromium (the desk's own sync engine) with
// `scale` leads in their scope on the server — a fifth their own, the rest their team's queue.
// queueReadyMs: until the first page (own queue first) is stored and the next lead reads;
// completeMs: until the whole snapshot is stored.
import { DEMO_PASSWORD } from '../../../shared/demo/credentials';
import { DEMO_USERS } from '../../../shared/demo/organisation';
import { importMutations, pushAll, wireLead } from '../sync-client';
import { metric } from '../types';
import { serverScenario } from './server-common';

export const initialSync = serverScenario('initialSync', 100_000, 1_000, async (ctx, run) => {
  const hunter = DEMO_USERS.find((u) => u.roles.includes('hunter') && u.teamId);
  if (!hunter) throw new Error('no hunter in the demo');
  const now = Date.now();
  const leads = Array.from({ length: ctx.scale }, (_, i) =>
    wireLead(i, i % 5 === 0 ? hunter.id : null, hunter.teamId, now),
  );
  const t0 = performance.now();
  await pushAll(run.admin, importMutations(leads, 1, now), 2);
  ctx.log(
    `initialSync: imported ${ctx.scale} leads in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const page = await ctx.newBenchPage(run.server.url);
  const r = await page.evaluate(
    ([email, password]) => window.bench.initialSync(email, password, 600_000),
    [hunter.email, DEMO_PASSWORD] as const,
  );
  await page.close();
  if (r.leads < ctx.scale) throw new Error(`desk holds ${r.leads} leads, expected ${ctx.scale}`);
  if (!r.firstLead) throw new Error('no next lead once the first page was stored');
  return {
    metrics: {
      [`queueReadyMs${run.suffix}`]: metric(r.queueReadyMs, 'ms', 1_000, 'lower'),
      [`completeMs${run.suffix}`]: metric(r.completeMs, 'ms', 20_000, 'lower'),
    },
    notes: `${hunter.displayName} signs in on a fresh desk (DeskSync in Chromium); ${r.leads} leads stored (${ctx.scale / 5} own, the rest the team queue)`,
  };
});
