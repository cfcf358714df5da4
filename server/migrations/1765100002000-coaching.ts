// Live coaching (issue 13): a supervisor listens to, whispers to or barges into an agent's call.
// The audio flows desk to desk over WebRTC; the server only keeps who coaches whom (one open
// session per agent) and relays the connection's signals, queued per recipient until read.
import type { Queryable } from '../db/db';

export const name = '1765100002000-coaching';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE coaching_sessions (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      supervisor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      agent_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      mode text NOT NULL CHECK (mode IN ('listen', 'whisper', 'barge')),
      started_at timestamptz NOT NULL DEFAULT now(),
      ended_at timestamptz,
      end_reason text CHECK (end_reason IN ('supervisor', 'agent', 'callEnded', 'timeout')),
      -- Last word from each party (a signal or a read of their signals): a silent party is gone.
      supervisor_seen_at timestamptz NOT NULL DEFAULT now(),
      agent_seen_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((ended_at IS NULL) = (end_reason IS NULL))
    )`);
  // One supervisor at a time per agent.
  await tx.query(
    'CREATE UNIQUE INDEX coaching_sessions_open_agent_idx ON coaching_sessions (agent_id) WHERE ended_at IS NULL',
  );
  await tx.query(
    'CREATE INDEX coaching_sessions_open_supervisor_idx ON coaching_sessions (supervisor_id) WHERE ended_at IS NULL',
  );
  await tx.query(
    'CREATE INDEX coaching_sessions_org_idx ON coaching_sessions (organisation_id, ended_at)',
  );
  await tx.query(`
    CREATE TABLE coaching_signals (
      id bigserial PRIMARY KEY,
      session_id uuid NOT NULL REFERENCES coaching_sessions (id) ON DELETE CASCADE,
      recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      signal jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query(
    'CREATE INDEX coaching_signals_recipient_idx ON coaching_signals (recipient_id, id)',
  );
  await tx.query('CREATE INDEX coaching_signals_session_idx ON coaching_signals (session_id)');
}
