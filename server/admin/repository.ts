// What the admin routes read and write: an organisation's audit log, newest first, and disabling
// or enabling one of its users.
import type { Db, Queryable } from '../db/db';
import { audit } from '../audit';
import { endUserSessions } from '../auth/sessions';
import { notifyPoke } from '../sync/poke';
import type { Caller } from '../sync/scope';

export type AuditListEntry = {
  /** int8 as a decimal string: pass it back as `before` for the next page. */
  id: string;
  at: number;
  actorId: string | null;
  action: string;
  subject: string | null;
  detail: unknown;
  ip: string | null;
};

/** Up to `limit` entries of the organisation, newest first, older than entry `before` if given. */
export async function listAuditEntries(
  db: Queryable,
  organisationId: string,
  { limit, before }: { limit: number; before: string | null },
): Promise<AuditListEntry[]> {
  const { rows } = await db.query<{
    id: string;
    at: Date;
    actor_id: string | null;
    action: string;
    subject: string | null;
    detail: unknown;
    ip: string | null;
  }>(
    `SELECT id, at, actor_id, action, subject, detail, ip FROM audit_log
      WHERE organisation_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
      ORDER BY id DESC LIMIT $3`,
    [organisationId, before, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).getTime(),
    actorId: r.actor_id,
    action: r.action,
    subject: r.subject,
    detail: r.detail,
    ip: r.ip,
  }));
}

/**
 * Disables (ending their sessions at once) or enables a user of the administrator's
 * organisation, audited, in one transaction. False when the organisation has no such user.
 */
export async function setUserDisabled(
  db: Db,
  admin: Caller,
  { userId, disabled, ip }: { userId: string; disabled: boolean; ip: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      `UPDATE users SET disabled_at = ${disabled ? 'coalesce(disabled_at, now())' : 'NULL'}
        WHERE id = $1 AND organisation_id = $2`,
      [userId, admin.organisationId],
    );
    if (rowCount === 0) return false;
    if (disabled) await endUserSessions(tx, [userId], 'disabled');
    await audit(tx, [
      {
        organisationId: admin.organisationId,
        actorId: admin.userId,
        action: disabled ? 'userDisabled' : 'userEnabled',
        subject: userId,
        ip,
      },
    ]);
    // Users are organisation-wide data: every desk of the organisation pulls the change.
    await notifyPoke(tx, {
      organisationId: admin.organisationId,
      teams: [],
      users: [],
      all: true,
    });
    return true;
  });
}
