// A person's own account and what an administrator sees of it: the open sessions (with the
// address each signed in from, read from its sign-in audit entry), revoking them, and changing
// one's own password. Sessions end only through endSession/endUserSessions (sessions.ts), which
// also close their live event streams.
import type { Db, Queryable } from '../db/db';
import { audit } from '../audit';
import type { Caller } from '../sync/scope';
import type { AccountSession, AccountView } from '../../shared/accounts/protocol';
import { passwordProblem, type PasswordProblem } from '../../shared/accounts/password-policy';
import { COMMON_PASSWORDS } from '../../shared/accounts/common-passwords';
import { hashPassword, verifyPassword } from './passwords';
import { PROBLEM_TEXT } from './password-links';
import { endSession, endUserSessions } from './sessions';
import { REFRESH_TOKEN_TTL_MS } from './tokens';

/** At most this many sessions are listed (newest first); revoke-all reaches every one. */
export const SESSION_LIST_LIMIT = 100;

/** The open sessions of a person of `organisationId`, newest activity first. */
export async function listSessions(
  db: Queryable,
  {
    organisationId,
    userId,
    currentSessionId,
  }: {
    organisationId: string;
    userId: string;
    currentSessionId: string;
  },
): Promise<AccountSession[]> {
  const { rows } = await db.query<{
    id: string;
    client_id: string;
    created_at: Date;
    last_refreshed_at: Date;
    ip: string | null;
  }>(
    `SELECT s.id, s.client_id, s.created_at, s.last_refreshed_at,
            (SELECT a.ip FROM audit_log a
              WHERE a.action = 'signIn' AND a.actor_id = s.user_id
                AND a.at BETWEEN s.created_at - interval '5 seconds' AND s.created_at + interval '5 seconds'
                AND a.detail->>'clientId' = s.client_id::text
              ORDER BY abs(extract(epoch FROM a.at - s.created_at)) LIMIT 1) AS ip
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.user_id = $1 AND u.organisation_id = $2 AND s.ended_at IS NULL
        AND s.last_refreshed_at > now() - make_interval(secs => $3)
      ORDER BY s.last_refreshed_at DESC, s.id LIMIT $4`,
    [userId, organisationId, REFRESH_TOKEN_TTL_MS / 1000, SESSION_LIST_LIMIT],
  );
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    createdAt: new Date(r.created_at).getTime(),
    lastRefreshedAt: new Date(r.last_refreshed_at).getTime(),
    ip: r.ip,
    current: r.id === currentSessionId,
  }));
}

/** What an administrator sees of a person's sign-in; null when their organisation has no such person. */
export async function accountView(
  db: Queryable,
  admin: Caller,
  userId: string,
): Promise<AccountView | null> {
  const { rows } = await db.query<{
    has_password: boolean;
    kind: 'invite' | 'reset' | null;
    created_at: Date | null;
    expires_at: Date | null;
  }>(
    `SELECT u.password_hash IS NOT NULL AS has_password, l.kind, l.created_at, l.expires_at
       FROM users u
       LEFT JOIN password_links l ON l.user_id = u.id AND l.used_at IS NULL
            AND l.voided_at IS NULL AND l.expires_at > now()
      WHERE u.id = $1 AND u.organisation_id = $2
      ORDER BY l.created_at DESC NULLS LAST LIMIT 1`,
    [userId, admin.organisationId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    hasPassword: r.has_password,
    pendingLink:
      r.kind && r.created_at && r.expires_at
        ? {
            kind: r.kind,
            createdAt: new Date(r.created_at).getTime(),
            expiresAt: new Date(r.expires_at).getTime(),
          }
        : null,
    sessions: await listSessions(db, {
      organisationId: admin.organisationId,
      userId,
      currentSessionId: admin.sessionId,
    }),
  };
}

/**
 * Ends one open session of a person of the organisation; false when there is no such open
 * session (another organisation's included).
 */
export async function revokeSession(
  db: Db,
  actor: Caller,
  { userId, sessionId, ip }: { userId: string; sessionId: string; ip: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      `SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND u.organisation_id = $3 AND s.ended_at IS NULL
        FOR UPDATE OF s`,
      [sessionId, userId, actor.organisationId],
    );
    if (rowCount === 0) return false;
    await endSession(tx, sessionId, actor.userId === userId ? 'revokedByUser' : 'revokedByAdmin');
    await audit(tx, [
      {
        organisationId: actor.organisationId,
        actorId: actor.userId,
        action: 'sessionRevoked',
        subject: userId,
        detail: { sessionId },
        ip,
      },
    ]);
    return true;
  });
}

/**
 * Ends the person's sessions: all of them (an administrator's "sign out everywhere"), or all but
 * the caller's own (`keepCurrent`, a person signing out their other desks). False when the
 * organisation has no such person.
 */
export async function revokeSessions(
  db: Db,
  actor: Caller,
  { userId, keepCurrent, ip }: { userId: string; keepCurrent: boolean; ip: string },
): Promise<{ ended: number } | null> {
  return db.transaction(async (tx) => {
    const { rowCount: found } = await tx.query(
      'SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2',
      [userId, actor.organisationId],
    );
    if (found === 0) return null;
    const ended = keepCurrent
      ? await endUserSessions(tx, [userId], 'revokedByUser', { except: actor.sessionId })
      : await endUserSessions(tx, [userId], 'revokedByAdmin');
    await audit(tx, [
      {
        organisationId: actor.organisationId,
        actorId: actor.userId,
        action: 'sessionsRevoked',
        subject: userId,
        detail: { ended, keepCurrent },
        ip,
      },
    ]);
    return { ended };
  });
}

export type ChangeFailure = {
  ok: false;
  status: 400 | 403;
  error: 'wrongPassword' | PasswordProblem;
  message: string;
};

/**
 * Changes the caller's own password: the current one must be right and the new one pass the
 * policy. Every other session of theirs ends; this one goes on.
 */
export async function changePassword(
  db: Db,
  me: Caller,
  {
    currentPassword,
    newPassword,
    ip,
  }: { currentPassword: string; newPassword: string; ip: string },
): Promise<{ ok: true; endedSessions: number } | ChangeFailure> {
  const { rows } = await db.query<{
    password_hash: string | null;
    email: string;
    display_name: string;
  }>('SELECT password_hash, email, display_name FROM users WHERE id = $1', [me.userId]);
  const user = rows[0];
  if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
    await audit(db, [
      {
        organisationId: me.organisationId,
        actorId: me.userId,
        action: 'passwordChangeFailed',
        subject: me.userId,
        ip,
      },
    ]);
    return {
      ok: false,
      status: 403,
      error: 'wrongPassword',
      message: 'The current password is not right.',
    };
  }
  const problem = passwordProblem(
    newPassword,
    { email: user.email, displayName: user.display_name },
    COMMON_PASSWORDS,
  );
  if (problem) return { ok: false, status: 400, error: problem, message: PROBLEM_TEXT[problem] };
  const hash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [me.userId, hash]);
    const ended = await endUserSessions(tx, [me.userId], 'passwordChanged', {
      except: me.sessionId,
    });
    await audit(tx, [
      {
        organisationId: me.organisationId,
        actorId: me.userId,
        action: 'passwordChanged',
        subject: me.userId,
        detail: { endedSessions: ended },
        ip,
      },
    ]);
    return { ok: true as const, endedSessions: ended };
  });
}
