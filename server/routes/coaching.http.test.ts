// Proves the live-coaching routes on each database: who may coach whom (the agent's own
// supervisor or an administrator, nobody else), only while the agent is on a call and one
// supervisor at a time; signals relayed to the other party only, each told through its own event
// stream; every start, change of mode and end audited; a session whose call ended is ended.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import { Desk, startWorld, U, type World } from '../test/sync-fixture';
import { buildApp } from '../app';
import {
  coachingInboxSchema,
  coachingStartedSchema,
  type CoachingSignal,
} from '../../shared/recordings/protocol';

type Listening = { events: string[]; abort: AbortController };

/** An event stream read as a desk reads it; `events` collects the names of its events. */
async function listenTo(base: string, desk: Desk): Promise<Listening> {
  const abort = new AbortController();
  const res = await fetch(`${base}/api/sync/events`, {
    headers: desk.headers,
    signal: abort.signal,
  });
  const entry: Listening = { events: [], abort };
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        for (const m of value.matchAll(/event: (\w+)/g)) entry.events.push(m[1]!);
      }
    } catch {
      // aborted
    }
  })();
  return entry;
}

const coachEvents = (l: Listening) => l.events.filter((e) => e === 'coach').length;

async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 20));
}

describe.each(DB_KINDS)('live coaching on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;
  let world: World;
  let admin: Desk;
  let sup: Desk;
  let agent: Desk;
  let mate: Desk;
  let other: Desk;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    world = await startWorld(db);
    admin = await Desk.signIn(world, 'admin');
    sup = await Desk.signIn(world, 'supervisor');
    agent = await Desk.signIn(world, 'agent');
    mate = await Desk.signIn(world, 'mate');
    other = await Desk.signIn(world, 'otherAgent');
  });

  afterAll(async () => {
    await world?.app.close();
    await db?.close();
    await testDb?.drop();
  });

  const call = (
    desk: Desk,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    world.app.inject({
      method,
      url,
      headers: desk.headers,
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  const presence = (desk: Desk, state: string) =>
    call(desk, 'PUT', '/api/telephony/presence', { state });
  const start = (desk: Desk, agentId: string, mode = 'listen') =>
    call(desk, 'POST', '/api/coaching', { agentId, mode });
  const signal = (desk: Desk, id: string, s: CoachingSignal | Record<string, unknown>) =>
    call(desk, 'POST', `/api/coaching/${id}/signal`, s);
  const inbox = async (desk: Desk) =>
    coachingInboxSchema.parse((await call(desk, 'GET', '/api/coaching/signals')).json());
  const audits = async (sessionId: string) =>
    (
      await db.query<{ action: string; actor_id: string | null; detail: Record<string, unknown> }>(
        `SELECT action, actor_id, detail FROM audit_log WHERE detail->>'sessionId' = $1 ORDER BY id`,
        [sessionId],
      )
    ).rows;
  const endAll = () =>
    db.query(
      "UPDATE coaching_sessions SET ended_at = now(), end_reason = 'supervisor' WHERE ended_at IS NULL",
    );

  it('only the agent’s own supervisor or an administrator may coach them, and only on a call', async () => {
    await presence(agent, 'available');
    // Agents, including the agent's team mate, and another team's agent: refused.
    for (const desk of [mate, other]) {
      const res = await start(desk, U.agent);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: 'forbidden' });
    }
    // A supervisor of another team: refused too (the fixture's supervisor leads team A).
    const res = await start(sup, U.otherAgent);
    expect(res.statusCode).toBe(403);
    // Not on a call: 409 notOnCall; a desk never seen: agentOffline.
    expect((await start(sup, U.agent)).json()).toMatchObject({ error: 'notOnCall' });
    expect((await start(sup, U.agent)).statusCode).toBe(409);
    expect((await start(sup, U.mate)).json()).toMatchObject({ error: 'agentOffline' });
    // Unknown or foreign ids.
    expect((await start(sup, '0c000000-0000-4000-8000-0000000000ff')).statusCode).toBe(404);
    expect((await start(admin, U.foreignAdmin)).statusCode).toBe(404);
    const none = await db.query('SELECT 1 FROM coaching_sessions');
    expect(none.rowCount).toBe(0);
  });

  it('bad input is a 400 naming the field, and nothing is written', async () => {
    await presence(agent, 'onCall');
    for (const body of [
      {},
      { agentId: 'nope', mode: 'listen' },
      { agentId: U.agent, mode: 'shout' },
    ]) {
      const res = await call(sup, 'POST', '/api/coaching', body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalidRequest' });
    }
    const started = coachingStartedSchema.parse((await start(sup, U.agent)).json());
    const id = started.session.id;
    for (const body of [{ kind: 'shout' }, { kind: 'offer' }, { kind: 'mode', mode: 'loud' }]) {
      const res = await signal(sup, id, body);
      expect(res.statusCode).toBe(400);
    }
    expect((await signal(sup, 'not-a-uuid', { kind: 'end' })).statusCode).toBe(404);
    expect((await inbox(agent)).signals).toEqual([]);
    await endAll();
  });

  it('relays signals to the other party only, one supervisor at a time, audited from start to end', async () => {
    await presence(agent, 'onCall');
    const res = await start(sup, U.agent, 'listen');
    expect(res.statusCode).toBe(201);
    const { session } = coachingStartedSchema.parse(res.json());
    expect(session).toMatchObject({ supervisorId: U.supervisor, agentId: U.agent, mode: 'listen' });
    // A second supervisor (here the administrator) waits for the first to leave.
    const busy = await start(admin, U.agent);
    expect(busy.statusCode).toBe(409);
    expect(busy.json()).toMatchObject({ error: 'alreadyCoached' });

    expect((await signal(sup, session.id, { kind: 'offer', sdp: 'v=0 offer' })).statusCode).toBe(
      204,
    );
    expect((await signal(sup, session.id, { kind: 'candidate', candidate: 'c1' })).statusCode).toBe(
      204,
    );
    // Outsiders may neither signal nor end it, nor read its signals.
    expect((await signal(mate, session.id, { kind: 'answer', sdp: 'x' })).statusCode).toBe(403);
    expect((await call(mate, 'DELETE', `/api/coaching/${session.id}`)).statusCode).toBe(403);
    expect((await inbox(mate)).signals).toEqual([]);
    // The agent reads them in order, once.
    const first = await inbox(agent);
    expect(first.sessions.filter((s) => s.endedAt === null).map((s) => s.id)).toEqual([session.id]);
    expect(first.signals.map((s) => s.signal)).toEqual([
      { kind: 'offer', sdp: 'v=0 offer' },
      { kind: 'candidate', candidate: 'c1' },
    ]);
    expect((await inbox(agent)).signals).toEqual([]);
    // The agent answers; only the supervisor changes the mode.
    await signal(agent, session.id, { kind: 'answer', sdp: 'v=0 answer' });
    expect((await signal(agent, session.id, { kind: 'mode', mode: 'barge' })).statusCode).toBe(403);
    expect((await signal(sup, session.id, { kind: 'mode', mode: 'whisper' })).statusCode).toBe(204);
    expect((await inbox(sup)).signals.map((s) => s.signal)).toEqual([
      { kind: 'answer', sdp: 'v=0 answer' },
    ]);
    const agentView = await inbox(agent);
    expect(agentView.signals.map((s) => s.signal)).toEqual([{ kind: 'mode', mode: 'whisper' }]);
    expect(agentView.sessions.find((s) => s.id === session.id)?.mode).toBe('whisper');

    // The supervisor ends it: both see it ended, queued signals are gone, the audit holds it all.
    await signal(agent, session.id, { kind: 'candidate', candidate: null });
    expect((await call(sup, 'DELETE', `/api/coaching/${session.id}`)).statusCode).toBe(204);
    expect((await call(sup, 'DELETE', `/api/coaching/${session.id}`)).statusCode).toBe(409);
    expect((await signal(agent, session.id, { kind: 'answer', sdp: 'late' })).statusCode).toBe(409);
    const after = await inbox(sup);
    expect(after.signals).toEqual([]);
    expect(after.sessions.find((s) => s.id === session.id)).toMatchObject({
      id: session.id,
      endReason: 'supervisor',
    });
    const left = await db.query('SELECT 1 FROM coaching_signals WHERE session_id = $1', [
      session.id,
    ]);
    expect(left.rowCount).toBe(0);
    const rows = await audits(session.id);
    expect(rows.map((r) => r.action)).toEqual([
      'coachingStarted',
      'coachingModeChanged',
      'coachingEnded',
    ]);
    expect(rows[0]).toMatchObject({ actor_id: U.supervisor, detail: { mode: 'listen' } });
    expect(rows[1]).toMatchObject({ detail: { from: 'listen', to: 'whisper' } });
    expect(rows[2]?.detail).toMatchObject({ reason: 'supervisor', mode: 'whisper' });
    expect(typeof rows[2]?.detail.durationMs).toBe('number');

    // Now the administrator may coach the agent.
    const byAdmin = await start(admin, U.agent, 'barge');
    expect(byAdmin.statusCode).toBe(201);
    const adminSession = coachingStartedSchema.parse(byAdmin.json()).session;
    // The agent ends it from their side.
    expect((await call(agent, 'DELETE', `/api/coaching/${adminSession.id}`)).statusCode).toBe(204);
    expect((await audits(adminSession.id)).at(-1)?.detail).toMatchObject({ reason: 'agent' });
    // An agent's desk whose call ended says so; a supervisor cannot claim it.
    const third = coachingStartedSchema.parse((await start(sup, U.agent)).json()).session;
    await call(agent, 'DELETE', `/api/coaching/${third.id}?reason=callEnded`);
    expect((await audits(third.id)).at(-1)?.detail).toMatchObject({ reason: 'callEnded' });
    const fourth = coachingStartedSchema.parse((await start(sup, U.agent)).json()).session;
    await call(sup, 'DELETE', `/api/coaching/${fourth.id}?reason=callEnded`);
    expect((await audits(fourth.id)).at(-1)?.detail).toMatchObject({ reason: 'supervisor' });
  });

  it('ends the session when the agent’s call ends or a party falls silent', async () => {
    await presence(agent, 'onCall');
    const { session } = coachingStartedSchema.parse((await start(sup, U.agent)).json());
    await presence(agent, 'wrapUp');
    expect((await inbox(sup)).sessions.find((s) => s.id === session.id)).toMatchObject({
      endReason: 'callEnded',
    });
    expect((await audits(session.id)).map((r) => r.action)).toEqual([
      'coachingStarted',
      'coachingEnded',
    ]);

    await presence(agent, 'onCall');
    const again = coachingStartedSchema.parse((await start(sup, U.agent)).json()).session;
    // The supervisor's desk went quiet a minute ago: the next sweep ends the session.
    await db.query(
      "UPDATE coaching_sessions SET supervisor_seen_at = now() - interval '1 minute' WHERE id = $1",
      [again.id],
    );
    expect((await inbox(agent)).sessions.find((s) => s.id === again.id)).toMatchObject({
      endReason: 'timeout',
    });
  });

  it('tells the recipient through their own event stream, and nobody else', async () => {
    await presence(agent, 'onCall');
    const base = await world.app.listen({ port: 0, host: '127.0.0.1' });
    const streams = new Map<string, Listening>();
    for (const [name, desk] of [
      ['agent', agent],
      ['sup', sup],
      ['mate', mate],
      ['admin', admin],
    ] as const)
      streams.set(name, await listenTo(base, desk));
    const coachEventsOf = (name: string) => coachEvents(streams.get(name)!);
    try {
      const { session } = coachingStartedSchema.parse((await start(sup, U.agent)).json());
      await signal(sup, session.id, { kind: 'offer', sdp: 'v=0' });
      await until(() => coachEventsOf('agent') === 1);
      await signal(agent, session.id, { kind: 'answer', sdp: 'v=0' });
      await until(() => coachEventsOf('sup') === 1);
      // The agent's news never reached the supervisor's stream (the answer's was its first) …
      expect(coachEventsOf('agent')).toBe(1);
      await call(sup, 'DELETE', `/api/coaching/${session.id}`);
      await until(() => coachEventsOf('agent') === 2 && coachEventsOf('sup') === 2);
      // … and no one else's: the same channel delivered these in order before anything later.
      expect(coachEventsOf('mate')).toBe(0);
      expect(coachEventsOf('admin')).toBe(0);
    } finally {
      for (const s of streams.values()) s.abort.abort();
    }
  });

  it.runIf(kind === 'postgres')(
    'reaches the recipient’s stream held by another server on the database (PostgreSQL NOTIFY)',
    async () => {
      await presence(agent, 'onCall');
      // A second server on the same database, with its own connections and its own hub.
      const db2 = await testDb.open();
      const app2 = await buildApp({ db: db2, version: 'test', staticDir: null, heartbeatMs: 200 });
      try {
        const base2 = await app2.listen({ port: 0, host: '127.0.0.1' });
        const onTwo = await listenTo(base2, agent);
        const { session } = coachingStartedSchema.parse((await start(sup, U.agent)).json());
        // Signalled through the first server; told by the second.
        await signal(sup, session.id, { kind: 'offer', sdp: 'v=0' });
        await until(() => coachEvents(onTwo) === 1);
        onTwo.abort.abort();
        await call(sup, 'DELETE', `/api/coaching/${session.id}`);
      } finally {
        await app2.close();
        await db2.close();
      }
    },
  );
});
