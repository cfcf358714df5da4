import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import { Desk, EMAIL, PASSWORD, protocol, startWorld, U, type World } from '../test/sync-fixture';
import { PROTOCOL_HEADER, sessionSchema } from '../../shared/sync/protocol';
import { MAX_FAILURES_PER_EMAIL } from './rate-limit';
import { hashToken, signAccessToken } from './tokens';

describe.each(DB_KINDS)('auth on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;
  let world: World;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    world = await startWorld(db);
  });

  afterAll(async () => {
    await world?.app.close();
    await db?.close();
    await testDb?.drop();
  });

  const signIn = (email: string, password: string, remoteAddress = '10.0.0.1') =>
    world.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: protocol,
      remoteAddress,
      payload: { email, password, clientId: randomUUID() },
    });

  it('signs in with e-mail (any case) and password, and sets the refresh cookie', async () => {
    const res = await signIn(EMAIL.agent.toUpperCase(), PASSWORD);
    expect(res.statusCode).toBe(200);
    const session = sessionSchema.parse(res.json());
    expect(session.user).toMatchObject({ id: U.agent, roles: ['hunter'] });
    expect(session.organisation.id).toBeTruthy();
    expect(res.headers['set-cookie']).toMatch(
      /^sd_refresh=[^;]+; HttpOnly; SameSite=Strict; Path=\/api\/auth/,
    );
    expect(JSON.stringify(res.json())).not.toMatch(/argon2/);
    const { rows } = await db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE actor_id = $1 AND action = 'signIn'",
      [U.agent],
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  it('refuses a wrong password or unknown e-mail alike, and audits it', async () => {
    const wrong = await signIn(EMAIL.mate, 'wrong password', '10.0.0.2');
    const unknown = await signIn('nobody@x.example', 'wrong password', '10.0.0.2');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'badCredentials' });
    }
    const { rows } = await db.query("SELECT 1 FROM audit_log WHERE action = 'signInFailed'");
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('rate-limits failed sign-ins per e-mail with Retry-After, even with the right password', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect((await signIn(EMAIL.closer, 'nope', `10.1.0.${i}`)).statusCode).toBe(401);
    }
    const blocked = await signIn(EMAIL.closer, PASSWORD, '10.1.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error).toBe('tooManyAttempts');
    const after = Number(blocked.headers['retry-after']);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(15 * 60);
    // Other accounts are not affected.
    expect((await signIn(EMAIL.mate, PASSWORD, '10.1.1.1')).statusCode).toBe(200);
  });

  it('rate-limits one address guessing many accounts', async () => {
    const ip = '10.9.9.9';
    let last = 0;
    for (let i = 0; i < 31; i++)
      last = (await signIn(`guess${i}@x.example`, 'nope', ip)).statusCode;
    expect(last).toBe(429);
    expect((await signIn(EMAIL.agent, PASSWORD, ip)).statusCode).toBe(429);
  });

  it('rotates refresh tokens and ends the session when a rotated one is reused', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const first = desk.session.refreshToken;
    const r1 = await world.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: protocol,
      payload: { refreshToken: first },
    });
    expect(r1.statusCode).toBe(200);
    const second = r1.json().refreshToken as string;
    expect(second).not.toBe(first);
    // The new access token works.
    desk.session = r1.json();
    expect(
      (await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
    ).toBe(200);
    // Reusing the old refresh token (stolen copy) kills the session family.
    const reuse = await world.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: protocol,
      payload: { refreshToken: first },
    });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error).toBe('sessionExpired');
    const viaSecond = await world.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: protocol,
      payload: { refreshToken: second },
    });
    expect(viaSecond.statusCode).toBe(401);
    const res = await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 1 });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('sessionEnded');
  });

  it('refreshes from the cookie alone (browsers)', async () => {
    const desk = await Desk.signIn(world.app, 'mate');
    const res = await world.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: {
        ...protocol,
        cookie: `sd_refresh=${encodeURIComponent(desk.session.refreshToken)}`,
      },
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toMatch(/^sd_refresh=/);
  });

  it('signs out: the access token and the refresh token stop working', async () => {
    const desk = await Desk.signIn(world.app, 'mate');
    const out = await desk.request('POST', '/api/auth/sign-out', {});
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toMatch(/Max-Age=0/);
    expect(
      (await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).json().error,
    ).toBe('sessionEnded');
    const r = await world.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: protocol,
      payload: { refreshToken: desk.session.refreshToken },
    });
    expect(r.statusCode).toBe(401);
  });

  it('signs out with the refresh token alone (an expired access token): the session ends', async () => {
    const desk = await Desk.signIn(world.app, 'mate');
    const out = await world.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: protocol,
      payload: { refreshToken: desk.session.refreshToken },
    });
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toMatch(/Max-Age=0/);
    expect(
      (await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).json().error,
    ).toBe('sessionEnded');
    const { rows } = await db.query<{ end_reason: string }>(
      `SELECT s.end_reason FROM sessions s JOIN refresh_tokens r ON r.session_id = s.id
        WHERE r.token_hash = $1`,
      [hashToken(desk.session.refreshToken)],
    );
    expect(rows[0]?.end_reason).toBe('signOut');
  });

  it('disabling a user ends their sessions at once and refuses new sign-ins', async () => {
    const victim = await Desk.signIn(world.app, 'otherAgent');
    const admin = await Desk.signIn(world.app, 'admin');
    const res = await admin.request('POST', `/api/admin/users/${U.otherAgent}/disable`);
    expect(res.statusCode).toBe(204);
    const next = await victim.request('POST', '/api/sync/pull', { cursor: null, limit: 1 });
    expect(next.statusCode).toBe(401);
    expect(next.json().error).toBe('sessionEnded');
    const again = await signIn(EMAIL.otherAgent, PASSWORD, '10.2.0.1');
    expect(again.statusCode).toBe(403);
    expect(again.json().error).toBe('userDisabled');
    expect(
      (await admin.request('POST', `/api/admin/users/${U.otherAgent}/enable`)).statusCode,
    ).toBe(204);
    expect((await signIn(EMAIL.otherAgent, PASSWORD, '10.2.0.1')).statusCode).toBe(200);
  });

  it('a putUser that disables someone ends their sessions too, and is audited', async () => {
    const victim = await Desk.signIn(world.app, 'mate');
    const admin = await Desk.signIn(world.app, 'admin');
    const user = victim.session.user;
    const r = await admin.pushOne('putUser', { user: { ...user, disabled: true }, isNew: false });
    expect(r.rejected).toEqual([]);
    const next = await victim.request('POST', '/api/sync/pull', { cursor: null, limit: 1 });
    expect(next.json().error).toBe('sessionEnded');
    const { rows } = await db.query(
      "SELECT 1 FROM audit_log WHERE action = 'putUser' AND subject = $1",
      [U.mate],
    );
    expect(rows.length).toBe(1);
    await admin.pushOne('putUser', { user: { ...user, disabled: false }, isNew: false });
    expect((await signIn(EMAIL.mate, PASSWORD, '10.3.0.1')).statusCode).toBe(200);
  });

  it('answers 401 tokenExpired for a stale token and unauthorized for a forged one', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const pullWith = (token: string) =>
      world.app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: { ...protocol, authorization: `Bearer ${token}` },
        payload: { cursor: null },
      });
    const [body] = desk.session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString()) as {
      sid: string;
      uid: string;
    };
    const { rows } = await db.query<{ value: string }>(
      "SELECT value FROM server_settings WHERE key = 'token_secret'",
    );
    const secret = Buffer.from(rows[0]?.value ?? '', 'base64url');
    const stale = signAccessToken(secret, { ...claims, exp: Date.now() - 1 });
    expect((await pullWith(stale)).json().error).toBe('tokenExpired');
    const forged = signAccessToken(Buffer.from('another secret of at least 32 characters'), {
      ...claims,
      exp: Date.now() + 60_000,
    });
    expect((await pullWith(forged)).json().error).toBe('unauthorized');
    const noToken = await world.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: protocol,
      payload: {},
    });
    expect(noToken.statusCode).toBe(401);
  });

  it('answers 426 with the accepted versions to an old or unversioned desk, nothing else', async () => {
    // Protocol 1 desks sent hand-built effects; the server now takes verbs only (protocol 2).
    const old = [
      {},
      { [PROTOCOL_HEADER]: '0' },
      { [PROTOCOL_HEADER]: '1' },
      { [PROTOCOL_HEADER]: 'abc' },
    ];
    for (const headers of old) {
      const res = await world.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers,
        payload: { email: EMAIL.agent, password: PASSWORD, clientId: randomUUID() },
      });
      expect(res.statusCode).toBe(426);
      expect(res.json()).toMatchObject({ error: 'upgradeRequired', accepted: [2] });
    }
    const info = await world.app.inject('/api/sync/info');
    expect(info.statusCode).toBe(200);
    expect(info.json()).toMatchObject({ accepted: [2], serverTime: expect.any(Number) });
  });

  it('answers 400 for a malformed sign-in without touching the rate limit', async () => {
    const res = await world.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: protocol,
      payload: { email: EMAIL.agent, password: PASSWORD, clientId: 'nope' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'invalidRequest',
      message: expect.stringMatching(/clientId/),
    });
  });

  it('keeps the audit log append-only', async () => {
    await expect(db.query('UPDATE audit_log SET action = $1', ['x'])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('stores refresh tokens hashed and passwords as argon2id', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const { rows } = await db.query('SELECT 1 FROM refresh_tokens WHERE token_hash = $1', [
      desk.session.refreshToken,
    ]);
    expect(rows).toEqual([]);
    const { rows: users } = await db.query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [U.agent],
    );
    expect(users[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });
});
