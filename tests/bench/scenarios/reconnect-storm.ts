// reconnectStorm: `scale` desks (Node, fetch) come back online at once, each 1,000 changes behind,
// and pull until up to date. 429/503 with Retry-After are waited out and counted; anything else
// is an error.
import { DEMO_USERS, GULF_TEAM_ID } from '../../../shared/demo/organisation';
import {
  HttpStatusError,
  importMutations,
  pull,
  pullAll,
  pushAll,
  signIn,
  wireLead,
  type Desk,
} from '../sync-client';
import { metric } from '../types';
import { serverScenario } from './server-common';

const PENDING = 1_000;

/** An error with its cause (fetch's "fetch failed" says why only there: a refused or timed-out connection). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause
    ? `${error.message} (${cause.code ?? cause.message ?? String(cause)})`
    : error.message;
}

export const reconnectStorm = serverScenario('reconnectStorm', 2_000, 10, async (ctx, run) => {
  // Everyone in the Gulf team (and the administrator) sees the team's queue.
  const users = DEMO_USERS.filter((u) => u.teamId === GULF_TEAM_ID || u.roles.includes('admin'));
  const pending = ctx.quick ? 100 : PENDING;
  const sessions: Desk[] = [];
  for (const u of users) sessions.push(await signIn(run.server.url, u));
  const cursors = new Map<string, string>();
  for (const s of sessions) cursors.set(s.user.id, (await pullAll(s, null, 1000)).cursor);

  const now = Date.now();
  const leads = Array.from({ length: pending }, (_, i) => wireLead(i, null, GULF_TEAM_ID, now));
  await pushAll(run.admin, importMutations(leads, 1, now), 2);

  // Desks share their user's session, each with its own cursor.
  const desks = Array.from({ length: ctx.scale }, (_, d) => sessions[d % sessions.length]!);
  let throttled = 0;
  const errors: string[] = [];
  const rows: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    desks.map(async (desk) => {
      let cursor: string | null = cursors.get(desk.user.id) ?? null;
      let got = 0;
      for (;;) {
        try {
          const page = await pull(desk, cursor, 1000);
          got += page.changes.length;
          cursor = page.cursor;
          if (!page.more) break;
        } catch (error) {
          const retry = error instanceof HttpStatusError ? Number(error.retryAfter) : NaN;
          if (
            error instanceof HttpStatusError &&
            (error.status === 429 || error.status === 503) &&
            Number.isFinite(retry)
          ) {
            throttled++;
            await new Promise((r) => setTimeout(r, retry * 1000));
            continue;
          }
          errors.push(describe(error));
          return;
        }
      }
      rows.push(got);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const short = rows.filter((n) => n < pending).length;
  return {
    metrics: {
      [`completeSec${run.suffix}`]: metric(seconds, 's', 30, 'lower'),
      [`errors${run.suffix}`]: metric(errors.length + short, 'errors', 0, 'lower'),
    },
    notes: `${ctx.scale} desks over ${sessions.length} sessions, ${pending} new team-queue leads each to pull (pages of 1,000); ${throttled} throttled (429/503 + Retry-After); ${short} desks got fewer than ${pending} rows${errors.length ? `; first error: ${errors[0]}` : ''}`,
  };
});
