// Live-coaching sessions on the server: who coaches whom, the connection's signals queued for the
// other party, and the end of a session (by a party, because the agent's call ended, or because a
// party fell silent) — each start, change of mode and end audited. The audio itself never passes
// through the server: it flows desk to desk over WebRTC.
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db';
import { audit } from '../audit';
import { notifyCoach } from '../sync/poke';
import { scopeClass, type Caller } from '../sync/scope';
import {
  telephonySettingsSchema,
  DEFAULT_TELEPHONY_SETTINGS,
  PRESENCE_STALE_MS,
  type IceServer,
} from '../../shared/domain/telephony';
import type {
  CoachingEndReason,
  CoachingMode,
  CoachingSession,
  CoachingSignal,
} from '../../shared/recordings/protocol';

/** A party silent this long (no signal, no read of its signals) is gone: the session ends. */
export const COACHING_SILENCE_MS = 45_000;
/** Ended sessions stay in a party's inbox this long, so its desk learns why. */
export const ENDED_VISIBLE_MS = 60_000;
/** Signals one session may hold unread (a desk sends a handful; more is a stuck client). */
export const MAX_PENDING_SIGNALS = 200;

type SessionRow = {
  id: string;
  organisation_id: string;
  supervisor_id: string;
  agent_id: string;
  mode: CoachingMode;
  started_at: Date;
  ended_at: Date | null;
  end_reason: CoachingEndReason | null;
};

const COLUMNS =
  'id, organisation_id, supervisor_id, agent_id, mode, started_at, ended_at, end_reason';

const toSession = (r: SessionRow): CoachingSession => ({
  id: r.id,
  supervisorId: r.supervisor_id,
  agentId: r.agent_id,
  mode: r.mode,
  startedAt: new Date(r.started_at).getTime(),
  endedAt: r.ended_at ? new Date(r.ended_at).getTime() : null,
  endReason: r.end_reason,
});

export type StartRefusal = 'noSuchAgent' | 'forbidden' | 'agentOffline' | 'notOnCall' | 'busy';

/**
 * Opens a session: only a supervisor of the agent's team or an administrator of the organisation,
 * only while the agent is on a call, one supervisor per agent at a time.
 */
export async function startCoaching(
  db: Db,
  me: Caller,
  agentId: string,
  mode: CoachingMode,
  ip: string | null,
): Promise<{ ok: true; session: CoachingSession } | { ok: false; reason: StartRefusal }> {
  const cls = scopeClass(me.roles);
  if (cls === 'agent') return { ok: false, reason: 'forbidden' };
  return db.transaction(async (tx) => {
    const { rows: agents } = await tx.query<{
      team_id: string | null;
      state: string | null;
      fresh: boolean | null;
    }>(
      `SELECT u.team_id, p.state,
              p.updated_at > now() - make_interval(secs => $3::int / 1000.0) AS fresh
         FROM users u LEFT JOIN agent_presence p ON p.user_id = u.id
        WHERE u.id = $1 AND u.organisation_id = $2 AND u.disabled_at IS NULL`,
      [agentId, me.organisationId, PRESENCE_STALE_MS],
    );
    const agent = agents[0];
    if (!agent || agentId === me.userId) return { ok: false, reason: 'noSuchAgent' } as const;
    if (cls === 'supervisor' && (me.teamId === null || agent.team_id !== me.teamId))
      return { ok: false, reason: 'forbidden' } as const;
    if (!agent.fresh || agent.state === 'offline')
      return { ok: false, reason: 'agentOffline' } as const;
    if (agent.state !== 'onCall') return { ok: false, reason: 'notOnCall' } as const;
    const { rows } = await tx.query<SessionRow>(
      `INSERT INTO coaching_sessions (id, organisation_id, supervisor_id, agent_id, mode)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (agent_id) WHERE ended_at IS NULL DO NOTHING
       RETURNING ${COLUMNS}`,
      [randomUUID(), me.organisationId, me.userId, agentId, mode],
    );
    const row = rows[0];
    if (!row) return { ok: false, reason: 'busy' } as const;
    await audit(tx, [
      {
        organisationId: me.organisationId,
        actorId: me.userId,
        action: 'coachingStarted',
        subject: agentId,
        detail: { sessionId: row.id, mode },
        ip,
      },
    ]);
    return { ok: true, session: toSession(row) } as const;
  });
}

export type SignalRefusal = 'notFound' | 'forbidden' | 'ended' | 'tooMany';

/**
 * Relays `signal` from `me` to the session's other party. `mode` (the supervisor's only) changes
 * the session's mode; `end` ends it.
 */
export async function relaySignal(
  db: Db,
  me: Caller,
  sessionId: string,
  signal: CoachingSignal,
  ip: string | null,
): Promise<{ ok: true } | { ok: false; reason: SignalRefusal }> {
  const session = await sessionOf(db, me, sessionId);
  if ('reason' in session) return { ok: false, reason: session.reason };
  const role = session.supervisor_id === me.userId ? 'supervisor' : 'agent';
  if (signal.kind === 'end') {
    await endSession(db, sessionId, role, me.userId, ip);
    return { ok: true };
  }
  if (signal.kind === 'mode' && role !== 'supervisor') return { ok: false, reason: 'forbidden' };
  const to = role === 'supervisor' ? session.agent_id : session.supervisor_id;
  return db.transaction(async (tx) => {
    // Locks the session: a concurrent end waits, so no signal outlives its session.
    const { rows } = await tx.query<{ mode: CoachingMode; pending: string }>(
      `SELECT mode, (SELECT count(*) FROM coaching_signals WHERE session_id = s.id) AS pending
         FROM coaching_sessions s WHERE id = $1 AND ended_at IS NULL FOR UPDATE`,
      [sessionId],
    );
    const open = rows[0];
    if (!open) return { ok: false, reason: 'ended' } as const;
    if (Number(open.pending) >= MAX_PENDING_SIGNALS)
      return { ok: false, reason: 'tooMany' } as const;
    await tx.query(
      `UPDATE coaching_sessions SET ${role === 'supervisor' ? 'supervisor_seen_at' : 'agent_seen_at'} = now()
        WHERE id = $1`,
      [sessionId],
    );
    if (signal.kind === 'mode') {
      if (signal.mode === open.mode) return { ok: true } as const;
      await tx.query('UPDATE coaching_sessions SET mode = $2 WHERE id = $1', [
        sessionId,
        signal.mode,
      ]);
      await audit(tx, [
        {
          organisationId: me.organisationId,
          actorId: me.userId,
          action: 'coachingModeChanged',
          subject: session.agent_id,
          detail: { sessionId, from: open.mode, to: signal.mode },
          ip,
        },
      ]);
    }
    await tx.query(
      'INSERT INTO coaching_signals (session_id, recipient_id, signal) VALUES ($1, $2, $3::jsonb)',
      [sessionId, to, JSON.stringify(signal)],
    );
    await notifyCoach(tx, { organisationId: me.organisationId, coachUser: to });
    return { ok: true } as const;
  });
}

/**
 * Either party ends the session (`DELETE /api/coaching/:id`); the agent's desk says `callEnded`
 * when it ends the session because its call ended.
 */
export async function endByParty(
  db: Db,
  me: Caller,
  sessionId: string,
  ip: string | null,
  callEnded = false,
): Promise<{ ok: true } | { ok: false; reason: 'notFound' | 'forbidden' | 'ended' }> {
  const session = await sessionOf(db, me, sessionId);
  if ('reason' in session) return { ok: false, reason: session.reason };
  const role = session.supervisor_id === me.userId ? 'supervisor' : 'agent';
  await endSession(
    db,
    sessionId,
    role === 'agent' && callEnded ? 'callEnded' : role,
    me.userId,
    ip,
  );
  return { ok: true };
}

/** The caller's sessions, the signals waiting for them (taken), and the ICE servers to use. */
export async function readInbox(
  db: Db,
  me: Caller,
): Promise<{
  sessions: CoachingSession[];
  signals: { sessionId: string; signal: CoachingSignal }[];
  iceServers: IceServer[];
}> {
  await db.query(
    `UPDATE coaching_sessions
        SET supervisor_seen_at = CASE WHEN supervisor_id = $1 THEN now() ELSE supervisor_seen_at END,
            agent_seen_at = CASE WHEN agent_id = $1 THEN now() ELSE agent_seen_at END
      WHERE ended_at IS NULL AND (supervisor_id = $1 OR agent_id = $1)`,
    [me.userId],
  );
  await sweepCoaching(db, me.organisationId);
  const { rows } = await db.query<SessionRow>(
    `SELECT ${COLUMNS} FROM coaching_sessions
      WHERE (supervisor_id = $1 OR agent_id = $1) AND organisation_id = $2
        AND (ended_at IS NULL OR ended_at > now() - make_interval(secs => $3::int / 1000.0))
      ORDER BY started_at`,
    [me.userId, me.organisationId, ENDED_VISIBLE_MS],
  );
  const { rows: signals } = await db.query<{
    id: string;
    session_id: string;
    signal: CoachingSignal;
  }>(`DELETE FROM coaching_signals WHERE recipient_id = $1 RETURNING id, session_id, signal`, [
    me.userId,
  ]);
  // In the order they were sent (an answer before the candidates that follow it).
  signals.sort((a, b) => Number(a.id) - Number(b.id));
  return {
    sessions: rows.map(toSession),
    signals: signals.map((s) => ({ sessionId: s.session_id, signal: s.signal })),
    iceServers: await iceServersOf(db, me.organisationId),
  };
}

export async function iceServersOf(db: Queryable, organisationId: string): Promise<IceServer[]> {
  const { rows } = await db.query<{ data: unknown }>(
    'SELECT data FROM telephony_settings WHERE organisation_id = $1',
    [organisationId],
  );
  const parsed = telephonySettingsSchema.safeParse({
    ...DEFAULT_TELEPHONY_SETTINGS,
    ...((rows[0]?.data as object | undefined) ?? {}),
  });
  return parsed.success ? parsed.data.iceServers : [];
}

/** The agent's call ended (their desk left onCall): their session ends. */
export async function endCoachingOfAgent(db: Db, agentId: string): Promise<void> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM coaching_sessions WHERE agent_id = $1 AND ended_at IS NULL',
    [agentId],
  );
  for (const r of rows) await endSession(db, r.id, 'callEnded', null, null);
}

/**
 * Ends the open sessions (of one organisation, or all) whose agent is no longer on a call (or
 * whose desk went silent) or whose party stopped answering.
 */
export async function sweepCoaching(db: Db, organisationId: string | null = null): Promise<number> {
  const { rows } = await db.query<{ id: string; call_over: boolean }>(
    `SELECT s.id,
            (p.state IS DISTINCT FROM 'onCall'
              OR p.updated_at <= now() - make_interval(secs => $2::int / 1000.0)) AS call_over
       FROM coaching_sessions s LEFT JOIN agent_presence p ON p.user_id = s.agent_id
      WHERE s.ended_at IS NULL AND ($1::uuid IS NULL OR s.organisation_id = $1::uuid)
        AND (p.state IS DISTINCT FROM 'onCall'
          OR p.updated_at <= now() - make_interval(secs => $2::int / 1000.0)
          OR s.supervisor_seen_at <= now() - make_interval(secs => $3::int / 1000.0)
          OR s.agent_seen_at <= now() - make_interval(secs => $3::int / 1000.0))`,
    [organisationId, PRESENCE_STALE_MS, COACHING_SILENCE_MS],
  );
  for (const r of rows)
    await endSession(db, r.id, r.call_over ? 'callEnded' : 'timeout', null, null);
  return rows.length;
}

async function sessionOf(
  db: Queryable,
  me: Caller,
  sessionId: string,
): Promise<SessionRow | { reason: 'notFound' | 'forbidden' | 'ended' }> {
  const { rows } = await db.query<SessionRow>(
    `SELECT ${COLUMNS} FROM coaching_sessions WHERE id = $1 AND organisation_id = $2`,
    [sessionId, me.organisationId],
  );
  const s = rows[0];
  if (!s) return { reason: 'notFound' };
  if (s.supervisor_id !== me.userId && s.agent_id !== me.userId) return { reason: 'forbidden' };
  if (s.ended_at) return { reason: 'ended' };
  return s;
}

/** Ends an open session once (a second end finds it ended and does nothing); both parties told. */
async function endSession(
  db: Db,
  sessionId: string,
  reason: CoachingEndReason,
  actorId: string | null,
  ip: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<SessionRow>(
      `UPDATE coaching_sessions SET ended_at = now(), end_reason = $2
        WHERE id = $1 AND ended_at IS NULL RETURNING ${COLUMNS}`,
      [sessionId, reason],
    );
    const s = rows[0];
    if (!s) return;
    await tx.query('DELETE FROM coaching_signals WHERE session_id = $1', [sessionId]);
    const ended = s.ended_at ? new Date(s.ended_at).getTime() : Date.now();
    await audit(tx, [
      {
        organisationId: s.organisation_id,
        actorId,
        action: 'coachingEnded',
        subject: s.agent_id,
        detail: {
          sessionId,
          supervisorId: s.supervisor_id,
          reason,
          mode: s.mode,
          durationMs: Math.max(0, ended - new Date(s.started_at).getTime()),
        },
        ip,
      },
    ]);
    for (const user of [s.supervisor_id, s.agent_id])
      await notifyCoach(tx, { organisationId: s.organisation_id, coachUser: user });
  });
}
