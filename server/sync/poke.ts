// The live poke: the NOTIFY on SYNC_CHANNEL that tells every server process which part of an
// organisation changed, so each one pokes only the event streams it may concern (hub.ts).
import { z } from 'zod';
import type { Queryable } from '../db/db';

export const SYNC_CHANNEL = 'salesdesk_sync';

/**
 * Which part of the organisation changed: its teams, the users whose own leads changed, or all.
 * `presence`: nothing to pull — an agent of `teams` changed state, which only the wallboards of
 * their supervisors (and administrators) want to hear.
 */
export type Poke = {
  organisationId: string;
  teams: string[];
  users: string[];
  all: boolean;
  presence?: boolean;
};

const pokeSchema = z.object({
  organisationId: z.string(),
  teams: z.array(z.string()),
  users: z.array(z.string()),
  all: z.boolean(),
  presence: z.boolean().optional(),
});

// NOTIFY payloads are limited to 8000 bytes (the ids are ASCII, so characters are bytes).
export const MAX_POKE_CHARS = 7000;

/** The payload to send: `poke` itself, or "all of the organisation" when it is too long. */
export function pokePayload(poke: Poke): string {
  const json = JSON.stringify(poke);
  if (json.length <= MAX_POKE_CHARS) return json;
  const all: Poke = { organisationId: poke.organisationId, teams: [], users: [], all: true };
  return JSON.stringify(all);
}

/** NOTIFYs every server process; inside a transaction it is delivered at commit, never on rollback. */
export async function notifyPoke(tx: Queryable, poke: Poke): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [SYNC_CHANNEL, pokePayload(poke)], {
    name: 'sync.poke',
  });
}

/** JSON, or undefined when the payload is none. */
function json(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}

/** A received payload as a Poke, or null when it is not one (garbled, or another version's). */
export function parsePoke(payload: string): Poke | null {
  const r = pokeSchema.safeParse(json(payload));
  return r.success ? r.data : null;
}

/**
 * Sessions that ended (signed out, revoked, reuse) and users whose sessions all ended (disabled):
 * every server process closes their open event streams at once. Sent on the same channel.
 */
export type SessionsEnded = { endedSessions: string[]; endedUsers: string[] };

const endedSchema = z.object({
  endedSessions: z.array(z.string()),
  endedUsers: z.array(z.string()),
});

/** NOTIFYs the ended sessions and users, in as many payloads as their ids need. */
export async function notifySessionsEnded(
  tx: Queryable,
  ended: { sessions: readonly string[]; users: readonly string[] },
): Promise<void> {
  // A UUID with its quotes and comma is 39 characters: 150 of them stay well under the limit.
  const PER_PAYLOAD = 150;
  const ids = [
    ...ended.sessions.map((id) => ({ id, kind: 'session' as const })),
    ...ended.users.map((id) => ({ id, kind: 'user' as const })),
  ];
  for (let i = 0; i < ids.length; i += PER_PAYLOAD) {
    const part = ids.slice(i, i + PER_PAYLOAD);
    const payload: SessionsEnded = {
      endedSessions: part.filter((p) => p.kind === 'session').map((p) => p.id),
      endedUsers: part.filter((p) => p.kind === 'user').map((p) => p.id),
    };
    await tx.query('SELECT pg_notify($1, $2)', [SYNC_CHANNEL, JSON.stringify(payload)]);
  }
}

/**
 * A live-coaching session has news for one person (a signal waiting, or the session ended): only
 * that person's streams are told, as event `coach`; the desk then reads its coaching signals.
 */
export type CoachNotice = { organisationId: string; coachUser: string };

const coachSchema = z.object({ organisationId: z.string(), coachUser: z.string() });

/** NOTIFYs every server process that `coachUser` has coaching news (delivered at commit). */
export async function notifyCoach(tx: Queryable, notice: CoachNotice): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [SYNC_CHANNEL, JSON.stringify(notice)]);
}

export type LiveMessage =
  | { kind: 'poke'; poke: Poke }
  | { kind: 'ended'; ended: SessionsEnded }
  | { kind: 'coach'; coach: CoachNotice };

/** A received payload: a poke, ended sessions, coaching news, or null when it is neither. */
export function parseLiveMessage(payload: string): LiveMessage | null {
  const value = json(payload);
  const poke = pokeSchema.safeParse(value);
  if (poke.success) return { kind: 'poke', poke: poke.data };
  const coach = coachSchema.safeParse(value);
  if (coach.success) return { kind: 'coach', coach: coach.data };
  const ended = endedSchema.safeParse(value);
  return ended.success ? { kind: 'ended', ended: ended.data } : null;
}
