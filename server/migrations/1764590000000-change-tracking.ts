// Change tracking for pull: every synced row carries the id of the transaction that last wrote
// it (xid8) and a position from one sequence; rows that leave a scope or are deleted leave a
// tombstone. server/README.md "Sync protocol" explains why pulls can never skip a row.
import type { Queryable } from '../db/db';

export const name = '1764590000000-change-tracking';

export async function up(tx: Queryable): Promise<void> {
  await tx.query('CREATE SEQUENCE change_seq');
  // A trigger, not the application, stamps rows: no write path (push, CLI, admin route, manual
  // SQL) can forget to, and the stamp is always the writing transaction's own id.
  await tx.query(`
    CREATE FUNCTION track_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.xid := pg_current_xact_id();
      NEW.seq := nextval('change_seq');
      RETURN NEW;
    END $$`);
  await tx.query(`
    CREATE TABLE tombstones (
      xid xid8 NOT NULL,
      seq bigint NOT NULL,
      organisation_id uuid NOT NULL,
      entity text NOT NULL CHECK (entity IN ('lead', 'content', 'dnc', 'user', 'team')),
      entity_id text NOT NULL,
      -- Where a lead was and where it went; null/null with deleted = true for a deletion.
      old_owner_id uuid,
      old_team_id uuid,
      new_owner_id uuid,
      new_team_id uuid,
      deleted boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query(
    'CREATE TRIGGER tombstones_track BEFORE INSERT ON tombstones FOR EACH ROW EXECUTE FUNCTION track_change()',
  );
  await tx.query('CREATE INDEX tombstones_position_idx ON tombstones (organisation_id, xid, seq)');
  await tx.query('CREATE INDEX tombstones_created_idx ON tombstones (created_at)');
  // The newest position removed by retention: a cursor before it may have missed a tombstone.
  await tx.query(`
    CREATE TABLE sync_retention (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      pruned_xid xid8 NOT NULL,
      pruned_seq bigint NOT NULL
    )`);
  await tx.query("INSERT INTO sync_retention (pruned_xid, pruned_seq) VALUES ('0', 0)");
}
