// Scale-out, for real: nginx from the distribution (the repository's deploy/nginx locations) in
// front of two separate OS processes of the sync server on ONE PostgreSQL database.
// - A desk pushing through one process is poked, over an event stream that nginx carries
//   unbuffered, by the other (LISTEN/NOTIFY between the processes).
// - A process killed (SIGKILL) with a push in flight on it: nginx sends the push to the other one
//   (push is idempotent by client id + seq) and the desk never notices; kills under load lose and
//   double nothing: every acknowledged mutation is in the database exactly once.
// - The client address the servers record is the one nginx saw, never a forged X-Forwarded-For.
// Needs DATABASE_URL (two processes on one database; PGlite is one process) and nginx.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import { DEMO_ORGANISATION } from '../../shared/demo/index';
import { uuidv7, type LeadId } from '../../shared/domain/ids';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { addNote } from '../../shared/mutations/add-note';
import { deskOf } from '../../renderer/db/desk';
import { run } from '../../renderer/db/run';
import { createDeskDatabase } from '../../renderer/db/schema';
import { nginxBinary, startNginx, type Nginx } from './nginx-process';
import { createSyncDriver } from './sync/driver';
import { demoUser } from './sync/desks';
import { ServerProcess } from './sync/server-process';
import { serverTruth } from './sync/truth';

const databaseUrl = process.env.DATABASE_URL?.trim() || null;
const skip = !databaseUrl
  ? 'two server processes share one database: set DATABASE_URL to a PostgreSQL server'
  : !nginxBinary()
    ? 'nginx is not installed (apt-get install nginx; .ci/run installs it)'
    : null;
if (skip) console.warn(`scale-out test skipped: ${skip}`);

const protocol = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };

async function until<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function signIn(base: string, email: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { ...protocol, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password: DEMO_PASSWORD, clientId: crypto.randomUUID() }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { accessToken: string };
}

/** An event stream read as the desk reads it; `pokes` counts `event: poke` blocks. */
async function openStream(base: string, token: string) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/sync/events`, {
    headers: { ...protocol, authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  const stream = { pokes: 0, connected: false, upstream: res.headers.get('x-upstream') ?? '' };
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(': connected')) stream.connected = true;
          if (block.includes('event: poke')) stream.pokes++;
        }
      }
    } catch {
      // aborted
    }
  })();
  return { stream, close: () => controller.abort() };
}

describe.skipIf(skip !== null)('two server processes behind nginx, one PostgreSQL', () => {
  const env = { SALESDESK_TRUST_PROXY: '1' };
  const a = new ServerProcess({ env, ...(databaseUrl ? { databaseUrl } : {}) });
  let b: ServerProcess;
  let nginx: Nginx;

  beforeAll(async () => {
    await a.start();
    b = new ServerProcess({ env, demo: false, sharedDatabaseUrl: a.databaseUrl ?? '' });
    await b.start();
    nginx = await startNginx([a.port, b.port]);
  }, 240_000);

  afterAll(async () => {
    await nginx?.stop();
    await b?.kill();
    await a.stop();
  });

  const other = (upstream: string) => (upstream.endsWith(`:${a.port}`) ? b : a);

  /** Until nginx sends requests to `server` again (after its restart and the upstream's fail_timeout). */
  const routedTo = (server: ServerProcess) =>
    until(`nginx to route to the process on ${server.port} again`, async () => {
      const res = await fetch(`${nginx.url}/api/health`);
      await res.arrayBuffer();
      return res.headers.get('x-upstream') === `127.0.0.1:${server.port}`;
    });

  it('a push through one process pokes a desk whose event stream nginx carries from the other', async () => {
    const supervisor = await signIn(nginx.url, demoUser('omar').email);
    const { stream, close } = await openStream(nginx.url, supervisor.accessToken);
    try {
      await until('the stream to connect', () => stream.connected);
      expect([`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]).toContain(stream.upstream);
      // The hunter pushes straight to the process that does NOT hold the stream.
      const pusher = other(stream.upstream);
      const hunter = await signIn(pusher.url, demoUser('faisal').email);
      const pull = await fetch(`${pusher.url}/api/sync/pull`, {
        method: 'POST',
        headers: {
          ...protocol,
          'content-type': 'application/json',
          authorization: `Bearer ${hunter.accessToken}`,
        },
        body: JSON.stringify({ cursor: null, limit: 5000 }),
      });
      const page = (await pull.json()) as {
        changes: { kind: string; row: { id: string; ownerId?: string | null } }[];
      };
      const lead = page.changes.find(
        (c) => c.kind === 'lead' && c.row.ownerId === demoUser('faisal').id,
      );
      expect(lead).toBeDefined();
      const before = stream.pokes;
      const sent = Date.now();
      const push = await fetch(`${pusher.url}/api/sync/push`, {
        method: 'POST',
        headers: {
          ...protocol,
          'content-type': 'application/json',
          authorization: `Bearer ${hunter.accessToken}`,
        },
        body: JSON.stringify({
          clientId: crypto.randomUUID(),
          mutations: [
            {
              seq: 1,
              name: 'addNote',
              args: { id: uuidv7(), leadId: lead!.row.id, text: 'poke across', at: Date.now() },
              effects: {},
              schemaVersion: 2,
              createdAt: Date.now(),
            },
          ],
        }),
      });
      expect(push.status).toBe(200);
      await until('the poke through nginx', () => stream.pokes > before, 10_000);
      console.log(`scale-out: poke across processes through nginx in ${Date.now() - sent} ms`);
    } finally {
      close();
    }
  });

  it('records the address nginx saw, not a forged X-Forwarded-For', async () => {
    await signIn(nginx.url, demoUser('mona').email, { 'x-forwarded-for': '10.9.9.9' });
    const client = new pg.Client({ connectionString: a.databaseUrl ?? '' });
    await client.connect();
    try {
      const { rows } = await client.query<{ ip: string }>(
        "SELECT ip FROM audit_log WHERE action = 'signIn' AND actor_id = $1 ORDER BY id DESC LIMIT 1",
        [demoUser('mona').id],
      );
      expect(rows[0]?.ip).toBe('127.0.0.1');
      // HSTS belongs to nginx, where TLS ends; the server itself never sends it.
      const direct = await fetch(`${a.url}/api/health`);
      expect(direct.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await client.end();
    }
  });

  it('a process killed with a push in flight loses nothing and doubles nothing: the desk fails over through nginx', async () => {
    const user = demoUser('faisal');
    const db = createDeskDatabase(`scale-out-${Date.now()}`);
    await db.open();
    let inFlight = 0;
    let clientFailures = 0;
    const driver = createSyncDriver({
      db,
      baseUrl: nginx.url,
      fetch: async (input, init) => {
        const push = new URL(input).pathname === '/api/sync/push';
        if (push) inFlight++;
        try {
          return await fetch(input, init);
        } finally {
          if (push) inFlight--;
        }
      },
    });
    const sync = async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await driver.sync();
        } catch (error) {
          clientFailures++;
          if (attempt > 20) throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    await driver.signIn(user.email, DEMO_PASSWORD);
    await sync();
    const leads = (await db.leads.where('ownerId').equals(user.id).sortBy('id'))
      .filter((l) => l.stage === 'lead')
      .slice(0, 6)
      .map((l) => l.id);
    expect(leads.length).toBe(6);
    const desk = () => deskOf(db, user, DEMO_ORGANISATION, () => Date.now());
    const notes: { id: string; leadId: LeadId; text: string }[] = [];
    const write = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const text = `scale-out #${notes.length} ${Math.random().toString(36).slice(2, 8)}`;
        const leadId = leads[notes.length % leads.length] as LeadId;
        const r = await run(desk(), addNote, { leadId, text, at: Date.now() });
        if (!r.ok) throw new Error(r.error.code);
        const last = await db.outbox.orderBy('seq').last();
        notes.push({ id: last!.effects!.activities![0]!.id, leadId, text });
      }
    };

    // 1. A push certainly in flight on a process when it is killed: the process is frozen
    //    (SIGSTOP), so a request nginx sends it waits there; then SIGKILL. Until the request
    //    caught there is a push (nginx may have sent the push to the other process, and the pull
    //    to the frozen one).
    const frozen = a;
    let failoverMs = 0;
    for (let round = 0; round < 10 && failoverMs === 0; round++) {
      // nginx takes the processes in turn; one more request every other round shifts which of
      // the sync's push and pull falls on the frozen one.
      if (round % 2 === 1) await (await fetch(`${nginx.url}/api/sync/info`)).arrayBuffer();
      process.kill(frozen.pid!, 'SIGSTOP');
      await write(20);
      const synced = sync();
      const done = await Promise.race([
        synced.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 1_500)),
      ]);
      if (done) {
        process.kill(frozen.pid!, 'SIGCONT');
        continue;
      }
      const pushCaught = inFlight > 0;
      const killedAt = Date.now();
      await frozen.kill();
      await synced;
      if (pushCaught) failoverMs = Date.now() - killedAt;
      await frozen.restart();
      await routedTo(frozen);
    }
    expect(failoverMs, 'no push was ever caught on the frozen process').toBeGreaterThan(0);
    const retried = nginx
      .accessLog()
      .split('\n')
      .filter((l) => l.startsWith('POST /api/sync/push 200') && l.includes(', '));
    expect(retried.length).toBeGreaterThan(0);

    // 2. Under load: the other process, then the first again, killed at a moment a push is in
    //    flight, restarted; the desk keeps writing and syncing.
    for (const victim of [b, a]) {
      const load = (async () => {
        for (let i = 0; i < 4; i++) {
          await write(25);
          await sync();
        }
      })();
      await until('a push in flight', () => inFlight > 0, 60_000);
      await victim.kill();
      await load;
      await victim.restart();
      await routedTo(victim);
    }
    await sync();

    // Every mutation acknowledged (the outbox is empty, all of it kept as sent), each once.
    expect(await db.outbox.count()).toBe(0);
    expect(await db.sent.count()).toBe(notes.length);
    const client = new pg.Client({ connectionString: a.databaseUrl ?? '' });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; n: string }>(
        'SELECT id::text, count(*) AS n FROM activities WHERE id = ANY($1::uuid[]) GROUP BY id',
        [notes.map((n) => n.id)],
      );
      expect(rows.length).toBe(notes.length);
      expect(rows.filter((r) => r.n !== '1')).toEqual([]);
      const { rows: stored } = await client.query<{ id: string; notes: string }>(
        "SELECT id, data->>'notes' AS notes FROM leads WHERE id = ANY($1::text[])",
        [leads],
      );
      const byLead = new Map(stored.map((r) => [r.id, r.notes]));
      const twice = notes.filter(
        (n) => (byLead.get(n.leadId) ?? '').split(n.text).length - 1 !== 1,
      );
      expect(twice).toEqual([]);
    } finally {
      await client.end();
    }
    const truth = await serverTruth(nginx.url, user.email);
    expect(truth.duplicateActivities).toEqual([]);
    console.log(
      `scale-out: ${notes.length} notes, kill -9 of each process (a push caught on the killed one ` +
        `answered ${failoverMs} ms after the kill), ${retried.length} push(es) re-sent by nginx, ` +
        `${clientFailures} failed sync call(s) on the desk, 0 lost, 0 doubled`,
    );
    await driver.close();
    db.close();
  }, 300_000);
});
