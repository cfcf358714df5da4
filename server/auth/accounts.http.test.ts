// People can sign in: an administrator's invitation or reset link (one-time, 72 h, stored hashed,
// e-mailed over a real SMTP receiver when configured), the set-password call, changing one's own
// password, the password policy, and the session list with revoke; org-scoped and audited; on
// PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { mailWorld, type MailWorld } from '../test/mail-world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { DB_KINDS } from '../test/databases';
import { Desk, EMAIL, PASSWORD, protocol, U, type World } from '../test/sync-fixture';
import { worldPerSuite } from '../test/world-per-suite';
import { userSchema } from '../../shared/domain/content';
import {
  accountViewSchema,
  passwordLinkCreatedSchema,
  passwordLinkInfoSchema,
  PASSWORD_LINK_TTL_MS,
  sessionListSchema,
} from '../../shared/accounts/protocol';
import { LINK_ATTEMPTS_PER_WINDOW } from './link-throttle';
import { hashToken } from './tokens';

const NEW_PASSWORD = 'a long new passphrase 7';

/** The token in a link path `/#/set-password?token=…&lang=…`. */
const tokenOf = (path: string) => new URLSearchParams(path.split('?')[1]).get('token') ?? '';

function post(world: World, url: string, payload: unknown, remoteAddress = '10.20.0.1') {
  return world.app.inject({
    method: 'POST',
    url,
    headers: protocol,
    remoteAddress,
    payload: payload as object,
  });
}

async function signInAs(world: World, email: string, password: string) {
  return post(world, '/api/auth/sign-in', { email, password, clientId: randomUUID() }, '10.30.0.1');
}

/** A person the administrator just added in the app (putUser): no password yet. */
async function addPerson(world: World, admin: Desk, email: string, name = 'Nadia Haddad') {
  const id = randomUUID();
  const user = userSchema.parse({
    id,
    displayName: name,
    email,
    roles: ['hunter'],
    teamId: '0b000000-0000-4000-8000-00000000000a',
    locale: 'ar',
    dailyCallTarget: 50,
    dailyBookingTarget: 2,
  });
  const r = await admin.pushOne('putUser', { user, isNew: true });
  expect(r.rejected).toEqual([]);
  return id;
}

async function auditActions(db: Db, subject: string): Promise<string[]> {
  const { rows } = await db.query<{ action: string }>(
    'SELECT action FROM audit_log WHERE subject = $1 ORDER BY id',
    [subject],
  );
  return rows.map((r) => r.action);
}

describe.each(DB_KINDS)('accounts on %s', (kind) => {
  const current = worldPerSuite(kind);

  const makeLink = async (admin: Desk, userId: string, kind: 'invite' | 'reset') => {
    const res = await admin.request('POST', `/api/admin/users/${userId}/password-link`, { kind });
    expect(res.statusCode, res.body).toBe(200);
    return passwordLinkCreatedSchema.parse(res.json());
  };

  it('an invited person sets a password through the link once, then signs in with it', async () => {
    const world = current();
    const admin = await Desk.signIn(world, 'admin');
    const id = await addPerson(world, admin, 'nadia@a.example');
    expect((await signInAs(world, 'nadia@a.example', NEW_PASSWORD)).statusCode).toBe(401);

    const link = await makeLink(admin, id, 'invite');
    expect(link).toMatchObject({ kind: 'invite', emailed: false });
    expect(link.path).toMatch(/^\/#\/set-password\?token=[A-Za-z0-9_-]{43}&lang=ar$/);
    expect(link.expiresAt - Date.now()).toBeGreaterThan(PASSWORD_LINK_TTL_MS - 60_000);
    const token = tokenOf(link.path);
    // Only the hash is stored.
    const stored = await world.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM password_links WHERE user_id = $1',
      [id],
    );
    expect(stored.rows.map((r) => r.token_hash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    const check = await post(world, '/api/auth/password-link/check', { token });
    expect(check.statusCode).toBe(200);
    expect(passwordLinkInfoSchema.parse(check.json())).toMatchObject({
      kind: 'invite',
      email: 'nadia@a.example',
      displayName: 'Nadia Haddad',
      locale: 'ar',
    });

    const used = await post(world, '/api/auth/password-link/use', {
      token,
      password: NEW_PASSWORD,
    });
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json()).toEqual({ email: 'nadia@a.example' });
    expect((await signInAs(world, 'nadia@a.example', NEW_PASSWORD)).statusCode).toBe(200);

    // Used: a second use and a check both say so, and the password stays.
    const again = await post(world, '/api/auth/password-link/use', {
      token,
      password: 'another long passphrase 8',
    });
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ error: 'linkUsed' });
    expect((await post(world, '/api/auth/password-link/check', { token })).json()).toMatchObject({
      error: 'linkUsed',
    });
    expect((await signInAs(world, 'nadia@a.example', NEW_PASSWORD)).statusCode).toBe(200);
    expect(await auditActions(world.db, id)).toEqual(
      expect.arrayContaining(['passwordLinkCreated', 'invitationAccepted']),
    );
  });

  it('a new link voids the older one; an unknown or expired token says so', async () => {
    const world = current();
    const admin = await Desk.signIn(world, 'admin');
    const id = await addPerson(world, admin, 'void@a.example');
    const first = tokenOf((await makeLink(admin, id, 'invite')).path);
    const second = tokenOf((await makeLink(admin, id, 'invite')).path);
    const old = await post(world, '/api/auth/password-link/use', {
      token: first,
      password: NEW_PASSWORD,
    });
    expect(old.statusCode).toBe(410);
    expect(old.json()).toMatchObject({ error: 'linkUsed' });
    const unknown = await post(world, '/api/auth/password-link/check', {
      token: 'x'.repeat(43),
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: 'linkInvalid' });
    // Expired: moved into the past in the database (72 h are not waited for).
    await world.db.query(
      "UPDATE password_links SET expires_at = now() - interval '1 minute' WHERE token_hash = $1",
      [hashToken(second)],
    );
    const expired = await post(world, '/api/auth/password-link/use', {
      token: second,
      password: NEW_PASSWORD,
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ error: 'linkExpired' });
    expect((await signInAs(world, 'void@a.example', NEW_PASSWORD)).statusCode).toBe(401);
  });

  it('the password policy is enforced by the server, naming what is wrong', async () => {
    const world = current();
    const admin = await Desk.signIn(world, 'admin');
    const id = await addPerson(world, admin, 'kemal.yilmaz@a.example', 'Kemal Yılmaz');
    const token = tokenOf((await makeLink(admin, id, 'invite')).path);
    for (const [password, error] of [
      ['short1', 'passwordTooShort'],
      ['x'.repeat(257), 'passwordTooLong'],
      ['Kemal.Yilmaz@a.example', 'passwordIsEmail'],
      ['kemalyilmaz2026', 'passwordIsEmail'],
      ['password123', 'passwordTooCommon'],
      ['Qwertyuiop', 'passwordTooCommon'],
    ] as const) {
      const res = await post(world, '/api/auth/password-link/use', { token, password });
      expect(res.statusCode, password).toBe(400);
      expect(res.json(), password).toMatchObject({ error });
    }
    // None of those spent the link.
    const ok = await post(world, '/api/auth/password-link/use', { token, password: NEW_PASSWORD });
    expect(ok.statusCode).toBe(200);
  });

  it('an administrator of another organisation gets the same answer as for nobody', async () => {
    const world = current();
    const admin = await Desk.signIn(world, 'admin');
    const foreign = await Desk.signIn(world, 'foreignAdmin');
    const agent = await Desk.signIn(world, 'agent');
    const nobody = randomUUID();
    for (const [method, url, body] of [
      ['POST', `/api/admin/users/${U.agent}/password-link`, { kind: 'reset' }],
      ['GET', `/api/admin/users/${U.agent}/account`, undefined],
      ['POST', `/api/admin/users/${U.agent}/sessions/revoke-all`, undefined],
      [
        'POST',
        `/api/admin/users/${U.agent}/sessions/${agent.session.accessToken ? randomUUID() : ''}/revoke`,
        undefined,
      ],
    ] as const) {
      const theirs = await foreign.request(method, url, body);
      const unknown = await admin.request(method, url.replace(U.agent, nobody), body);
      expect(theirs.statusCode, url).toBe(404);
      expect(theirs.json(), url).toEqual(unknown.json());
    }
    // Nothing happened to the agent: their desk still works.
    expect(
      (await agent.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
    ).toBe(200);
    // And people who are not administrators may not make links at all.
    const sup = await Desk.signIn(world, 'supervisor');
    const res = await sup.request('POST', `/api/admin/users/${U.agent}/password-link`, {
      kind: 'reset',
    });
    expect(res.statusCode).toBe(403);
  });

  it('a reset link ends every session of the person when used; the old password stops working', async () => {
    const world = current();
    const admin = await Desk.signIn(world, 'admin');
    const mate = await Desk.signIn(world, 'mate');
    const link = await makeLink(admin, U.mate, 'reset');
    // Made, not used: the person's desk still works.
    expect(
      (await mate.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
    ).toBe(200);
    const view = accountViewSchema.parse(
      (await admin.request('GET', `/api/admin/users/${U.mate}/account`)).json(),
    );
    expect(view).toMatchObject({ hasPassword: true, pendingLink: { kind: 'reset' } });
    const used = await post(world, '/api/auth/password-link/use', {
      token: tokenOf(link.path),
      password: NEW_PASSWORD,
    });
    expect(used.statusCode).toBe(200);
    const after = await mate.request('POST', '/api/sync/pull', { cursor: null, limit: 1 });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: 'sessionEnded' });
    expect((await signInAs(world, EMAIL.mate, PASSWORD)).statusCode).toBe(401);
    expect((await signInAs(world, EMAIL.mate, NEW_PASSWORD)).statusCode).toBe(200);
    expect(await auditActions(world.db, U.mate)).toContain('passwordReset');
  });

  it('a person changes their own password; their other sessions end, this one goes on', async () => {
    const world = current();
    const here = await Desk.signIn(world, 'closer');
    const there = await Desk.signIn(world, 'closer');
    const wrong = await here.request('POST', '/api/account/password', {
      currentPassword: 'not my password',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: 'wrongPassword' });
    const weak = await here.request('POST', '/api/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'iloveyou12',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ error: 'passwordTooCommon' });
    const res = await here.request('POST', '/api/account/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(
      (await here.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
    ).toBe(200);
    expect(
      (await there.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
    ).toBe(401);
    expect((await signInAs(world, EMAIL.closer, NEW_PASSWORD)).statusCode).toBe(200);
    expect(await auditActions(world.db, U.closer)).toEqual(
      expect.arrayContaining(['passwordChangeFailed', 'passwordChanged']),
    );
  });

  it('a person sees their sessions (address included) and revokes another one, not their own', async () => {
    const world = current();
    const here = await Desk.signIn(world, 'otherAgent');
    const res = await post(
      world,
      '/api/auth/sign-in',
      { email: EMAIL.otherAgent, password: PASSWORD, clientId: randomUUID() },
      '10.77.0.9',
    );
    const there = new Desk(world.app, res.json());
    const list = sessionListSchema.parse(
      (await here.request('GET', '/api/account/sessions')).json(),
    );
    expect(list.sessions).toHaveLength(2);
    const mine = list.sessions.find((s) => s.current);
    const other = list.sessions.find((s) => !s.current);
    expect(other?.ip).toBe('10.77.0.9');
    expect(
      (await here.request('POST', `/api/account/sessions/${mine?.id}/revoke`)).statusCode,
    ).toBe(400);
    expect(
      (await here.request('POST', `/api/account/sessions/${other?.id}/revoke`)).statusCode,
    ).toBe(204);
    expect(
      (await there.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
    ).toBe(401);
    const after = sessionListSchema.parse(
      (await here.request('GET', '/api/account/sessions')).json(),
    );
    expect(after.sessions.map((s) => s.id)).toEqual([mine?.id]);
    // Someone else's session is no session of mine.
    const agent = await Desk.signIn(world, 'agent');
    const agents = sessionListSchema.parse(
      (await agent.request('GET', '/api/account/sessions')).json(),
    );
    const theirs = agents.sessions[0]?.id;
    expect((await here.request('POST', `/api/account/sessions/${theirs}/revoke`)).statusCode).toBe(
      404,
    );
    expect(
      (await agent.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
    ).toBe(200);
  });

  it("an administrator sees a person's sessions and revokes one, then all", async () => {
    const world = current();
    const admin = await Desk.signIn(world, 'admin');
    const one = await Desk.signIn(world, 'supervisor');
    const two = await Desk.signIn(world, 'supervisor');
    const view = accountViewSchema.parse(
      (await admin.request('GET', `/api/admin/users/${U.supervisor}/account`)).json(),
    );
    expect(view.sessions.length).toBeGreaterThanOrEqual(2);
    expect(view.sessions.every((s) => !s.current)).toBe(true);
    const sid = view.sessions[0]?.id;
    const revoke = await admin.request(
      'POST',
      `/api/admin/users/${U.supervisor}/sessions/${sid}/revoke`,
    );
    expect(revoke.statusCode).toBe(204);
    const pulls = await Promise.all(
      [one, two].map((d) => d.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })),
    );
    expect(pulls.map((p) => p.statusCode).sort()).toEqual([200, 401]);
    const all = await admin.request('POST', `/api/admin/users/${U.supervisor}/sessions/revoke-all`);
    expect(all.statusCode).toBe(200);
    expect(all.json<{ ended: number }>().ended).toBeGreaterThanOrEqual(1);
    for (const d of [one, two]) {
      expect(
        (await d.request('POST', '/api/sync/pull', { cursor: null, limit: 1 })).statusCode,
      ).toBe(401);
    }
    expect(await auditActions(world.db, U.supervisor)).toEqual(
      expect.arrayContaining(['sessionRevoked', 'sessionsRevoked']),
    );
  });

  it('refuses oversized or malformed bodies at the edge, and throttles a flood of tokens', async () => {
    const world = current();
    const big = await post(world, '/api/auth/password-link/use', {
      token: 'a'.repeat(43),
      password: 'p'.repeat(20_000),
    });
    expect(big.statusCode).toBe(413);
    const extra = await post(world, '/api/auth/password-link/check', {
      token: 'a'.repeat(43),
      admin: true,
    });
    expect(extra.statusCode).toBe(400);
    const notToken = await post(world, '/api/auth/password-link/check', { token: '../../etc' });
    expect(notToken.statusCode).toBe(400);
    const ip = '10.99.0.1';
    const codes: number[] = [];
    for (let i = 0; i <= LINK_ATTEMPTS_PER_WINDOW; i++) {
      codes.push(
        (await post(world, '/api/auth/password-link/check', { token: randomUUID() + 'x' }, ip))
          .statusCode,
      );
    }
    expect(codes.slice(0, LINK_ATTEMPTS_PER_WINDOW).every((c) => c === 404)).toBe(true);
    const last = await post(world, '/api/auth/password-link/check', { token: 'b'.repeat(43) }, ip);
    expect(last.statusCode).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect(
      (await post(world, '/api/auth/password-link/check', { token: 'b'.repeat(43) }, '10.99.0.2'))
        .statusCode,
    ).toBe(404);
  });
});

describe.each(DB_KINDS)('link e-mails through a real SMTP server on %s', (kind) => {
  let mw: MailWorld;
  const received = () => mw.smtp.received;
  let world: World;
  let refuseMail = false;

  beforeAll(async () => {
    mw = await mailWorld(
      kind,
      {
        // Plain SMTP on localhost with a login, as an office relay would take it.
        allowInsecureAuth: true,
        onAuth(auth, _session, callback) {
          if (auth.username === 'desk' && auth.password === 's3cret')
            callback(null, { user: 'desk' });
          else callback(new Error('bad login'));
        },
        onRcptTo(_address, _session, callback) {
          callback(refuseMail ? new Error('mailbox unavailable') : null);
        },
      },
      'desk:s3cret',
    );
    world = mw.world;
  });

  afterAll(async () => {
    await mw?.close();
  });

  it('sends the invitation in the person’s language, with a link that works', async () => {
    const admin = await Desk.signIn(world.app, 'admin');
    const id = await addPerson(world, admin, 'mail@a.example', 'Layla');
    const res = await admin.request('POST', `/api/admin/users/${id}/password-link`, {
      kind: 'invite',
    });
    expect(res.statusCode, res.body).toBe(200);
    const link = passwordLinkCreatedSchema.parse(res.json());
    expect(link.emailed).toBe(true);
    const mail = received().find((m) => m.to.includes('mail@a.example'));
    expect(mail?.from).toBe('desk@org.example');
    // The text is quoted-printable or base64 (Arabic): decode the body to find the link.
    const body = decodeMailBody(mail?.raw ?? '');
    const url = `https://desk.org.example${link.path}`;
    expect(body).toContain(url);
    expect(body).toContain('مرحبًا Layla');
    const used = await post(world, '/api/auth/password-link/use', {
      token: tokenOf(new URL(url).hash),
      password: NEW_PASSWORD,
    });
    expect(used.statusCode).toBe(200);
    expect(await auditActions(world.db, id)).toContain('passwordLinkEmailed');
  });

  it('when the SMTP server refuses, the link is still made to copy, and that is audited', async () => {
    const admin = await Desk.signIn(world.app, 'admin');
    refuseMail = true;
    try {
      const res = await admin.request('POST', `/api/admin/users/${U.mate}/password-link`, {
        kind: 'reset',
      });
      expect(res.statusCode).toBe(200);
      const link = passwordLinkCreatedSchema.parse(res.json());
      expect(link.emailed).toBe(false);
      const check = await post(world, '/api/auth/password-link/check', {
        token: tokenOf(link.path),
      });
      expect(check.statusCode).toBe(200);
    } finally {
      refuseMail = false;
    }
    expect(await auditActions(world.db, U.mate)).toContain('passwordLinkEmailFailed');
  });
});

/** The text of a single-part message: quoted-printable or base64 decoded. */
function decodeMailBody(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).toLowerCase();
  const body = raw.slice(split + 4);
  if (head.includes('content-transfer-encoding: base64')) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (head.includes('content-transfer-encoding: quoted-printable')) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}
