// Organisation-wide synced data: authored content, per-rep and monthly sales targets, and the
// do-not-call list. Removals leave tombstones.
import type { Queryable } from '../db/db';

export const name = '1764590003000-content-targets-dnc';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE content (
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('script', 'objection', 'closing', 'product')),
      data jsonb NOT NULL,
      xid xid8 NOT NULL,
      seq bigint NOT NULL,
      PRIMARY KEY (organisation_id, id)
    )`);
  await tx.query(`
    CREATE TABLE rep_targets (
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      data jsonb NOT NULL,
      xid xid8 NOT NULL,
      seq bigint NOT NULL
    )`);
  await tx.query(`
    CREATE TABLE sales_targets (
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id text NOT NULL,
      team_id uuid,
      data jsonb NOT NULL,
      xid xid8 NOT NULL,
      seq bigint NOT NULL,
      PRIMARY KEY (organisation_id, id)
    )`);
  await tx.query(`
    CREATE TABLE dnc (
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      phone_e164 text NOT NULL,
      data jsonb NOT NULL,
      xid xid8 NOT NULL,
      seq bigint NOT NULL,
      PRIMARY KEY (organisation_id, phone_e164)
    )`);
  for (const table of ['content', 'rep_targets', 'sales_targets', 'dnc']) {
    await tx.query(
      `CREATE TRIGGER ${table}_track BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION track_change()`,
    );
    await tx.query(`CREATE INDEX ${table}_position_idx ON ${table} (organisation_id, xid, seq)`);
  }
  await tx.query(`
    CREATE FUNCTION tombstone_content() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO tombstones (organisation_id, entity, entity_id, deleted)
        VALUES (OLD.organisation_id, 'content', OLD.id, true);
      RETURN OLD;
    END $$`);
  await tx.query(`
    CREATE FUNCTION tombstone_dnc() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO tombstones (organisation_id, entity, entity_id, deleted)
        VALUES (OLD.organisation_id, 'dnc', OLD.phone_e164, true);
      RETURN OLD;
    END $$`);
  await tx.query(
    'CREATE TRIGGER content_tombstone AFTER DELETE ON content FOR EACH ROW EXECUTE FUNCTION tombstone_content()',
  );
  await tx.query(
    'CREATE TRIGGER dnc_tombstone AFTER DELETE ON dnc FOR EACH ROW EXECUTE FUNCTION tombstone_dnc()',
  );
}
