// What each agent is doing now — available, on a call, in wrap-up, paused (and why) — as their
// desk last said, for the supervisors' live wallboard. Presence, not history: one row per person,
// overwritten; a desk that stops reporting reads as offline.
import type { Queryable } from '../db/db';

export const name = '1764800001000-agent-presence';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE agent_presence (
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      state text NOT NULL CHECK (state IN ('available', 'onCall', 'wrapUp', 'paused', 'offline')),
      reason text CHECK (reason IN ('break', 'training', 'meeting')),
      since timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`);
  await tx.query('CREATE INDEX agent_presence_org_idx ON agent_presence (organisation_id)');
}
