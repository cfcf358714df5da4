// The audit log (append-only in the database): sign-ins, failed sign-ins, exports, reassignments,
// deletions and every change made by a supervisor or an administrator.
import type { Queryable } from './db/db';

export type AuditEntry = {
  organisationId: string | null;
  actorId: string | null;
  action: string;
  subject?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

/** Writes the entries with one statement. */
export async function audit(db: Queryable, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.query(
    `INSERT INTO audit_log (organisation_id, actor_id, action, subject, detail, ip)
     SELECT organisation_id, actor_id, action, subject, coalesce(detail, '{}'), ip
       FROM jsonb_to_recordset($1::jsonb)
         AS v(organisation_id uuid, actor_id uuid, action text, subject text, detail jsonb, ip text)`,
    [
      JSON.stringify(
        entries.map((e) => ({
          organisation_id: e.organisationId,
          actor_id: e.actorId,
          action: e.action,
          subject: e.subject ?? null,
          detail: e.detail ?? {},
          ip: e.ip ?? null,
        })),
      ),
    ],
    { name: 'audit.insert' },
  );
}
