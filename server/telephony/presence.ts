// Agents' presence for the wallboard: a desk reports its agent's state, the server keeps one row
// per person (the time in state counts from the change, not from each heartbeat), and a
// supervisor reads their team's (an administrator the organisation's), stale rows as offline.
import type { Queryable } from '../db/db';
import { notifyPoke } from '../sync/poke';
import { scopeClass, type Caller } from '../sync/scope';
import {
  PRESENCE_STALE_MS,
  type AgentPresence,
  type PauseReason,
  type AgentState,
  type Wallboard,
} from '../../shared/domain/telephony';

export async function reportPresence(
  db: Queryable,
  me: Caller,
  state: AgentState,
  reason: PauseReason | null,
): Promise<void> {
  const { rows } = await db.query<{ changed: boolean }>(
    `INSERT INTO agent_presence (user_id, organisation_id, state, reason, since, updated_at)
     VALUES ($1, $2, $3, $4, now(), now())
     ON CONFLICT (user_id) DO UPDATE SET
       since = CASE
         WHEN agent_presence.state = EXCLUDED.state
           AND agent_presence.reason IS NOT DISTINCT FROM EXCLUDED.reason
           AND agent_presence.updated_at > now() - make_interval(secs => $5::int / 1000.0)
         THEN agent_presence.since ELSE now() END,
       state = EXCLUDED.state, reason = EXCLUDED.reason, updated_at = now()
     RETURNING since = updated_at AS changed`,
    [me.userId, me.organisationId, state, reason, PRESENCE_STALE_MS],
  );
  // A change of state, or an agent back after going stale, reaches open wallboards at once;
  // heartbeats stay silent.
  if (rows[0]?.changed)
    await notifyPoke(db, {
      organisationId: me.organisationId,
      teams: me.teamId ? [me.teamId] : [],
      users: [],
      all: false,
      presence: true,
    });
}

/** Who the caller may watch: a supervisor their team, an administrator everyone. */
export async function readWallboard(db: Queryable, me: Caller): Promise<Wallboard> {
  const all = scopeClass(me.roles) === 'admin';
  const { rows } = await db.query<{
    user_id: string;
    state: AgentState;
    reason: PauseReason | null;
    since: Date;
    updated_at: Date;
    now: Date;
  }>(
    `SELECT p.user_id, p.state, p.reason, p.since, p.updated_at, now() AS now
       FROM agent_presence p JOIN users u ON u.id = p.user_id
      WHERE p.organisation_id = $1 AND u.disabled_at IS NULL
        AND ($2::boolean OR (u.team_id IS NOT NULL AND u.team_id = $3::uuid))`,
    [me.organisationId, all, me.teamId],
  );
  const now = rows[0] ? new Date(rows[0].now).getTime() : Date.now();
  const agents: AgentPresence[] = rows.map((r) => {
    const updated = new Date(r.updated_at).getTime();
    const stale = now - updated > PRESENCE_STALE_MS;
    return {
      userId: r.user_id,
      state: stale ? 'offline' : r.state,
      reason: stale ? null : r.reason,
      // Offline since the last word from the desk.
      since: stale ? updated : new Date(r.since).getTime(),
    };
  });
  return { now, agents };
}
