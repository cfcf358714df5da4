// The audit log: who did what, append-only. A trigger refuses UPDATE, DELETE and TRUNCATE, so not
// even a bug (or a careless administrator with the application's database role) rewrites history.
import type { Queryable } from '../db/db';

export const name = '1764590005000-audit-log';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      organisation_id uuid,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid,
      action text NOT NULL,
      subject text,
      detail jsonb NOT NULL DEFAULT '{}',
      ip text
    )`);
  await tx.query('CREATE INDEX audit_log_org_idx ON audit_log (organisation_id, id)');
  await tx.query(`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`);
  await tx.query(
    'CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()',
  );
  await tx.query(
    'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()',
  );
}
