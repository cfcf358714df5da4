import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import {
  Desk,
  EMAIL,
  PASSWORD,
  protocol,
  startWorld,
  TEAM_X,
  U,
  type World,
} from '../test/sync-fixture';
import { hashPassword } from './passwords';
import { PROTOCOL_HEADER, sessionSchema } from '../../shared/sync/protocol';
import {
  attemptFailed,
  attemptSucceeded,
  beginAttempt,
  bucketsFor,
  delayAfter,
  LIMITS,
} from './rate-limit';
import { refresh } from './sessions';
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

  const refreshWith = (refreshToken: string) =>
    world.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: protocol,
      payload: { refreshToken },
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

  it('slows wrong passwords for one account from one address, but the right password from another address still works', async () => {
    const ip = '10.1.0.1';
    for (let i = 0; i < LIMITS.accountAddress.max; i++) {
      expect((await signIn(EMAIL.closer, 'nope', ip)).statusCode).toBe(401);
    }
    const blocked = await signIn(EMAIL.closer, PASSWORD, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error).toBe('tooManyAttempts');
    const after = Number(blocked.headers['retry-after']);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(LIMITS.accountAddress.baseMs / 1000);
    // Not a lockout weapon: the person at their own desk signs in.
    expect((await signIn(EMAIL.closer, PASSWORD, '10.1.1.1')).statusCode).toBe(200);
    // Other accounts from the guessing address are not affected.
    expect((await signIn(EMAIL.mate, PASSWORD, ip)).statusCode).toBe(200);
  });

  it('doubles the wait with every further failure, up to a cap', async () => {
    const input = { email: 'grows@x.example', ip: '10.4.0.1' };
    let now = Date.now();
    const fail = async (at: number) => {
      const a = await beginAttempt(db, input, at);
      if (a.ok) await attemptFailed(db, a);
      return a;
    };
    for (let i = 0; i < LIMITS.accountAddress.max; i++) {
      expect(await fail(now)).toMatchObject({ ok: true });
    }
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const refused = await beginAttempt(db, input, now);
      if (refused.ok) throw new Error('expected a refusal');
      waits.push(refused.retryAfter);
      now += refused.retryAfter * 1000;
      expect(await fail(now)).toMatchObject({ ok: true });
    }
    expect(waits).toEqual([30, 60, 120]);
    const bucket = bucketsFor(input.email, input.ip, false)[0]!;
    expect(delayAfter(bucket, bucket.max + 20)).toBe(LIMITS.accountAddress.capMs);
    expect(delayAfter(bucket, bucket.max - 1)).toBe(0);
  });

  it('slows one address guessing many accounts, but not a person who signed in from there before', async () => {
    const ip = '10.9.9.9';
    expect((await signIn(EMAIL.agent, PASSWORD, ip)).statusCode).toBe(200);
    for (let i = 0; i < LIMITS.address.max; i++) {
      expect((await signIn(`guess${i}@x.example`, 'nope', ip)).statusCode).toBe(401);
    }
    expect((await signIn('guess-more@x.example', 'nope', ip)).statusCode).toBe(429);
    // Someone new behind that address waits…
    expect((await signIn(EMAIL.supervisor, PASSWORD, ip)).statusCode).toBe(429);
    // …the person who works there does not.
    expect((await signIn(EMAIL.agent, PASSWORD, ip)).statusCode).toBe(200);
  });

  it('cannot be raced: of 25 parallel wrong passwords for one account 5 reach the check, of 60 guesses from one address 30 do', async () => {
    const statuses = async (attempts: Promise<{ statusCode: number }>[]) => {
      const codes = (await Promise.all(attempts)).map((r) => r.statusCode);
      return {
        checked: codes.filter((c) => c === 401).length,
        slowed: codes.filter((c) => c === 429).length,
      };
    };
    const one = await statuses(
      Array.from({ length: 25 }, () => signIn(EMAIL.mate, 'nope', '10.5.0.1')),
    );
    expect(one).toEqual({
      checked: LIMITS.accountAddress.max,
      slowed: 25 - LIMITS.accountAddress.max,
    });
    const spray = await statuses(
      Array.from({ length: 60 }, (_, i) => signIn(`spray${i}@x.example`, 'nope', '10.6.0.1')),
    );
    expect(spray).toEqual({ checked: LIMITS.address.max, slowed: 60 - LIMITS.address.max });
  });

  it('asks attempts that find a bucket full only of attempts still being checked for a second, not the growing delay', async () => {
    const input = { email: 'busy@x.example', ip: '10.8.0.1' };
    const now = Date.now();
    const open: { id: string; pairKey: string }[] = [];
    for (let i = 0; i < LIMITS.accountAddress.max; i++) {
      const a = await beginAttempt(db, input, now);
      if (!a.ok) throw new Error('expected an attempt');
      open.push(a);
    }
    expect(await beginAttempt(db, input, now)).toEqual({ ok: false, retryAfter: 1 });
    // They were right: the place is free again.
    await attemptSucceeded(db, open[0]!, input, now);
    expect(await beginAttempt(db, input, now)).toMatchObject({ ok: true });
    // Attempts whose server died mid-check count as the failures they most likely were, after
    // a minute; past the allowance, one attempt at a time once the delay is over.
    const lost = { email: 'lost@x.example', ip: '10.8.0.2' };
    for (let i = 0; i < LIMITS.accountAddress.max; i++) await beginAttempt(db, lost, now);
    const next = await beginAttempt(db, lost, now + 61_000);
    expect(next).toMatchObject({ ok: true });
    expect(await beginAttempt(db, lost, now + 61_000)).toEqual({ ok: false, retryAfter: 1 });
    if (next.ok) await attemptFailed(db, next);
    const after = await beginAttempt(db, lost, now + 61_000);
    expect(after).toEqual({ ok: false, retryAfter: 60 });
  });

  it("another organisation's administrator adding an address in use here is answered as for a new one; each person signs in by their own password", async () => {
    const foreign = await Desk.signIn(world.app, 'foreignAdmin');
    const person = (email: string) => ({
      id: randomUUID(),
      displayName: 'Twin',
      email,
      roles: ['hunter' as const],
      teamId: TEAM_X,
      locale: 'en' as const,
      dailyCallTarget: 0,
      dailyBookingTarget: 0,
    });
    const twin = person(EMAIL.agent.toUpperCase());
    const fresh = person(`fresh.${randomUUID()}@x.example`);
    const r = await foreign.push([
      foreign.mutation('putUser', { user: twin, isNew: true }),
      foreign.mutation('putUser', { user: fresh, isNew: true }),
    ]);
    // The same answer as for an address nobody uses: nothing tells that it exists elsewhere.
    expect(r.rejected).toEqual([]);
    const setPassword = async (password: string) =>
      db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
        twin.id,
        await hashPassword(password),
      ]);
    try {
      await setPassword('the twin’s own password');
      const mine = await signIn(EMAIL.agent, PASSWORD, '10.7.0.1');
      expect(mine.statusCode).toBe(200);
      expect(mine.json().user.id).toBe(U.agent);
      const theirs = await signIn(EMAIL.agent, 'the twin’s own password', '10.7.0.1');
      expect(theirs.statusCode).toBe(200);
      expect(theirs.json().user.id).toBe(twin.id);
      // One password opening both: told, never guessed between them.
      await setPassword(PASSWORD);
      const both = await signIn(EMAIL.agent, PASSWORD, '10.7.0.2');
      expect(both.statusCode).toBe(409);
      expect(both.json().error).toBe('severalAccounts');
    } finally {
      await db.query('UPDATE users SET email = $2, password_hash = NULL WHERE id = $1', [
        twin.id,
        `retired.${twin.id}@x.example`,
      ]);
    }
    // Within one organisation an address is still one person's.
    const again = await foreign.push([
      foreign.mutation('putUser', { user: { ...person(fresh.email) }, isNew: true }),
    ]);
    expect(again.rejected.map((x) => x.reason)).toEqual(['invalid']);
  });

  it('rotates refresh tokens and ends the session when a rotated one is reused', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const first = desk.session.refreshToken;
    const r1 = await refreshWith(first);
    expect(r1.statusCode).toBe(200);
    const second = r1.json().refreshToken as string;
    expect(second).not.toBe(first);
    // The new access token works.
    desk.session = r1.json();
    expect(
      (await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
    ).toBe(200);
    // The same token again within seconds (two tabs, a lost answer): the same new token back.
    const twice = await refreshWith(first);
    expect(twice.statusCode).toBe(200);
    expect(twice.json().refreshToken).toBe(second);
    // Reusing the old refresh token later (a stolen copy) kills the session family.
    await db.query(
      "UPDATE refresh_tokens SET rotated_at = rotated_at - interval '1 minute' WHERE token_hash = $1",
      [hashToken(first)],
    );
    const reuse = await refreshWith(first);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error).toBe('sessionEnded');
    const viaSecond = await refreshWith(second);
    expect(viaSecond.statusCode).toBe(401);
    const res = await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 1 });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('sessionEnded');
  });

  it('answers two refreshes at once with one token alike: the session lives on, no reuse alarm', async () => {
    const desk = await Desk.signIn(world.app, 'supervisor');
    const twice = () => refreshWith(desk.session.refreshToken);
    const [a, b] = await Promise.all([twice(), twice()]);
    expect([a?.statusCode, b?.statusCode]).toEqual([200, 200]);
    expect(a?.json().refreshToken).toBe(b?.json().refreshToken);
    expect(a?.json().refreshToken).not.toBe(desk.session.refreshToken);
    desk.session = b!.json();
    expect(
      (await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
    ).toBe(200);
    const next = await refreshWith(desk.session.refreshToken);
    expect(next.statusCode).toBe(200);
    const { rows } = await db.query(
      "SELECT 1 FROM audit_log WHERE action = 'refreshTokenReused' AND actor_id = $1",
      [U.supervisor],
    );
    expect(rows).toEqual([]);
  });

  it('refuses a refresh token a moment past its grace, even with a successor sealed under another key', async () => {
    const desk = await Desk.signIn(world.app, 'supervisor');
    const first = desk.session.refreshToken;
    const secret = Buffer.from('a key for this test only, 32+ characters long');
    const t = Date.now();
    const traded = await refresh(db, secret, first, t);
    expect(traded.ok).toBe(true);
    // Within the grace, but the successor does not open under this key: a reuse, not a replay.
    const other = await refresh(
      db,
      Buffer.from('yet another key, at least 32 characters'),
      first,
      t + 1,
    );
    expect(other).toMatchObject({ ok: false, error: 'sessionEnded' });
  });

  it('records in the audit what a desk deleted with an ended session; another organisation’s person is recorded as unknown', async () => {
    const desk = await Desk.signIn(world.app, 'mate');
    const report = (userId: string, unsent: unknown = 3) =>
      desk.request('POST', '/api/sync/discarded', {
        userId,
        unsent,
        reason: 'userDisabled',
        at: Date.now(),
      });
    expect((await report(U.agent)).statusCode).toBe(204);
    expect((await report(U.foreignAdmin)).statusCode).toBe(204);
    expect((await report(U.agent, -1)).statusCode).toBe(400);
    const { rows } = await db.query<{ subject: string | null; detail: { unsent: number } }>(
      "SELECT subject, detail FROM audit_log WHERE action = 'unsentChangesDiscarded' AND actor_id = $1 ORDER BY id",
      [U.mate],
    );
    expect(rows).toEqual([
      { subject: U.agent, detail: expect.objectContaining({ unsent: 3, reason: 'userDisabled' }) },
      { subject: null, detail: expect.objectContaining({ unsent: 3 }) },
    ]);
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
    const r = await refreshWith(desk.session.refreshToken);
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
