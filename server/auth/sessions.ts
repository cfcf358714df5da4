// Sign-in, refresh-token rotation with reuse detection, sign-out, and the per-request check of
// an access token against its session (so disabling a user or signing out takes effect at once).
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db';
import { audit } from '../audit';
import type { SyncSession } from '../../shared/sync/protocol';
import type { UserRole } from '../../shared/domain/content';
import { loadOrganisation, loadUser } from '../sync/rows';
import type { Caller } from '../sync/scope';
import { verifyPassword } from './passwords';
import { attemptFailed, attemptSucceeded, beginAttempt, normaliseEmail, prune } from './rate-limit';
import { notifySessionsEnded } from '../sync/poke';
import {
  ACCESS_TOKEN_TTL_MS,
  hashToken,
  newRefreshToken,
  REFRESH_TOKEN_TTL_MS,
  sealToken,
  signAccessToken,
  unsealToken,
  verifyAccessToken,
} from './tokens';

/**
 * A refresh token presented again this soon after it was traded gets the same new refresh
 * token back (two tabs refreshing at once, or an answer lost on the way), not a reuse alarm.
 */
export const REFRESH_GRACE_MS = 10_000;

export type AuthFailure = {
  ok: false;
  status: 401 | 403 | 409 | 429;
  error:
    | 'badCredentials'
    | 'userDisabled'
    | 'tooManyAttempts'
    | 'sessionExpired'
    | 'sessionEnded'
    | 'severalAccounts';
  message: string;
  retryAfter?: number;
};

export type AuthSuccess = { ok: true; session: SyncSession };

async function issue(
  db: Queryable,
  secret: Buffer,
  sessionId: string,
  userId: string,
  organisationId: string,
  now: number,
): Promise<SyncSession> {
  const refreshToken = newRefreshToken();
  await db.query(
    'INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES ($1, $2, $3)',
    [hashToken(refreshToken), sessionId, new Date(now + REFRESH_TOKEN_TTL_MS)],
  );
  return sessionWith(db, secret, { sessionId, userId, organisationId, refreshToken }, now);
}

/** The session answer for a refresh token already stored: a new access token beside it. */
async function sessionWith(
  db: Queryable,
  secret: Buffer,
  s: { sessionId: string; userId: string; organisationId: string; refreshToken: string },
  now: number,
): Promise<SyncSession> {
  const user = await loadUser(db, s.userId);
  if (!user) throw new Error('user vanished');
  const accessExpiresAt = now + ACCESS_TOKEN_TTL_MS;
  return {
    accessToken: signAccessToken(secret, { sid: s.sessionId, uid: s.userId, exp: accessExpiresAt }),
    accessExpiresAt,
    refreshToken: s.refreshToken,
    user,
    organisation: await loadOrganisation(db, s.organisationId),
  };
}

export async function signIn(
  db: Db,
  secret: Buffer,
  input: { email: string; password: string; clientId: string; ip: string },
  now = Date.now(),
): Promise<AuthSuccess | AuthFailure> {
  const email = normaliseEmail(input.email);
  const attempt = await beginAttempt(db, { email, ip: input.ip }, now);
  if (!attempt.ok) {
    return {
      ok: false,
      status: 429,
      error: 'tooManyAttempts',
      message: `Too many failed sign-ins; try again in ${attempt.retryAfter} s.`,
      retryAfter: attempt.retryAfter,
    };
  }
  // An e-mail is unique within an organisation: the password tells which person it is.
  const { rows } = await db.query<{
    id: string;
    organisation_id: string;
    password_hash: string | null;
    disabled_at: Date | null;
  }>(
    'SELECT id, organisation_id, password_hash, disabled_at FROM users WHERE lower(email) = $1 ORDER BY id',
    [email],
  );
  const matches: typeof rows = [];
  for (const row of rows.length ? rows : [null]) {
    // An unknown e-mail costs the same time as a wrong password.
    const right = await verifyPassword(row?.password_hash ?? null, input.password);
    if (right && row) matches.push(row);
  }
  const user = matches.length === 1 ? matches[0] : undefined;
  if (matches.length > 1) {
    await attemptFailed(db, attempt);
    await audit(db, [
      { organisationId: null, actorId: null, action: 'signInFailed', subject: email, ip: input.ip },
    ]);
    return {
      ok: false,
      status: 409,
      error: 'severalAccounts',
      message:
        'This e-mail and password open accounts in more than one organisation; ask an administrator to change one of them.',
    };
  }
  if (!user) {
    await attemptFailed(db, attempt);
    if (Math.random() < 0.05) await prune(db, now);
    // Each organisation holding the e-mail hears of the failure in its own audit log.
    await audit(
      db,
      (rows.length ? rows : [null]).map((row) => ({
        organisationId: row?.organisation_id ?? null,
        actorId: row?.id ?? null,
        action: 'signInFailed',
        subject: email,
        ip: input.ip,
      })),
    );
    return {
      ok: false,
      status: 401,
      error: 'badCredentials',
      message: 'Wrong e-mail or password.',
    };
  }
  // The right password: the attempt takes itself back, whatever happens next.
  await attemptSucceeded(db, attempt, { email, ip: input.ip }, now);
  if (user.disabled_at !== null) {
    return { ok: false, status: 403, error: 'userDisabled', message: 'This account is disabled.' };
  }
  const session = await db.transaction(async (tx) => {
    const sessionId = randomUUID();
    await tx.query('INSERT INTO sessions (id, user_id, client_id) VALUES ($1, $2, $3)', [
      sessionId,
      user.id,
      input.clientId,
    ]);
    await audit(tx, [
      {
        organisationId: user.organisation_id,
        actorId: user.id,
        action: 'signIn',
        subject: user.id,
        detail: { clientId: input.clientId },
        ip: input.ip,
      },
    ]);
    return issue(tx, secret, sessionId, user.id, user.organisation_id, now);
  });
  return { ok: true, session };
}

const expired: AuthFailure = {
  ok: false,
  status: 401,
  error: 'sessionExpired',
  message: 'The session has ended; sign in again.',
};

/**
 * Ended by the server, not run out: signed out (here or elsewhere), revoked, its person disabled
 * or its refresh token copied. The desk deletes the person's local data on this answer.
 */
const endedHere: AuthFailure = {
  ok: false,
  status: 401,
  error: 'sessionEnded',
  message: 'The session was ended on the server; sign in again.',
};

/**
 * Trades a refresh token for a new session pair. The old token dies; presenting it again means
 * it was copied, so the whole session ends (the thief's and the owner's copies alike) — except
 * within REFRESH_GRACE_MS of the trade, when the same new refresh token is answered again.
 */
export async function refresh(
  db: Db,
  secret: Buffer,
  token: string,
  now = Date.now(),
): Promise<AuthSuccess | AuthFailure> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      session_id: string;
      expires_at: Date;
      rotated_at: Date | null;
      successor_sealed: string | null;
      ended_at: Date | null;
      user_id: string;
      organisation_id: string;
      disabled_at: Date | null;
    }>(
      `SELECT r.session_id, r.expires_at, r.rotated_at, r.successor_sealed, s.ended_at, s.user_id,
              u.organisation_id, u.disabled_at
         FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id JOIN users u ON u.id = s.user_id
        WHERE r.token_hash = $1 FOR UPDATE OF r, s`,
      [hashToken(token)],
    );
    const r = rows[0];
    if (!r) return expired;
    if (r.ended_at !== null || r.disabled_at !== null) return endedHere;
    const ids = { sessionId: r.session_id, userId: r.user_id, organisationId: r.organisation_id };
    if (r.rotated_at !== null) {
      const successor =
        now - new Date(r.rotated_at).getTime() <= REFRESH_GRACE_MS && r.successor_sealed
          ? unsealToken(secret, r.successor_sealed)
          : null;
      if (successor) {
        const session = await sessionWith(tx, secret, { ...ids, refreshToken: successor }, now);
        return { ok: true, session } as const;
      }
      await endSession(tx, r.session_id, 'refreshReuse');
      await audit(tx, [
        {
          organisationId: r.organisation_id,
          actorId: r.user_id,
          action: 'refreshTokenReused',
          subject: r.session_id,
        },
      ]);
      return endedHere;
    }
    if (new Date(r.expires_at).getTime() <= now) return expired;
    const session = await issue(tx, secret, r.session_id, r.user_id, r.organisation_id, now);
    await tx.query(
      'UPDATE refresh_tokens SET rotated_at = $2, successor_sealed = $3 WHERE token_hash = $1',
      [hashToken(token), new Date(now), sealToken(secret, session.refreshToken)],
    );
    // Successors past their grace are of no more use to anyone.
    await tx.query(
      `UPDATE refresh_tokens SET successor_sealed = NULL
        WHERE session_id = $1 AND successor_sealed IS NOT NULL AND rotated_at < $2`,
      [r.session_id, new Date(now - REFRESH_GRACE_MS)],
    );
    await tx.query('UPDATE sessions SET last_refreshed_at = now() WHERE id = $1', [r.session_id]);
    return { ok: true, session } as const;
  });
}

// Ending a session also closes its live event streams at once, in every server process: the
// NOTIFY goes out when the surrounding transaction commits (sync/poke.ts, sync/hub.ts).

export async function endSession(db: Queryable, sessionId: string, reason: string): Promise<void> {
  const { rowCount } = await db.query(
    'UPDATE sessions SET ended_at = now(), end_reason = $2 WHERE id = $1 AND ended_at IS NULL',
    [sessionId, reason],
  );
  if (rowCount > 0) await notifySessionsEnded(db, { sessions: [sessionId], users: [] });
}

/** Ends the session a refresh token belongs to (sign-out without a valid access token). */
export async function endSessionByRefreshToken(
  db: Queryable,
  token: string,
  reason: string,
): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE sessions SET ended_at = now(), end_reason = $2
      WHERE id = (SELECT session_id FROM refresh_tokens WHERE token_hash = $1) AND ended_at IS NULL
      RETURNING id`,
    [hashToken(token), reason],
  );
  if (rows.length) await notifySessionsEnded(db, { sessions: rows.map((r) => r.id), users: [] });
  return rows.length > 0;
}

/**
 * Ends every open session of the users (disabled, or signed out everywhere), or every one but
 * `except` (the desk asking, which stays signed in); how many ended.
 */
export async function endUserSessions(
  db: Queryable,
  userIds: readonly string[],
  reason: string,
  { except }: { except?: string } = {},
): Promise<number> {
  if (userIds.length === 0) return 0;
  const { rows } = await db.query<{ id: string }>(
    `UPDATE sessions SET ended_at = now(), end_reason = $2
      WHERE user_id = ANY($1::uuid[]) AND ended_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)
      RETURNING id`,
    [userIds, reason, except ?? null],
  );
  // All of them: a stream is closed by its user as well as its session, even one opened here
  // with no session of this server's record. All but one: by session.
  if (except === undefined) await notifySessionsEnded(db, { sessions: [], users: [...userIds] });
  else if (rows.length)
    await notifySessionsEnded(db, { sessions: rows.map((r) => r.id), users: [] });
  return rows.length;
}

export type AuthError = {
  status: 401;
  error: 'unauthorized' | 'tokenExpired' | 'sessionEnded';
  message: string;
};

/** The caller behind an `Authorization: Bearer …` header, or why there is none. */
export async function authenticate(
  db: Queryable,
  secret: Buffer,
  header: string | undefined,
  now = Date.now(),
): Promise<Caller | AuthError> {
  const m = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header ?? '');
  if (!m?.[1]) {
    return { status: 401, error: 'unauthorized', message: 'Sign in first (Bearer token missing).' };
  }
  const check = verifyAccessToken(secret, m[1], now);
  if (!check.ok) {
    return check.reason === 'expired'
      ? { status: 401, error: 'tokenExpired', message: 'The access token has expired; refresh it.' }
      : { status: 401, error: 'unauthorized', message: 'The access token is not valid.' };
  }
  const { rows } = await db.query<{
    user_id: string;
    client_id: string;
    ended_at: Date | null;
    organisation_id: string;
    team_id: string | null;
    roles: UserRole[];
    disabled_at: Date | null;
  }>(
    `SELECT s.user_id, s.client_id, s.ended_at, u.organisation_id, u.team_id, u.roles, u.disabled_at
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
    [check.claims.sid],
  );
  const r = rows[0];
  if (!r || r.user_id !== check.claims.uid || r.ended_at !== null || r.disabled_at !== null) {
    return { status: 401, error: 'sessionEnded', message: 'The session has ended; sign in again.' };
  }
  return {
    userId: r.user_id,
    organisationId: r.organisation_id,
    teamId: r.team_id,
    roles: r.roles,
    sessionId: check.claims.sid,
    clientId: r.client_id,
  };
}
