// Bad input at the edge of the server, on PGlite and on PostgreSQL: bad text and deep nesting
// reach no route — every one gets a 400 naming the field (a NUL used to fail deep in a write as
// a 500 on PostgreSQL, so a desk resent the batch forever) and nothing is written; a garbled
// cookie, an oversized sign-in, HEAD on the event stream and a request trickled byte by byte
// each get a plain answer instead of an error or a connection held open.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { AUTH_BODY_LIMIT } from './routes/auth';
import { DB_KINDS } from './test/databases';
import { count, Desk, EMAIL, L, PASSWORD, protocol } from './test/sync-fixture';
import { worldPerSuite } from './test/world-per-suite';

describe.each(DB_KINDS)('bad input at the edge on %s', (kind) => {
  const current = worldPerSuite(kind);

  const signIn = (payload: unknown) =>
    current().app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { ...protocol, 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });

  it.each([
    ['a NUL', 'a\u0000b', 'body.mutations[0].args.text'],
    ['a lone surrogate', 'a\uD800b', 'body.mutations[0].args.text'],
  ])(
    'refuses a push whose note holds %s, names the field, and writes nothing',
    async (_what, text, path) => {
      const desk = await Desk.signIn(current(), 'agent');
      const before = await count(current().db, 'activities');
      const bad = desk.mutation('addNote', { leadId: L.own, text });
      const res = await desk.request('POST', '/api/sync/push', {
        clientId: desk.clientId,
        mutations: [bad],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalidRequest' });
      expect(res.json<{ message: string }>().message).toContain(path);
      expect(await count(current().db, 'activities')).toBe(before);
      // The same note without the stray character goes through.
      const ok = await desk.push([desk.mutation('addNote', { leadId: L.own, text: 'ab' })]);
      expect(ok.rejected).toEqual([]);
      expect(await count(current().db, 'activities')).toBe(before + 1);
    },
  );

  it('refuses a sign-in whose e-mail holds a NUL or a lone surrogate with 400, not 500', async () => {
    for (const email of [`${EMAIL.agent}\u0000`, `\uDC00${EMAIL.agent}`]) {
      const res = await signIn({ email, password: PASSWORD, clientId: crypto.randomUUID() });
      expect(res.statusCode, JSON.stringify(email)).toBe(400);
      expect(res.json<{ message: string }>().message).toContain('body.email');
    }
  });

  it('refuses JSON nested 10,000 levels deep with 400', async () => {
    const desk = await Desk.signIn(current(), 'agent');
    const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
    const res = await current().app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { ...desk.headers, 'content-type': 'application/json' },
      payload: `{"clientId":"${desk.clientId}","mutations":${deep}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/nested deeper than/);
  });

  it('refuses a forged pull cursor with 400, whatever part of it is out of range', async () => {
    const desk = await Desk.signIn(current(), 'agent');
    const key = Buffer.from('not-a-uuid').toString('base64url');
    for (const cursor of ['c1.x.1.99999999999999999999', `s1.x.1.0.${key}`]) {
      const res = await desk.request('POST', '/api/sync/pull', { cursor, limit: 10 });
      expect(res.statusCode, cursor).toBe(400);
    }
  });

  it('refuses an export stage that is no stage, and a user id that is no UUID is nobody', async () => {
    const sup = await Desk.signIn(current(), 'supervisor');
    for (const stage of ['%00', 'lead%00', 'nope', 'lead&stage=won']) {
      const res = await sup.request('GET', `/api/leads/export?stage=${stage}`);
      expect(res.statusCode, stage).toBe(400);
    }
    expect((await sup.request('GET', '/api/leads/export?stage=lead')).statusCode).toBe(200);
    const admin = await Desk.signIn(current(), 'admin');
    const dashes = '-'.repeat(36);
    const res = await admin.request('POST', `/api/admin/users/${dashes}/disable`);
    expect(res.statusCode).toBe(404);
  });

  it('answers a garbled refresh cookie as no session, not as an error', async () => {
    for (const cookie of ['sd_refresh=%', 'sd_refresh=%E0%A4%A', 'sd_refresh']) {
      const res = await current().app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        headers: { ...protocol, cookie },
      });
      expect(res.statusCode, cookie).toBe(401);
      expect(res.json(), cookie).toMatchObject({ error: 'sessionExpired' });
    }
  });

  it('parses no sign-in body bigger than a few kilobytes', async () => {
    const res = await signIn({
      email: EMAIL.agent,
      password: 'x'.repeat(AUTH_BODY_LIMIT),
      clientId: crypto.randomUUID(),
    });
    expect(res.statusCode).toBe(413);
  });

  it('answers HEAD on the event stream with its headers and ends it', async () => {
    const desk = await Desk.signIn(current(), 'agent');
    const res = await current().app.inject({
      method: 'HEAD',
      url: '/api/sync/events',
      headers: desk.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(res.body).toBe('');
    const anonymous = await current().app.inject({
      method: 'HEAD',
      url: '/api/sync/events',
      headers: protocol,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('cuts off a request trickled byte by byte once its time to arrive is up', async () => {
    const app = await buildApp({
      db: current().db,
      version: 't',
      staticDir: null,
      requestTimeoutMs: 500,
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    try {
      const socket = connect(Number(port), '127.0.0.1');
      let answer = '';
      socket.on('data', (d: Buffer) => (answer += d.toString()));
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      socket.write(
        'POST /api/auth/sign-in HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n' +
          Object.entries(protocol)
            .map(([k, v]) => `${k}: ${v}\r\n`)
            .join('') +
          'content-length: 1000\r\n\r\n{',
      );
      // One more byte now and then, never the whole body: only the timeout can end it.
      const trickle = setInterval(() => socket.write(' '), 100);
      await closed;
      clearInterval(trickle);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await app.close();
    }
  });
});
