// Invitation and reset links (one-time, expiring; only a hash of the token is stored), and an
// index to find the sign-in audit entry of a session (its address) for the session lists.
import type { Queryable } from '../db/db';

export const name = '1764900001000-password-links';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE password_links (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('invite', 'reset')),
      token_hash text NOT NULL UNIQUE,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      voided_at timestamptz
    )`);
  await tx.query(
    'CREATE INDEX password_links_open_idx ON password_links (user_id) WHERE used_at IS NULL AND voided_at IS NULL',
  );
  await tx.query(
    "CREATE INDEX audit_log_sign_in_idx ON audit_log (actor_id, at) WHERE action = 'signIn'",
  );
}
