// What desks need of the organisation, its teams and users: names per language, the calling
// window, supervisors, daily targets; e-mail unique across organisations (sign-in is by e-mail);
// teams and users tracked for pull.
import type { Queryable } from '../db/db';

export const name = '1764590001000-people-profiles';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    ALTER TABLE organisations
      ADD COLUMN name_localized jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN calling_start_minutes int NOT NULL DEFAULT 540 CHECK (calling_start_minutes BETWEEN 0 AND 1440),
      ADD COLUMN calling_end_minutes int NOT NULL DEFAULT 1200 CHECK (calling_end_minutes BETWEEN 0 AND 1440)`);
  await tx.query(`
    ALTER TABLE teams
      ADD COLUMN name_localized jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN supervisor_id uuid,
      ADD COLUMN xid xid8,
      ADD COLUMN seq bigint`);
  await tx.query(`
    ALTER TABLE users
      ADD COLUMN daily_call_target int NOT NULL DEFAULT 0 CHECK (daily_call_target >= 0),
      ADD COLUMN daily_booking_target int NOT NULL DEFAULT 0 CHECK (daily_booking_target >= 0),
      ADD COLUMN xid xid8,
      ADD COLUMN seq bigint`);
  await tx.query('CREATE UNIQUE INDEX users_email_idx ON users (lower(email))');
  for (const table of ['teams', 'users']) {
    await tx.query(`UPDATE ${table} SET xid = pg_current_xact_id(), seq = nextval('change_seq')`);
    await tx.query(
      `ALTER TABLE ${table} ALTER COLUMN xid SET NOT NULL, ALTER COLUMN seq SET NOT NULL`,
    );
    await tx.query(
      `CREATE TRIGGER ${table}_track BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION track_change()`,
    );
    await tx.query(`CREATE INDEX ${table}_position_idx ON ${table} (organisation_id, xid, seq)`);
  }
  await tx.query(`
    CREATE FUNCTION tombstone_team() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO tombstones (organisation_id, entity, entity_id, deleted)
        VALUES (OLD.organisation_id, 'team', OLD.id::text, true);
      RETURN OLD;
    END $$`);
  await tx.query(
    'CREATE TRIGGER teams_tombstone AFTER DELETE ON teams FOR EACH ROW EXECUTE FUNCTION tombstone_team()',
  );
}
