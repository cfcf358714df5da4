// Live pokes over real HTTP: an event stream hears of changes in its scope within a second, from
// its own server process or (PostgreSQL) from another one on the same database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/db/db';
import { buildApp } from '../../server/app';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../../server/test/databases';
import { MAX_STREAMS_PER_SESSION } from '../../server/routes/sync';
import { Desk, L, protocol, startWorld, U, type World } from '../../server/test/sync-fixture';
import { hashToken } from '../../server/auth/tokens';

type Stream = {
  events: string[];
  /** `event: presence` blocks: an agent's state changed (wallboards only). */
  presence: number;
  pings: number;
  close: () => void;
  ready: Promise<void>;
  /** Resolves when the server ends the stream (not when this side aborts it). */
  ended: Promise<void>;
};

async function listen(app: FastifyInstance): Promise<string> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return address;
}

function openStream(base: string, token: string): Stream {
  const controller = new AbortController();
  const s: Stream = {
    events: [],
    presence: 0,
    pings: 0,
    close: () => controller.abort(),
    ready: Promise.resolve(),
    ended: Promise.resolve(),
  };
  let serverEnded!: () => void;
  s.ended = new Promise<void>((r) => (serverEnded = r));
  s.ready = (async () => {
    const res = await fetch(`${base}/api/sync/events`, {
      headers: { ...protocol, authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let connected!: () => void;
    const first = new Promise<void>((r) => (connected = r));
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            serverEnded();
            return;
          }
          buffer += decoder.decode(value, { stream: true });
          let i: number;
          while ((i = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, i);
            buffer = buffer.slice(i + 2);
            if (block.startsWith(': connected')) connected();
            else if (block.startsWith(': ping')) s.pings++;
            else if (block.startsWith('event: poke')) s.events.push(block);
            else if (block.startsWith('event: presence')) s.presence++;
          }
        }
      } catch {
        // aborted
      }
    })();
    await first;
  })();
  return s;
}

async function waitFor(check: () => boolean, ms: number): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - start;
}

describe.each(DB_KINDS)('live pokes on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;
  let world: World;
  let base: string;
  // PostgreSQL: a second server process's stand-in — its own pool, listener and HTTP server.
  let db2: Db | null = null;
  let app2: FastifyInstance | null = null;
  let base2: string | null = null;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    world = await startWorld(db);
    base = await listen(world.app);
    if (kind === 'postgres') {
      db2 = await testDb.open();
      app2 = await buildApp({ db: db2, version: 'test', staticDir: null, heartbeatMs: 200 });
      base2 = await listen(app2);
    }
  });

  afterAll(async () => {
    await app2?.close();
    await db2?.close();
    await world?.app.close();
    await db?.close();
    await testDb?.drop();
  });

  it('pokes a desk within a second of a change in its scope, not for others, with pings between', async () => {
    const agent = await Desk.signIn(world.app, 'agent');
    const other = await Desk.signIn(world.app, 'otherAgent');
    const stream = openStream(base, agent.session.accessToken);
    await stream.ready;
    await waitFor(() => stream.pings >= 1, 2000);
    // A change outside the agent's scope: no poke.
    await other.pushOne('addNote', { leadId: L.otherTeam, text: 'b' });
    await new Promise((r) => setTimeout(r, 300));
    expect(stream.events).toEqual([]);
    // Its team's queue changes: poked.
    const sup = await Desk.signIn(world.app, 'supervisor');
    const t0 = Date.now();
    await sup.pushOne('addNote', { leadId: L.queue, text: 'q' });
    await waitFor(() => stream.events.length >= 1, 1000);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(stream.events[0]).toBe('event: poke\ndata: {}');
    stream.close();
  });

  it("pokes every desk of the organisation when an administrator enables a user, and no other organisation's", async () => {
    const agent = await Desk.signIn(world.app, 'agent');
    const foreign = await Desk.signIn(world.app, 'foreignAdmin');
    const mine = openStream(base, agent.session.accessToken);
    const theirs = openStream(base, foreign.session.accessToken);
    await Promise.all([mine.ready, theirs.ready]);
    const admin = await Desk.signIn(world.app, 'admin');
    const res = await admin.request('POST', `/api/admin/users/${U.closer}/enable`);
    expect(res.statusCode).toBe(204);
    await waitFor(() => mine.events.length >= 1, 1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(theirs.events).toEqual([]);
    mine.close();
    theirs.close();
  });

  it('tells the team’s supervisor at once when an agent changes state, not on a heartbeat, and never the agents', async () => {
    const agent = await Desk.signIn(world.app, 'agent');
    const sup = await Desk.signIn(world.app, 'supervisor');
    const other = await Desk.signIn(world.app, 'otherAgent');
    const board = openStream(base, sup.session.accessToken);
    const desk = openStream(base, agent.session.accessToken);
    await Promise.all([board.ready, desk.ready]);
    const report = async (who: Desk, state: string, reason: string | null = null) =>
      expect(
        (await who.request('PUT', '/api/telephony/presence', { state, reason })).statusCode,
      ).toBe(204);
    await report(agent, 'available');
    await waitFor(() => board.presence === 1, 2000);
    await report(agent, 'onCall');
    await waitFor(() => board.presence === 2, 2000);
    await report(agent, 'paused', 'break');
    await waitFor(() => board.presence === 3, 2000);
    // A heartbeat of the same state, and another team's agent: nothing to tell. The next change
    // is the marker that anything said before it has arrived.
    await report(agent, 'paused', 'break');
    await report(other, 'onCall');
    await report(agent, 'available');
    await waitFor(() => board.presence >= 4, 2000);
    expect(board.presence).toBe(4);
    expect(desk.presence).toBe(0);
    expect(board.events).toEqual([]);
    board.close();
    desk.close();
  });

  it('holds at most a few streams open per session, and opens one again once another closes', async () => {
    const agent = await Desk.signIn(world.app, 'agent');
    const token = agent.session.accessToken;
    const streams = Array.from({ length: MAX_STREAMS_PER_SESSION }, () => openStream(base, token));
    await Promise.all(streams.map((s) => s.ready));
    const extra = () =>
      fetch(`${base}/api/sync/events`, {
        headers: { ...protocol, authorization: `Bearer ${token}` },
      });
    const refused = await extra();
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: 'tooManyStreams' });
    // Another session of the same person is not counted against this one.
    const other = await Desk.signIn(world.app, 'agent');
    const theirs = openStream(base, other.session.accessToken);
    await theirs.ready;
    theirs.close();
    streams.pop()?.close();
    // The server notices the closed stream when its socket closes: ask until it has.
    await expect
      .poll(
        async () => {
          const res = await extra();
          await res.body?.cancel();
          return res.status;
        },
        { timeout: 10_000 },
      )
      .toBe(200);
    for (const s of streams) s.close();
  });

  it('closes a session’s open streams at once when it signs out, is revoked by a reused refresh token, or its person is disabled', async () => {
    const out = await Desk.signIn(world.app, 'agent');
    const kept = await Desk.signIn(world.app, 'agent');
    const outStream = openStream(base, out.session.accessToken);
    const keptStream = openStream(base, kept.session.accessToken);
    await Promise.all([outStream.ready, keptStream.ready]);
    expect((await out.request('POST', '/api/auth/sign-out', {})).statusCode).toBe(204);
    await outStream.ended;
    // The same person's other session is not touched.
    await waitFor(() => keptStream.pings >= 1, 5000);

    // A refresh token presented again after its grace: the session's streams end.
    const first = kept.session.refreshToken;
    const refresh = (refreshToken: string) =>
      world.app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        headers: protocol,
        payload: { refreshToken },
      });
    expect((await refresh(first)).statusCode).toBe(200);
    await db.query(
      "UPDATE refresh_tokens SET rotated_at = rotated_at - interval '1 minute' WHERE token_hash = $1",
      [hashToken(first)],
    );
    expect((await refresh(first)).statusCode).toBe(401);
    await keptStream.ended;

    // Disabled through any server process: every stream of the person ends.
    const closer = await Desk.signIn(world.app, 'closer');
    const streams = [openStream(base, closer.session.accessToken)];
    if (base2) streams.push(openStream(base2, closer.session.accessToken));
    await Promise.all(streams.map((s) => s.ready));
    const admin = await Desk.signIn(world.app, 'admin');
    expect((await admin.request('POST', `/api/admin/users/${U.closer}/disable`)).statusCode).toBe(
      204,
    );
    await Promise.all(streams.map((s) => s.ended));
    const again = await fetch(`${base}/api/sync/events`, {
      headers: { ...protocol, authorization: `Bearer ${closer.session.accessToken}` },
    });
    expect(again.status).toBe(401);
    expect((await admin.request('POST', `/api/admin/users/${U.closer}/enable`)).statusCode).toBe(
      204,
    );
  });

  it('refuses an event stream without a valid token', async () => {
    const res = await fetch(`${base}/api/sync/events`, { headers: protocol });
    expect(res.status).toBe(401);
  });

  it.runIf(kind === 'postgres')(
    'pokes desks connected to another server process on the same database',
    async () => {
      const agent = await Desk.signIn(world.app, 'agent');
      const stream = openStream(base2 ?? '', agent.session.accessToken);
      await stream.ready;
      const sup = await Desk.signIn(world.app, 'supervisor');
      await sup.pushOne('addNote', { leadId: L.own, text: 'from server 1' });
      const took = await waitFor(() => stream.events.length >= 1, 1000);
      expect(took).toBeLessThan(1000);
      stream.close();
    },
  );

  it('ends open streams when the server closes', async () => {
    const agent = await Desk.signIn(world.app, 'agent');
    const extra = await buildApp({ db, version: 'test', staticDir: null });
    const url = await listen(extra);
    const stream = openStream(url, agent.session.accessToken);
    await stream.ready;
    const closing = extra.close();
    await expect(
      Promise.race([
        closing.then(() => 'closed'),
        new Promise((r) => setTimeout(() => r('stuck'), 5000)),
      ]),
    ).resolves.toBe('closed');
  });
});
