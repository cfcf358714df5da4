// Leads (the whole wire lead in `data`, the scope columns beside it) and their append-only
// activities. Moving a lead (owner or team) or deleting it leaves a tombstone for the desks that
// lose it, and re-stamps its activities so desks that gain it receive its history.
import type { Queryable } from '../db/db';

export const name = '1764590002000-leads-activities';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE leads (
      id text PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      owner_id uuid,
      team_id uuid,
      stage text NOT NULL CHECK (stage IN ('lead', 'qualified', 'meetingScheduled', 'proposalSent', 'won', 'lost', 'retention')),
      data jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      xid xid8 NOT NULL,
      seq bigint NOT NULL
    )`);
  await tx.query(
    'CREATE TRIGGER leads_track BEFORE INSERT OR UPDATE ON leads FOR EACH ROW EXECUTE FUNCTION track_change()',
  );
  await tx.query('CREATE INDEX leads_position_idx ON leads (organisation_id, xid, seq)');
  await tx.query('CREATE INDEX leads_owner_idx ON leads (owner_id, id)');
  await tx.query('CREATE INDEX leads_team_idx ON leads (team_id, id)');

  await tx.query(`
    CREATE TABLE activities (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      lead_id text NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
      agent_id uuid,
      at bigint NOT NULL,
      data jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      xid xid8 NOT NULL,
      seq bigint NOT NULL
    )`);
  await tx.query(
    'CREATE TRIGGER activities_track BEFORE INSERT OR UPDATE ON activities FOR EACH ROW EXECUTE FUNCTION track_change()',
  );
  await tx.query('CREATE INDEX activities_position_idx ON activities (organisation_id, xid, seq)');
  await tx.query('CREATE INDEX activities_lead_idx ON activities (lead_id, id)');

  await tx.query(`
    CREATE FUNCTION lead_moved() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO tombstones (organisation_id, entity, entity_id, old_owner_id, old_team_id, deleted)
          VALUES (OLD.organisation_id, 'lead', OLD.id, OLD.owner_id, OLD.team_id, true);
        RETURN OLD;
      END IF;
      INSERT INTO tombstones (organisation_id, entity, entity_id, old_owner_id, old_team_id, new_owner_id, new_team_id, deleted)
        VALUES (NEW.organisation_id, 'lead', NEW.id, OLD.owner_id, OLD.team_id, NEW.owner_id, NEW.team_id, false);
      -- Desks that gain the lead need its history too: bring its activities after their cursors.
      UPDATE activities SET at = at WHERE lead_id = NEW.id;
      RETURN NEW;
    END $$`);
  await tx.query(`
    CREATE TRIGGER leads_moved AFTER UPDATE OF owner_id, team_id ON leads FOR EACH ROW
      WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.team_id IS DISTINCT FROM NEW.team_id)
      EXECUTE FUNCTION lead_moved()`);
  await tx.query(
    'CREATE TRIGGER leads_deleted AFTER DELETE ON leads FOR EACH ROW EXECUTE FUNCTION lead_moved()',
  );
}
