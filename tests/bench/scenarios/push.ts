// push: desks pushing their outboxes to one server process — no-answer calls (a lead patch and a
// call activity each) in batches of 100 from 8 desks at once; throughput and per-batch p99.
import { DEMO_USERS } from '../../../shared/demo/organisation';
import {
  dispositionMutation,
  VerbDesk,
  importMutations,
  push,
  pushAll,
  signIn,
  wireLead,
} from '../sync-client';
import { metric, percentile } from '../types';
import {
  backendCpuBetween,
  backendCpuMs,
  floorBatches,
  pgliteFloorSeconds,
  postgresFloorSeconds,
  processCpuMs,
} from './push-floor';
import { pool, serverScenario } from './server-common';

const DESKS = 8;
const BATCH = 100;

export const pushScenario = serverScenario('push', 100_000, 1_000, async (ctx, run) => {
  const hunters = DEMO_USERS.filter((u) => u.roles.includes('hunter'));
  const perHunter = ctx.quick ? 100 : 1_000;
  const now = Date.now();
  const leads = Array.from({ length: perHunter * hunters.length }, (_, i) => {
    const h = hunters[i % hunters.length];
    return wireLead(i, h?.id ?? null, h?.teamId ?? null, now);
  });
  await pushAll(run.admin, importMutations(leads, 1, now), 2);
  const desks = await Promise.all(
    Array.from({ length: DESKS }, (_, d) => signIn(run.server.url, hunters[d % hunters.length]!)),
  );
  const perDesk = Math.ceil(ctx.scale / DESKS);
  const batches = desks.flatMap((desk, d) => {
    const h = d % hunters.length;
    const own = leads.filter((_, i) => i % hunters.length === h);
    const verbs = new VerbDesk(desk.user, own);
    const muts = Array.from({ length: perDesk }, (_, k) =>
      dispositionMutation(verbs, k + 1, own[k % own.length]!.id, now + k),
    );
    return Array.from({ length: Math.ceil(perDesk / BATCH) }, (_, b) => ({
      desk: d,
      mutations: muts.slice(b * BATCH, (b + 1) * BATCH),
    }));
  });
  // Each desk sends its batches in order; the desks run side by side.
  const latencies: number[] = [];
  let rejected = 0;
  const pid = run.server.child.pid;
  const dbUrl = run.server.databaseUrl;
  const cpu0 = processCpuMs(pid);
  const backends0 = dbUrl ? await backendCpuMs(dbUrl) : null;
  const t0 = performance.now();
  await pool(desks, DESKS, async (desk, d) => {
    for (const b of batches.filter((x) => x.desk === d)) {
      const s = performance.now();
      const r = await push(desk, b.mutations);
      latencies.push(performance.now() - s);
      rejected += r.rejected.length;
      if (r.ackedSeq !== b.mutations.at(-1)?.seq)
        throw new Error(`acked ${r.ackedSeq}, sent up to ${b.mutations.at(-1)?.seq}`);
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu1 = processCpuMs(pid);
  const backends1 = dbUrl ? await backendCpuMs(dbUrl) : null;
  const total = perDesk * DESKS;
  if (rejected) throw new Error(`${rejected} mutations rejected`);
  // The floor: the same rows written by plain INSERT … ON CONFLICT, in the same run (push-floor.ts).
  const rows = floorBatches(leads, batches);
  const floorSeconds = dbUrl
    ? await postgresFloorSeconds(dbUrl, rows, DESKS)
    : await pgliteFloorSeconds(leads, rows);
  const s = run.suffix;
  const rate = total / seconds;
  const floorRate = total / floorSeconds;
  const metrics = {
    [`mutationsPerSec${s}`]: metric(rate, 'mutations/s', dbUrl ? 10_000 : 5_000, 'higher'),
    [`p99Ms${s}`]: metric(percentile(latencies, 99), 'ms', 200, 'lower'),
    [`floorMutationsPerSec${s}`]: metric(floorRate, 'mutations/s', 0, 'higher'),
    [`vsFloor${s}`]: metric(rate / floorRate, '×', 0, 'higher'),
  };
  // CPU per mutation, against what the rate target allows: on PGlite everything runs on the
  // server's one thread (1 s / 5,000); on PostgreSQL the server and the database each have a core
  // of their own at best (1 s / 10,000 each).
  const budgetUs = dbUrl ? 100 : 200;
  if (cpu0 !== null && cpu1 !== null)
    metrics[`serverCpuUsPerMutation${s}`] = metric(
      ((cpu1 - cpu0) * 1000) / total,
      'µs',
      budgetUs,
      'lower',
    );
  if (backends0 && backends1)
    metrics[`dbCpuUsPerMutation${s}`] = metric(
      (backendCpuBetween(backends0, backends1) * 1000) / total,
      'µs',
      budgetUs,
      'lower',
    );
  return {
    metrics,
    notes: `${total} setDisposition mutations (lead patch + call activity) from ${DESKS} desks of ${hunters.length} hunters, batches of ${BATCH}, ${leads.length} leads; ${seconds.toFixed(1)} s; floor (the same rows by plain INSERT … ON CONFLICT, a transaction per batch) ${floorSeconds.toFixed(1)} s`,
  };
});
