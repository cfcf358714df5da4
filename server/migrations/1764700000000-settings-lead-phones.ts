// Organisation settings that desks sync (the national do-not-call file's date, …), and every
// number a lead can be reached on, so a do-not-call change finds its leads across the whole
// organisation. A trigger keeps lead_phones in step with the lead rows on any write path; it
// only does work when a lead's numbers change (a call's update compares and moves on).
import type { Queryable } from '../db/db';

export const name = '1764700000000-settings-lead-phones';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE settings (
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      key text NOT NULL,
      data jsonb NOT NULL,
      xid xid8 NOT NULL,
      seq bigint NOT NULL,
      PRIMARY KEY (organisation_id, key)
    )`);
  await tx.query(
    'CREATE TRIGGER settings_track BEFORE INSERT OR UPDATE ON settings FOR EACH ROW EXECUTE FUNCTION track_change()',
  );
  await tx.query('CREATE INDEX settings_position_idx ON settings (organisation_id, xid, seq)');

  await tx.query(`
    CREATE TABLE lead_phones (
      organisation_id uuid NOT NULL,
      phone text NOT NULL,
      lead_id text NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
      PRIMARY KEY (organisation_id, phone, lead_id)
    )`);
  await tx.query('CREATE INDEX lead_phones_lead_idx ON lead_phones (lead_id)');
  await tx.query(`
    CREATE FUNCTION lead_numbers(data jsonb) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
      SELECT data->>'phoneE164' WHERE data->>'phoneE164' IS NOT NULL
      UNION SELECT jsonb_array_elements_text(coalesce(data->'phones', '[]'::jsonb))
    $$`);
  await tx.query(`
    CREATE FUNCTION lead_phones_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM lead_phones WHERE lead_id = OLD.id;
      INSERT INTO lead_phones (organisation_id, phone, lead_id)
        SELECT NEW.organisation_id, n, NEW.id FROM lead_numbers(NEW.data) AS n
        ON CONFLICT DO NOTHING;
      RETURN NEW;
    END $$`);
  // Imports insert leads a thousand at a time: one statement-level insert for all of them.
  await tx.query(`
    CREATE FUNCTION lead_phones_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO lead_phones (organisation_id, phone, lead_id)
        SELECT l.organisation_id, n, l.id FROM new_leads l, lead_numbers(l.data) AS n
        ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$`);
  await tx.query(`
    CREATE TRIGGER leads_phones_insert AFTER INSERT ON leads
      REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT EXECUTE FUNCTION lead_phones_insert()`);
  await tx.query(`
    CREATE TRIGGER leads_phones_update AFTER UPDATE OF data ON leads FOR EACH ROW
      WHEN (OLD.data->'phoneE164' IS DISTINCT FROM NEW.data->'phoneE164'
            OR OLD.data->'phones' IS DISTINCT FROM NEW.data->'phones')
      EXECUTE FUNCTION lead_phones_sync()`);
  await tx.query(`
    INSERT INTO lead_phones (organisation_id, phone, lead_id)
      SELECT l.organisation_id, n, l.id FROM leads l, lead_numbers(l.data) AS n
      ON CONFLICT DO NOTHING`);
}
