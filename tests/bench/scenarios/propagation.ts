// propagation: a hunter's disposition reaching a supervisor's desk, both online: the hunter
// pushes, the server pokes the supervisor's live stream, the supervisor pulls and finds the
// change; p95 over `scale` dispositions. First both desks are Node clients (fetch + the event
// stream, nothing stored: p95Ms), then the supervisor's desk is the desk's own sync engine in
// Chromium, the call seen once stored in IndexedDB (deskP95Ms).
import { DEMO_PASSWORD } from '../../../shared/demo/credentials';
import { DEMO_USERS } from '../../../shared/demo/organisation';
import {
  dispositionMutation,
  VerbDesk,
  importMutations,
  listen,
  pull,
  pullAll,
  push,
  pushAll,
  signIn,
  wireLead,
} from '../sync-client';
import { metric, percentile } from '../types';
import { serverScenario } from './server-common';

export const propagation = serverScenario('propagation', 200, 10, async (ctx, run) => {
  const hunterUser = DEMO_USERS.find((u) => u.roles.includes('hunter') && u.teamId);
  const supervisorUser = DEMO_USERS.find(
    (u) => u.roles.includes('supervisor') && u.teamId === hunterUser?.teamId,
  );
  if (!hunterUser || !supervisorUser) throw new Error('demo has no hunter with a supervisor');
  const now = Date.now();
  const leads = Array.from({ length: 50 }, (_, i) =>
    wireLead(i, hunterUser.id, hunterUser.teamId, now),
  );
  await pushAll(run.admin, importMutations(leads, 1, now), 2);
  const hunter = await signIn(run.server.url, hunterUser);
  const verbs = new VerbDesk(hunterUser, leads);
  const supervisor = await signIn(run.server.url, supervisorUser);
  let cursor = (await pullAll(supervisor, null, 1000)).cursor;

  let wake: (() => void) | null = null;
  let pokes = 0;
  let handled = 0;
  const stop = await listen(supervisor, () => {
    pokes++;
    wake?.();
  });
  const samples: number[] = [];
  try {
    for (let k = 1; k <= ctx.scale; k++) {
      const lead = leads[k % leads.length]!;
      const m = dispositionMutation(verbs, k, lead.id, now + k);
      const t0 = performance.now();
      const seen = (async () => {
        // Pull on every poke until the change is there (a poke may be for an earlier change).
        for (;;) {
          if (pokes === handled)
            await new Promise<void>((r) => {
              wake = r;
              setTimeout(r, 5_000);
            });
          handled = pokes;
          const page = await pull(supervisor, cursor, 1000);
          cursor = page.cursor;
          const hit = page.changes.some(
            (c) => c.kind === 'activity' && c.row.id === m.effects.activities?.[0]?.id,
          );
          if (hit) return performance.now() - t0;
        }
      })();
      await push(hunter, [m]);
      samples.push(await seen);
    }
  } finally {
    stop();
  }

  // The same with the supervisor's desk as it really runs: the desk's own sync engine in
  // Chromium, live stream, pull, the page stored in IndexedDB (strict durability), and a live
  // query (what a screen uses) seeing the call once committed. The Node supervisor is gone.
  const page = await ctx.newBenchPage(run.server.url);
  const deskSamples: number[] = [];
  try {
    await page.evaluate(
      ([email, password]) => window.bench.liveDeskOpen(email, password, 120_000),
      [supervisorUser.email, DEMO_PASSWORD] as const,
    );
    for (let k = ctx.scale + 1; k <= 2 * ctx.scale; k++) {
      const lead = leads[k % leads.length]!;
      const m = dispositionMutation(verbs, k, lead.id, now + k);
      const id = m.effects.activities?.[0]?.id;
      if (!id) throw new Error('a disposition without its call activity');
      await page.evaluate((a) => window.bench.watchActivity(a), id);
      const t0 = performance.timeOrigin + performance.now();
      await push(hunter, [m]);
      const seenAt = await page.evaluate((a) => window.bench.activitySeenAt(a, 30_000), id);
      deskSamples.push(seenAt - t0);
    }
  } finally {
    await page.evaluate(() => window.bench.liveDeskClose()).catch(() => undefined);
    await page.close();
  }
  return {
    metrics: {
      [`p95Ms${run.suffix}`]: metric(percentile(samples, 95), 'ms', 500, 'lower'),
      [`medianMs${run.suffix}`]: metric(percentile(samples, 50), 'ms', 500, 'lower'),
      [`deskP95Ms${run.suffix}`]: metric(percentile(deskSamples, 95), 'ms', 100, 'lower'),
      [`deskMedianMs${run.suffix}`]: metric(percentile(deskSamples, 50), 'ms', 100, 'lower'),
    },
    notes: `${ctx.scale} dispositions by ${hunterUser.displayName}, seen by supervisor ${supervisorUser.displayName} through poke → pull (p95Ms: a Node desk, no Dexie apply; ${pokes} pokes); then ${ctx.scale} more until the supervisor's desk in Chromium has them in IndexedDB and a live query sees them (deskP95Ms)`,
  };
});
