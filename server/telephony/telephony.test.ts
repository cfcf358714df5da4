// Proves the telephony routes on each database: administrators set the organisation's phone and
// each person's SIP account (audited, secrets never echoed), a desk receives its phone with
// ephemeral credentials the PBX can check with the shared key, and nobody else's.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import { Desk, startWorld, U, type World } from '../test/sync-fixture';
import {
  deskPhoneSchema,
  wallboardSchema,
  type TelephonySettings,
} from '../../shared/domain/telephony';

const SECRET = 'a shared key the PBX also knows';
const SETTINGS: TelephonySettings = {
  wssUrl: 'wss://pbx.example.com:8089/ws',
  sipDomain: 'pbx.example.com',
  iceServers: [{ urls: ['stun:stun.example.com:3478'] }],
  ringTimeoutSec: 25,
  wrapUpSec: 5,
  dids: [{ number: '+966112345678', productId: 'crm-pro' }],
};

describe.each(DB_KINDS)('telephony on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;
  let world: World;
  let admin: Desk;
  let agent: Desk;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    world = await startWorld(db);
    admin = await Desk.signIn(world, 'admin');
    agent = await Desk.signIn(world, 'agent');
  });

  afterAll(async () => {
    await world?.app.close();
    await db?.close();
    await testDb?.drop();
  });

  const call = (desk: Desk, method: 'GET' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    world.app.inject({ method, url, headers: desk.headers, ...(payload ? { payload } : {}) });

  it('a person without an account has no phone; the desk falls back to its dial link', async () => {
    const res = await call(agent, 'GET', '/api/telephony/phone');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'noPhone' });
  });

  it('only administrators set or read the phone settings and accounts', async () => {
    const sup = await Desk.signIn(world, 'supervisor');
    for (const desk of [agent, sup]) {
      expect((await call(desk, 'GET', '/api/admin/telephony')).statusCode).toBe(403);
      expect(
        (await call(desk, 'PUT', '/api/admin/telephony', { settings: SETTINGS })).statusCode,
      ).toBe(403);
      expect(
        (
          await call(desk, 'PUT', `/api/admin/users/${U.agent}/sip`, {
            sipUser: '1001',
            authMode: 'ephemeral',
          })
        ).statusCode,
      ).toBe(403);
    }
  });

  it('an ephemeral account: the desk gets credentials for a few hours that the shared key proves', async () => {
    expect(
      (
        await call(admin, 'PUT', '/api/admin/telephony', {
          settings: SETTINGS,
          ephemeralSecret: SECRET,
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await call(admin, 'PUT', `/api/admin/users/${U.agent}/sip`, {
          sipUser: '1001',
          authMode: 'ephemeral',
        })
      ).statusCode,
    ).toBe(204);
    const before = Date.now();
    const res = await call(agent, 'GET', '/api/telephony/phone');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const phone = deskPhoneSchema.parse(res.json());
    expect(phone).toMatchObject({
      wssUrl: SETTINGS.wssUrl,
      uri: 'sip:1001@pbx.example.com',
      iceServers: SETTINGS.iceServers,
      ringTimeoutSec: 25,
      dids: SETTINGS.dids,
    });
    const [expires, user] = phone.authorizationUser.split(':');
    expect(user).toBe('1001');
    expect(Number(expires) * 1000).toBe(phone.expiresAt);
    expect(phone.expiresAt! - before).toBeGreaterThan(3.9 * 3600_000);
    expect(phone.expiresAt! - before).toBeLessThanOrEqual(4 * 3600_000 + 1000);
    expect(phone.password).toBe(
      createHmac('sha1', SECRET).update(phone.authorizationUser).digest('base64'),
    );
  });

  it('the administrator sees the settings and accounts, never the key or a password', async () => {
    await call(admin, 'PUT', `/api/admin/users/${U.mate}/sip`, {
      sipUser: '1002',
      authMode: 'password',
      authUser: 'mate-auth',
      password: 'pbx-password-1002',
      wssUrl: 'wss://other-pbx.example.com/ws',
    });
    const res = await call(admin, 'GET', '/api/admin/telephony');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('pbx-password-1002');
    expect(res.json()).toMatchObject({
      settings: SETTINGS,
      hasSecret: true,
      accounts: [
        { userId: U.agent, sipUser: '1001', authMode: 'ephemeral', hasPassword: false },
        {
          userId: U.mate,
          sipUser: '1002',
          authMode: 'password',
          authUser: 'mate-auth',
          hasPassword: true,
        },
      ],
    });
    const audit = await db.query<{ action: string; detail: unknown }>(
      `SELECT action, detail FROM audit_log WHERE action IN ('telephonySettingsChanged', 'sipAccountSet')`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['telephonySettingsChanged', 'sipAccountSet']),
    );
    expect(JSON.stringify(audit.rows)).not.toContain(SECRET);
    expect(JSON.stringify(audit.rows)).not.toContain('pbx-password-1002');
  });

  it("the page may connect to the organisations' PBX addresses and no other", async () => {
    const res = await world.app.inject({ method: 'GET', url: '/api/health' });
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain(
      "connect-src 'self' wss://other-pbx.example.com wss://pbx.example.com:8089;",
    );
    expect(res.headers['permissions-policy']).toContain('microphone=(self)');
  });

  it('a fixed-password account keeps its password when the administrator edits the rest', async () => {
    const mate = await Desk.signIn(world, 'mate');
    await call(admin, 'PUT', `/api/admin/users/${U.mate}/sip`, {
      sipUser: '1002',
      authMode: 'password',
      authUser: 'mate-auth',
      wssUrl: 'wss://other-pbx.example.com/ws',
    });
    const phone = deskPhoneSchema.parse((await call(mate, 'GET', '/api/telephony/phone')).json());
    expect(phone).toMatchObject({
      wssUrl: 'wss://other-pbx.example.com/ws',
      authorizationUser: 'mate-auth',
      password: 'pbx-password-1002',
      expiresAt: null,
    });
  });

  it('refuses bad input with the field named, a taken SIP user, and another organisation’s person', async () => {
    const bad = await call(admin, 'PUT', '/api/admin/telephony', {
      settings: { ...SETTINGS, wssUrl: 'ws://pbx.example.com/ws' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/settings\.wssUrl/);
    const short = await call(admin, 'PUT', '/api/admin/telephony', {
      settings: SETTINGS,
      ephemeralSecret: 'short',
    });
    expect(short.statusCode).toBe(400);
    const taken = await call(admin, 'PUT', `/api/admin/users/${U.closer}/sip`, {
      sipUser: '1001',
      authMode: 'ephemeral',
    });
    expect(taken.statusCode).toBe(409);
    const noPassword = await call(admin, 'PUT', `/api/admin/users/${U.closer}/sip`, {
      sipUser: '1003',
      authMode: 'password',
    });
    expect(noPassword.statusCode).toBe(400);
    const foreign = await call(admin, 'PUT', `/api/admin/users/${U.foreignAdmin}/sip`, {
      sipUser: '1009',
      authMode: 'ephemeral',
    });
    expect(foreign.statusCode).toBe(404);
    expect((await call(admin, 'PUT', '/api/admin/users/not-a-uuid/sip', {})).statusCode).toBe(404);
  });

  it('without the key an ephemeral account cannot phone, and says so', async () => {
    await call(admin, 'PUT', '/api/admin/telephony', { settings: SETTINGS, ephemeralSecret: null });
    const res = await call(agent, 'GET', '/api/telephony/phone');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'phoneNotConfigured' });
    await call(admin, 'PUT', '/api/admin/telephony', {
      settings: SETTINGS,
      ephemeralSecret: SECRET,
    });
    expect((await call(agent, 'GET', '/api/telephony/phone')).statusCode).toBe(200);
  });

  it('agents report their state; a supervisor sees their team, an administrator everyone', async () => {
    const put = (desk: Desk, body: unknown) => call(desk, 'PUT', '/api/telephony/presence', body);
    const other = await Desk.signIn(world, 'otherAgent');
    expect((await put(agent, { state: 'onCall' })).statusCode).toBe(204);
    expect((await put(other, { state: 'paused', reason: 'break' })).statusCode).toBe(204);
    const sup = await Desk.signIn(world, 'supervisor');
    const board = wallboardSchema.parse(
      (await call(sup, 'GET', '/api/telephony/wallboard')).json(),
    );
    expect(board.agents).toEqual([
      { userId: U.agent, state: 'onCall', reason: null, since: expect.any(Number) },
    ]);
    const all = wallboardSchema.parse(
      (await call(admin, 'GET', '/api/telephony/wallboard')).json(),
    );
    expect(all.agents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: U.agent, state: 'onCall' }),
        expect.objectContaining({ userId: U.otherAgent, state: 'paused', reason: 'break' }),
      ]),
    );
    expect((await call(agent, 'GET', '/api/telephony/wallboard')).statusCode).toBe(403);
  });

  it('the time in a state counts from the change, not from each heartbeat; silence reads offline', async () => {
    const board = async () =>
      wallboardSchema
        .parse((await call(admin, 'GET', '/api/telephony/wallboard')).json())
        .agents.find((a) => a.userId === U.agent)!;
    await call(agent, 'PUT', '/api/telephony/presence', { state: 'available' });
    const first = await board();
    await call(agent, 'PUT', '/api/telephony/presence', { state: 'available' });
    expect((await board()).since).toBe(first.since);
    await call(agent, 'PUT', '/api/telephony/presence', { state: 'wrapUp' });
    expect((await board()).since).toBeGreaterThanOrEqual(first.since);
    expect((await board()).state).toBe('wrapUp');
    // The desk went quiet two minutes ago.
    await db.query(
      "UPDATE agent_presence SET updated_at = now() - interval '2 minutes' WHERE user_id = $1",
      [U.agent],
    );
    expect(await board()).toMatchObject({ state: 'offline', reason: null });
  });

  it('refuses a state it does not know, and a reason without a pause', async () => {
    const bad = await call(agent, 'PUT', '/api/telephony/presence', { state: 'asleep' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^state/);
    const reason = await call(agent, 'PUT', '/api/telephony/presence', {
      state: 'available',
      reason: 'break',
    });
    expect(reason.statusCode).toBe(400);
    expect(reason.json().message).toMatch(/^reason/);
  });

  it('the directory lists extensions for a transfer, and nothing secret', async () => {
    const res = await call(agent, 'GET', '/api/telephony/directory');
    expect(res.statusCode).toBe(200);
    // Each with the person's state: the agent's desk went quiet above, the mate never reported.
    await call(agent, 'PUT', '/api/telephony/presence', { state: 'paused', reason: 'training' });
    expect(res.json().entries).toEqual([
      { userId: U.agent, sipUser: '1001', state: 'offline', reason: null },
      { userId: U.mate, sipUser: '1002', state: 'offline', reason: null },
    ]);
    const after = await call(agent, 'GET', '/api/telephony/directory');
    expect(after.json().entries).toEqual([
      { userId: U.agent, sipUser: '1001', state: 'paused', reason: 'training' },
      { userId: U.mate, sipUser: '1002', state: 'offline', reason: null },
    ]);
    expect(res.body).not.toContain('pbx-password-1002');
  });

  it('removing an account takes the phone away', async () => {
    expect((await call(admin, 'DELETE', `/api/admin/users/${U.agent}/sip`)).statusCode).toBe(204);
    expect((await call(agent, 'GET', '/api/telephony/phone')).statusCode).toBe(404);
    expect((await call(admin, 'DELETE', `/api/admin/users/${U.agent}/sip`)).statusCode).toBe(404);
  });
});
