// Sign-in sessions with rotating refresh tokens (stored hashed), failed sign-ins for the rate
// limit, server-wide settings (the token key, shared by every instance), and each desk's last
// applied outbox seq (exactly-once push).
import type { Queryable } from '../db/db';

export const name = '1764590004000-sessions-clients';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE sessions (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      client_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_refreshed_at timestamptz NOT NULL DEFAULT now(),
      ended_at timestamptz,
      end_reason text
    )`);
  await tx.query('CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE ended_at IS NULL');
  await tx.query(`
    CREATE TABLE refresh_tokens (
      token_hash text PRIMARY KEY,
      session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      rotated_at timestamptz
    )`);
  await tx.query('CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)');
  await tx.query(`
    CREATE TABLE auth_failures (
      key text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query('CREATE INDEX auth_failures_key_idx ON auth_failures (key, at)');
  await tx.query(`
    CREATE TABLE server_settings (
      key text PRIMARY KEY,
      value text NOT NULL
    )`);
  await tx.query(`
    CREATE TABLE client_cursors (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      client_id uuid NOT NULL,
      last_seq bigint NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, client_id)
    )`);
  // Rejections are kept so a resent batch (its first answer lost) gets the same answer again.
  await tx.query(`
    CREATE TABLE push_rejections (
      user_id uuid NOT NULL,
      client_id uuid NOT NULL,
      seq bigint NOT NULL,
      reason text NOT NULL,
      detail text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, client_id, seq)
    )`);
}
