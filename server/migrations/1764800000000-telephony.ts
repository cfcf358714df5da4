// The organisation's phone settings and each person's SIP account. Not change-tracked: they hold
// secrets (the ephemeral-credential key, fixed SIP passwords) that reach a desk only as the answer
// to its signed-in request, never as synced rows.
import type { Queryable } from '../db/db';

export const name = '1764800000000-telephony';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE telephony_settings (
      organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
      data jsonb NOT NULL,
      ephemeral_secret text,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query(`
    CREATE TABLE sip_accounts (
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      sip_user text NOT NULL,
      auth_mode text NOT NULL CHECK (auth_mode IN ('ephemeral', 'password')),
      auth_user text,
      password text,
      wss_url text,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query(
    'CREATE UNIQUE INDEX sip_accounts_org_user_idx ON sip_accounts (organisation_id, sip_user)',
  );
}
