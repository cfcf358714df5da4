// Organisations, teams and users created from the command line (server/README.md "Accounts").
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db';
import { audit } from '../audit';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { USER_ROLES, type UserRole } from '../../shared/domain/content';

export class AccountError extends Error {}

export function parseRoles(raw: string): UserRole[] {
  const roles = raw
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const bad = roles.filter((r) => !(USER_ROLES as readonly string[]).includes(r));
  if (roles.length === 0 || bad.length > 0) {
    throw new AccountError(
      `Roles must be a comma-separated list of ${USER_ROLES.join(', ')}${bad.length ? `; unknown: ${bad.join(', ')}` : ''}.`,
    );
  }
  return [...new Set(roles)] as UserRole[];
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
}

function checkEmail(email: string): string {
  const e = email.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e))
    throw new AccountError(`"${email}" is not an e-mail address.`);
  return e;
}

async function emailFree(tx: Queryable, email: string): Promise<void> {
  const { rowCount } = await tx.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [
    email,
  ]);
  if (rowCount > 0) throw new AccountError(`A user with e-mail ${email} already exists.`);
}

export type NewOrganisation = {
  name: string;
  adminEmail: string;
  adminName: string;
  password: string;
  language?: 'en' | 'ar' | 'tr';
  timezone?: string;
  currency?: string;
};

/** A new organisation with its first administrator. */
export async function createOrganisation(
  db: Db,
  o: NewOrganisation,
): Promise<{ organisationId: string; userId: string }> {
  checkPassword(o.password);
  const email = checkEmail(o.adminEmail);
  if (!o.name.trim()) throw new AccountError('The organisation needs a name.');
  const hash = await hashPassword(o.password);
  return db.transaction(async (tx) => {
    await emailFree(tx, email);
    const organisationId = randomUUID();
    const userId = randomUUID();
    const language = o.language ?? 'en';
    await tx.query(
      `INSERT INTO organisations (id, name, name_localized, default_language, timezone, currency)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        organisationId,
        o.name.trim(),
        JSON.stringify({ [language]: o.name.trim() }),
        language,
        o.timezone ?? 'UTC',
        o.currency ?? 'USD',
      ],
    );
    await tx.query(
      `INSERT INTO users (id, organisation_id, email, display_name, roles, locale, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [userId, organisationId, email, o.adminName.trim() || email, ['admin'], language, hash],
    );
    await audit(tx, [
      {
        organisationId,
        actorId: null,
        action: 'organisationCreated',
        subject: organisationId,
        detail: { cli: true },
      },
      {
        organisationId,
        actorId: null,
        action: 'userCreated',
        subject: userId,
        detail: { cli: true, roles: ['admin'] },
      },
    ]);
    return { organisationId, userId };
  });
}

export type NewUser = {
  email: string;
  name: string;
  roles: UserRole[];
  /** A team id or name; a name that does not exist yet becomes a new team. */
  team: string | null;
  password: string;
  /** Needed when the database holds more than one organisation. */
  organisation?: string;
  locale?: 'en' | 'ar' | 'tr';
};

export async function createUser(
  db: Db,
  u: NewUser,
): Promise<{ userId: string; teamId: string | null; teamCreated: boolean }> {
  checkPassword(u.password);
  const email = checkEmail(u.email);
  const hash = await hashPassword(u.password);
  return db.transaction(async (tx) => {
    const { rows: orgs } = await tx.query<{ id: string }>(
      u.organisation
        ? 'SELECT id FROM organisations WHERE id::text = $1 OR lower(name) = lower($1)'
        : 'SELECT id FROM organisations',
      u.organisation ? [u.organisation] : [],
    );
    if (orgs.length === 0) {
      throw new AccountError(
        u.organisation
          ? `No organisation "${u.organisation}".`
          : 'No organisation yet: run create-organisation first.',
      );
    }
    const organisationId = orgs[0]?.id;
    if (orgs.length > 1 || !organisationId) {
      throw new AccountError('Several organisations: name one with --organisation.');
    }
    await emailFree(tx, email);
    let teamId: string | null = null;
    let teamCreated = false;
    if (u.team) {
      const { rows } = await tx.query<{ id: string }>(
        'SELECT id FROM teams WHERE organisation_id = $1 AND (id::text = $2 OR lower(name) = lower($2))',
        [organisationId, u.team],
      );
      if (rows[0]) teamId = rows[0].id;
      else {
        teamId = randomUUID();
        teamCreated = true;
        await tx.query(
          'INSERT INTO teams (id, organisation_id, name, name_localized) VALUES ($1, $2, $3, $4)',
          [teamId, organisationId, u.team, JSON.stringify({ en: u.team })],
        );
      }
    }
    const userId = randomUUID();
    await tx.query(
      `INSERT INTO users (id, organisation_id, team_id, email, display_name, roles, locale, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        userId,
        organisationId,
        teamId,
        email,
        u.name.trim() || email,
        u.roles,
        u.locale ?? 'en',
        hash,
      ],
    );
    if (teamId && u.roles.includes('supervisor')) {
      await tx.query(
        'UPDATE teams SET supervisor_id = $2 WHERE id = $1 AND supervisor_id IS NULL',
        [teamId, userId],
      );
    }
    await audit(tx, [
      {
        organisationId,
        actorId: null,
        action: 'userCreated',
        subject: userId,
        detail: { cli: true, roles: u.roles, teamId },
      },
    ]);
    return { userId, teamId, teamCreated };
  });
}
