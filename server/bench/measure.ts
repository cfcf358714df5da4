// Quick throughput figures for the sync server over real HTTP on one process:
//   push mutations/s (batches of 100, each patching a lead and appending a call) and
//   pull rows/s (an administrator's full snapshot, pages of 5,000).
// Usage: npx tsx server/bench/measure.ts [leads=20000] [batches=100]
// Uses PGlite in memory, or a fresh PostgreSQL database when DATABASE_URL is set.
// BENCH_NO_ANALYZE=1: skip the ANALYZE after seeding (how every snapshot page planned before).
import { randomUUID } from 'node:crypto';
import { buildApp } from '../app';
import { migrate } from '../db/migrate';
import { analyze } from '../db/statistics';
import { createTestDatabase } from '../test/databases';
import {
  activity,
  EMAIL,
  L,
  lead,
  ORG,
  PASSWORD,
  protocol,
  seedWorld,
  TEAM_A,
  U,
} from '../test/sync-fixture';
import { insertLeads } from '../seed/demo';
import type { Mutation, PullResponse, SyncSession } from '../../shared/sync/protocol';

async function main(): Promise<void> {
  const leadsN = Number(process.argv[2] ?? 20_000);
  const batches = Number(process.argv[3] ?? 100);
  const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const testDb = await createTestDatabase(kind);
  const db = await testDb.open();
  await migrate(db);
  await seedWorld(db);
  const ids = Array.from({ length: leadsN }, (_, i) => `bench-${String(i).padStart(7, '0')}`);
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000).map((id) => lead(id, ORG, U.agent, TEAM_A));
    await db.transaction((tx) =>
      insertLeads(
        tx,
        ORG,
        chunk,
        chunk.map((l) => activity(l.id, U.agent)),
      ),
    );
  }
  // What the server does after a bulk load (start-up, demo seed, big pushes): db/statistics.ts.
  if (process.env.BENCH_NO_ANALYZE !== '1') await analyze(db);
  const app = await buildApp({ db, version: 'bench', staticDir: null });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const post = async <T>(path: string, body: unknown, token?: string): Promise<T> => {
    const res = await fetch(base + path, {
      method: 'POST',
      headers: {
        ...protocol,
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const signIn = (email: string) =>
    post<SyncSession>('/api/auth/sign-in', { email, password: PASSWORD, clientId: randomUUID() });
  const agent = await signIn(EMAIL.agent);
  const clientId = randomUUID();
  let seq = 0;
  const batch = (): Mutation[] =>
    Array.from({ length: 100 }, (_, i) => {
      const id = ids[(seq * 7 + i * 13) % ids.length] ?? L.own;
      seq++;
      return {
        seq,
        name: 'setDisposition',
        args: {},
        effects: {
          leads: [
            { id, patch: { touches: seq, notes: `n${seq}`, updatedAt: 1_760_000_000_000 + seq } },
          ],
          activities: [activity(id, U.agent)],
        },
        schemaVersion: 1,
        createdAt: 1_760_000_000_000,
      };
    });
  for (let i = 0; i < 5; i++)
    await post('/api/sync/push', { clientId, mutations: batch() }, agent.accessToken);
  let t = performance.now();
  for (let i = 0; i < batches; i++) {
    await post('/api/sync/push', { clientId, mutations: batch() }, agent.accessToken);
  }
  const pushMs = performance.now() - t;
  const admin = await signIn(EMAIL.admin);
  let cursor: string | null = null;
  let rows = 0;
  t = performance.now();
  for (;;) {
    const page: PullResponse = await post(
      '/api/sync/pull',
      { cursor, limit: 5000 },
      admin.accessToken,
    );
    rows += page.changes.length;
    cursor = page.cursor;
    if (!page.more) break;
  }
  const pullMs = performance.now() - t;
  console.log(
    JSON.stringify({
      db: kind,
      leads: leadsN,
      push: {
        mutations: batches * 100,
        ms: Math.round(pushMs),
        perSecond: Math.round((batches * 100 * 1000) / pushMs),
      },
      pull: { rows, ms: Math.round(pullMs), perSecond: Math.round((rows * 1000) / pullMs) },
    }),
  );
  await app.close();
  await db.close();
  await testDb.drop();
}

void main();
