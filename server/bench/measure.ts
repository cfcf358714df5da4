// Quick throughput figures for the sync server over real HTTP on one process:
//   push mutations/s (batches of 100 setDisposition "no answer" calls, each with the effects an
//   honest desk sends: a lead patch and a call) and
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
  lead,
  ORG,
  PASSWORD,
  protocol,
  seedWorld,
  T0,
  TEAM_A,
  U,
} from '../test/sync-fixture';
import { insertLeads } from '../seed/demo';
import { setDisposition } from '../../shared/mutations/set-disposition';
import { MemoryState } from '../../shared/mutations/state';
import { execute } from '../../shared/mutations/verb';
import type { Mutation, PullResponse, PushResponse, SyncSession } from '../../shared/sync/protocol';

async function main(): Promise<void> {
  const leadsN = Number(process.argv[2] ?? 20_000);
  const batches = Number(process.argv[3] ?? 100);
  const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const testDb = await createTestDatabase(kind);
  const db = await testDb.open();
  await migrate(db);
  await seedWorld(db);
  const ids = Array.from({ length: leadsN }, (_, i) => `bench-${String(i).padStart(7, '0')}`);
  // The agent's desk holds its own copy of the leads and updates it with every mutation it
  // makes (as the outbox does), so each mutation claims what an honest desk would.
  const desk = new MemoryState();
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000).map((id) => lead(id, ORG, U.agent, TEAM_A));
    for (const l of chunk) desk.leads.set(l.id, l);
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
  const ctx = {
    actor: {
      id: agent.user.id,
      organisationId: agent.organisation.id,
      roles: agent.user.roles,
      teamId: agent.user.teamId,
    },
    organisation: agent.organisation,
  };
  const clientId = randomUUID();
  let seq = 0;
  const batch = (): Mutation[] =>
    Array.from({ length: 100 }, (_, i) => {
      const leadId = ids[(seq * 7 + i * 13) % ids.length];
      seq++;
      const args = setDisposition.args.parse({
        leadId,
        disposition: 'noAnswer',
        durationSec: 20,
        note: `n${seq}`,
        at: T0 + seq,
      });
      const r = execute(setDisposition, desk, args, ctx);
      if (!r.ok) throw new Error(`setDisposition on ${leadId}: ${r.error.code}`);
      desk.absorb(r.effects);
      return {
        seq,
        name: 'setDisposition',
        args,
        effects: r.effects,
        schemaVersion: 2,
        createdAt: T0 + seq,
      };
    });
  // Every mutation must be applied: a refused one would be measured as work it did not do.
  const pushBatch = async (mutations: Mutation[]) => {
    const r = await post<PushResponse>(
      '/api/sync/push',
      { clientId, mutations },
      agent.accessToken,
    );
    if (r.rejected.length > 0) throw new Error(`push refused: ${JSON.stringify(r.rejected[0])}`);
  };
  for (let i = 0; i < 5; i++) await pushBatch(batch());
  // Made before the clock starts: only the server's work is timed.
  const measured = Array.from({ length: batches }, batch);
  let t = performance.now();
  for (const mutations of measured) await pushBatch(mutations);
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
