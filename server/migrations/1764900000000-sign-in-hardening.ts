// Sign-in throttling that cannot be raced nor used to lock people out (auth/rate-limit.ts): each
// counted attempt is marked so a right password can take it back, and the addresses an account
// has signed in from are remembered. A rotated refresh token keeps its successor, sealed with the
// server's key, for the few seconds in which a second copy of the same refresh gets the same
// answer instead of a reuse alarm (auth/sessions.ts).
import type { Queryable } from '../db/db';

export const name = '1764900000000-sign-in-hardening';

export async function up(tx: Queryable): Promise<void> {
  await tx.query('ALTER TABLE auth_failures ADD COLUMN attempt uuid');
  await tx.query('CREATE INDEX auth_failures_attempt_idx ON auth_failures (attempt)');
  await tx.query(`
    CREATE TABLE auth_known_addresses (
      email text NOT NULL,
      ip text NOT NULL,
      at timestamptz NOT NULL,
      PRIMARY KEY (email, ip)
    )`);
  await tx.query('ALTER TABLE refresh_tokens ADD COLUMN successor_sealed text');
}
