// Invitation and reset links: an administrator makes one for a person of their organisation; the
// person opens it and chooses a password. The token is 32 random bytes, shown once (and e-mailed
// when SMTP is set up); the database keeps only its SHA-256, like refresh tokens. A link works
// once and for 72 hours; a new link for the same person voids the ones before it. Using a link
// ends every session the person had open (a reset means the old password may be known).
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db';
import { audit } from '../audit';
import type { Caller } from '../sync/scope';
import {
  PASSWORD_LINK_TTL_MS,
  SET_PASSWORD_HASH,
  type PasswordLinkInfo,
  type PasswordLinkKind,
} from '../../shared/accounts/protocol';
import { passwordProblem, type PasswordProblem } from '../../shared/accounts/password-policy';
import { COMMON_PASSWORDS } from '../../shared/accounts/common-passwords';
import { hashPassword } from './passwords';
import { endUserSessions } from './sessions';
import { hashToken, newRefreshToken } from './tokens';

type Locale = 'en' | 'ar' | 'tr';

export type LinkFailure = {
  ok: false;
  status: 400 | 403 | 404 | 410;
  error: 'linkInvalid' | 'linkExpired' | 'linkUsed' | 'userDisabled' | PasswordProblem;
  message: string;
};

export type NewLink = {
  token: string;
  /** The desk path carrying the token (and the person's language). */
  path: string;
  kind: PasswordLinkKind;
  expiresAt: number;
  email: string;
  displayName: string;
  locale: Locale;
  organisation: string;
};

export const linkPath = (token: string, locale: Locale) =>
  `/${SET_PASSWORD_HASH}?token=${token}&lang=${locale}`;

/**
 * A new link for `userId`, voiding any older one; null when the administrator's organisation has
 * no such person (another organisation's person is no one here), 'disabled' for a disabled one.
 */
export async function createPasswordLink(
  db: Db,
  admin: Caller,
  { userId, kind, ip }: { userId: string; kind: PasswordLinkKind; ip: string },
  now = Date.now(),
): Promise<NewLink | 'disabled' | null> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      email: string;
      display_name: string;
      locale: Locale;
      disabled_at: Date | null;
      organisation: string;
    }>(
      `SELECT u.email, u.display_name, u.locale, u.disabled_at, o.name AS organisation
         FROM users u JOIN organisations o ON o.id = u.organisation_id
        WHERE u.id = $1 AND u.organisation_id = $2 FOR UPDATE OF u`,
      [userId, admin.organisationId],
    );
    const user = rows[0];
    if (!user) return null;
    if (user.disabled_at !== null) return 'disabled';
    const { rowCount: voided } = await tx.query(
      `UPDATE password_links SET voided_at = now()
        WHERE user_id = $1 AND used_at IS NULL AND voided_at IS NULL`,
      [userId],
    );
    const token = newRefreshToken();
    const id = randomUUID();
    const expiresAt = now + PASSWORD_LINK_TTL_MS;
    await tx.query(
      `INSERT INTO password_links (id, organisation_id, user_id, kind, token_hash, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, admin.organisationId, userId, kind, hashToken(token), admin.userId, new Date(expiresAt)],
    );
    await audit(tx, [
      {
        organisationId: admin.organisationId,
        actorId: admin.userId,
        action: 'passwordLinkCreated',
        subject: userId,
        detail: { kind, linkId: id, voided },
        ip,
      },
    ]);
    return {
      token,
      path: linkPath(token, user.locale),
      kind,
      expiresAt,
      email: user.email,
      displayName: user.display_name,
      locale: user.locale,
      organisation: user.organisation,
    };
  });
}

type LinkRow = {
  id: string;
  organisation_id: string;
  user_id: string;
  kind: PasswordLinkKind;
  expires_at: Date;
  used_at: Date | null;
  voided_at: Date | null;
  email: string;
  display_name: string;
  locale: Locale;
  disabled_at: Date | null;
};

async function findLink(db: Queryable, token: string, lock: boolean): Promise<LinkRow | undefined> {
  const { rows } = await db.query<LinkRow>(
    `SELECT l.id, l.organisation_id, l.user_id, l.kind, l.expires_at, l.used_at, l.voided_at,
            u.email, u.display_name, u.locale, u.disabled_at
       FROM password_links l JOIN users u ON u.id = l.user_id
      WHERE l.token_hash = $1${lock ? ' FOR UPDATE OF l, u' : ''}`,
    [hashToken(token)],
  );
  return rows[0];
}

const INVALID: LinkFailure = {
  ok: false,
  status: 404,
  error: 'linkInvalid',
  message: 'This link is not valid.',
};

function refusal(link: LinkRow | undefined, now: number): LinkFailure | null {
  if (!link) return INVALID;
  if (link.used_at !== null || link.voided_at !== null) {
    return {
      ok: false,
      status: 410,
      error: 'linkUsed',
      message: 'This link has been used or replaced by a newer one; ask for a new one.',
    };
  }
  if (new Date(link.expires_at).getTime() <= now) {
    return {
      ok: false,
      status: 410,
      error: 'linkExpired',
      message: 'This link has expired; ask for a new one.',
    };
  }
  if (link.disabled_at !== null) {
    return { ok: false, status: 403, error: 'userDisabled', message: 'This account is disabled.' };
  }
  return null;
}

/** Who a link is for, so the set-password screen can greet them; or why it no longer works. */
export async function checkPasswordLink(
  db: Queryable,
  token: string,
  now = Date.now(),
): Promise<{ ok: true; info: PasswordLinkInfo } | LinkFailure> {
  const link = await findLink(db, token, false);
  if (!link) return INVALID;
  const refused = refusal(link, now);
  if (refused) return refused;
  return {
    ok: true,
    info: {
      kind: link.kind,
      email: link.email,
      displayName: link.display_name,
      locale: link.locale,
      expiresAt: new Date(link.expires_at).getTime(),
    },
  };
}

/**
 * Sets the person's password through a link and spends the link; every session they had open
 * ends. The password must pass the policy (shared/accounts/password-policy.ts).
 */
export async function usePasswordLink(
  db: Db,
  { token, password, ip }: { token: string; password: string; ip: string },
  now = Date.now(),
): Promise<{ ok: true; email: string } | LinkFailure> {
  const first = await findLink(db, token, false);
  if (!first) return INVALID;
  const refused = refusal(first, now);
  if (refused) return refused;
  const problem = passwordProblem(
    password,
    { email: first.email, displayName: first.display_name },
    COMMON_PASSWORDS,
  );
  if (problem) return { ok: false, status: 400, error: problem, message: PROBLEM_TEXT[problem] };
  // Hashed before the transaction: argon2 takes a while, and the link row stays locked meanwhile.
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    // Again, locked: of two uses at once, one wins and the other finds the link used.
    const link = await findLink(tx, token, true);
    if (!link) return INVALID;
    const late = refusal(link, now);
    if (late) return late;
    await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [link.user_id, hash]);
    await tx.query('UPDATE password_links SET used_at = now() WHERE id = $1', [link.id]);
    await endUserSessions(
      tx,
      [link.user_id],
      link.kind === 'reset' ? 'passwordReset' : 'passwordSet',
    );
    await audit(tx, [
      {
        organisationId: link.organisation_id,
        actorId: link.user_id,
        action: link.kind === 'reset' ? 'passwordReset' : 'invitationAccepted',
        subject: link.user_id,
        detail: { linkId: link.id },
        ip,
      },
    ]);
    return { ok: true as const, email: link.email };
  });
}

/** English reasons for the API's messages (the desk shows its own, translated, by code). */
export const PROBLEM_TEXT: Record<PasswordProblem, string> = {
  passwordTooShort: 'The password is too short.',
  passwordTooLong: 'The password is too long.',
  passwordIsEmail: 'The password may not be (or contain) your e-mail address.',
  passwordIsName: 'The password may not be (or contain) your name.',
  passwordTooCommon: 'This password is on a list of common passwords; choose another.',
};
