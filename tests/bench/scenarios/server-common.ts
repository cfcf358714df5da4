// What the server scenarios share: a fresh server process per database (PGlite, and PostgreSQL
// when DATABASE_URL is set) in demo mode, and `not-built` when the server cannot sync yet.
import type { BenchContext, Scenario } from '../context';
import { startServer, type ServerProcess } from '../server-process';
import { demoUser, hasSyncApi, HttpStatusError, signIn, type Desk } from '../sync-client';
import type { Metric, ScenarioResult } from '../types';

export type ServerRun = {
  server: ServerProcess;
  admin: Desk;
  /** Metric names get this suffix: '' on PGlite, 'Postgres' on PostgreSQL. */
  suffix: string;
};

export type ServerMeasure = (
  ctx: BenchContext,
  run: ServerRun,
) => Promise<{ metrics: Record<string, Metric>; notes: string }>;

class NotBuilt extends Error {}

async function onServer(
  ctx: BenchContext,
  postgresUrl: string | undefined,
  measure: ServerMeasure,
): Promise<{ metrics: Record<string, Metric>; notes: string }> {
  const server = await startServer({ staticDir: ctx.staticDir, postgresUrl, demo: true });
  try {
    if (!(await hasSyncApi(server.url)))
      throw new NotBuilt('the server has no sync API yet (GET /api/sync/info is not there)');
    let admin: Desk;
    try {
      admin = await signIn(
        server.url,
        demoUser((u) => u.roles.includes('admin')),
      );
    } catch (error) {
      if (error instanceof HttpStatusError && error.status < 500)
        throw new NotBuilt(
          `cannot sign in to the demo organisation (HTTP ${error.status}): the server seeds no demo users yet`,
        );
      throw error;
    }
    const suffix = postgresUrl ? 'Postgres' : '';
    const r = await measure(ctx, { server, admin, suffix });
    return { metrics: r.metrics, notes: `${server.db}: ${r.notes}` };
  } finally {
    await server.stop();
  }
}

/** A scenario measured on PGlite and, when DATABASE_URL is set, again on PostgreSQL. */
export function serverScenario(
  name: string,
  defaultScale: number,
  quickScale: number,
  measure: ServerMeasure,
): Scenario {
  return {
    name,
    defaultScale,
    quickScale,
    async run(ctx): Promise<ScenarioResult> {
      const metrics: Record<string, Metric> = {};
      const notes: string[] = [];
      try {
        for (const pg of [undefined, ...(ctx.postgresUrl ? [ctx.postgresUrl] : [])]) {
          const r = await onServer(ctx, pg, measure);
          Object.assign(metrics, r.metrics);
          notes.push(r.notes);
        }
      } catch (error) {
        if (error instanceof NotBuilt)
          return { scale: ctx.scale, status: 'not-built', metrics: {}, notes: error.message };
        throw error;
      }
      return { scale: ctx.scale, status: 'ok', metrics, notes: notes.join(' | ') };
    },
  };
}

/** Runs `fn` over `items` with at most `limit` running at once. */
export async function pool<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
