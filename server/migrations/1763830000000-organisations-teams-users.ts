// Organisations, their teams and users: who may sign in to which desks.
import type { Queryable } from '../db/db';

export const name = '1763830000000-organisations-teams-users';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE organisations (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      default_language text NOT NULL DEFAULT 'en' CHECK (default_language IN ('en', 'ar', 'tr')),
      timezone text NOT NULL DEFAULT 'UTC',
      currency text NOT NULL DEFAULT 'USD',
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query(`
    CREATE TABLE teams (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query('CREATE INDEX teams_organisation_idx ON teams (organisation_id)');
  await tx.query(`
    CREATE TABLE users (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
      email text NOT NULL,
      display_name text NOT NULL,
      roles text[] NOT NULL CHECK (
        cardinality(roles) > 0
        AND roles <@ ARRAY['hunter', 'closer', 'farmer', 'supervisor', 'admin']::text[]
      ),
      locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'ar', 'tr')),
      password_hash text,
      disabled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query(
    'CREATE UNIQUE INDEX users_org_email_idx ON users (organisation_id, lower(email))',
  );
  await tx.query('CREATE INDEX users_team_idx ON users (team_id)');
}
