// Fixtures for the verb tests: the demo organisation's people and teams in a MemoryState with the
// leads, do-not-call entries and content a test gives, and `run`, which parses a verb's arguments
// as a desk does and executes it as one of those people.
import {
  DEMO_ORGANISATION,
  DEMO_ORGANISATION_ID,
  DEMO_TEAMS,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
} from '../../demo/index';
import type { ContentRow, User } from '../../domain/content';
import { activityIdSchema, type ActivityId, type LeadId, type UserId } from '../../domain/ids';
import type { Activity, Lead } from '../../domain/lead';
import type { DncEntry } from '../../domain/targets';
import { testLead } from '../../domain/testing/lead';
import { MemoryState } from '../state';
import { execute, type Actor, type Verb, type VerbContext, type VerbResult } from '../verb';

/** Monday 23 November 2026, 12:00 in Riyadh (inside the demo organisation's calling hours). */
export const NOW = Date.UTC(2026, 10, 23, 9);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const ORG = DEMO_ORGANISATION_ID;
export const U = DEMO_USER_IDS;
export type Who = keyof typeof DEMO_USER_IDS;

/** The id a desk minted for the first row an action appends (a UUIDv7). */
export const ACT: ActivityId = activityIdSchema.parse('019ab0c0-1234-7abc-8def-0123456789ab');

export function userOf(who: Who): User {
  const user = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS[who]);
  if (!user) throw new Error(`no demo user ${who}`);
  return user;
}

export function actorOf(who: Who | Actor): Actor {
  if (typeof who !== 'string') return who;
  const user = userOf(who);
  return { id: user.id, organisationId: ORG, roles: user.roles, teamId: user.teamId };
}

export function ctxOf(who: Who | Actor): VerbContext {
  return { actor: actorOf(who), organisation: DEMO_ORGANISATION };
}

/** A lead of the demo organisation: Faisal's, in the Gulf team, on a Saudi mobile number. */
export function lead(id: string, over: Partial<Lead> = {}): Lead {
  return testLead(id, {
    organisationId: ORG,
    ownerId: U.faisal,
    teamId: GULF_TEAM_ID,
    phoneE164: '+966501234567',
    country: 'SA',
    timezone: 'Asia/Riyadh',
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
    stageChangedAt: NOW - DAY,
    ...over,
  });
}

/** Someone who left the company: kept for the history, cannot sign in or be given work. */
export function retired(id: string, roles: User['roles'], over: Partial<User> = {}): User {
  return {
    id: id as UserId,
    displayName: `Retired ${roles.join('/')}`,
    email: `retired.${roles.join('.')}@rawaa.example`,
    roles,
    teamId: GULF_TEAM_ID,
    locale: 'ar',
    dailyCallTarget: 0,
    dailyBookingTarget: 0,
    disabled: true,
    ...over,
  };
}

export type WorldRows = {
  leads?: readonly Lead[];
  dnc?: readonly DncEntry[];
  content?: readonly ContentRow[];
  /** Extra people besides the demo's (or replacements: same id). */
  users?: readonly User[];
  /** Leads with a "do not call" call outcome in their history. */
  asked?: readonly LeadId[];
};

/** The loaded rows a verb sees: every demo person and team, plus the given rows. */
export function world(rows: WorldRows = {}): MemoryState {
  const state = new MemoryState();
  state.addUsers(DEMO_USERS.map((u) => ({ ...u })));
  state.addUsers(rows.users ?? []);
  for (const t of DEMO_TEAMS) state.teamRows.set(t.id, { ...t });
  for (const l of rows.leads ?? []) state.leads.set(l.id, l);
  for (const d of rows.dnc ?? []) state.dncEntries.set(d.phoneE164, d);
  for (const c of rows.content ?? []) state.contentById.set(c.id, c);
  for (const id of rows.asked ?? []) state.asked.add(id);
  return state;
}

/** A verb's arguments as a caller gives them: the time is NOW unless given. */
export type RunInput<I> = I extends unknown ? Omit<I, 'at'> & { at?: number } : never;

/** Parses the arguments (defaults filled) and executes the verb as `who`. */
export function run<A, R, I>(
  verb: Verb<A, R, I>,
  state: MemoryState,
  who: Who | Actor,
  input: RunInput<I>,
): VerbResult<R> {
  return execute(verb, state, verb.args.parse({ at: NOW, ...input }), ctxOf(who));
}

/** The refusal code of a result, or 'ok'. */
export function outcome(r: VerbResult<unknown>): string {
  return r.ok ? 'ok' : r.error.code;
}

/** The effects of an allowed run (throws with the refusal otherwise). */
export function effectsOf<R>(r: VerbResult<R>): Extract<VerbResult<R>, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.detail ?? ''}`);
  return r;
}

/** An activity row as a verb appends it for `who`. */
export function activity(
  who: Who,
  leadId: LeadId,
  fields: Pick<Activity, 'id' | 'type' | 'at'> & Partial<Activity>,
): Activity {
  return {
    leadId,
    agentId: U[who],
    durationSec: null,
    disposition: null,
    note: '',
    ...fields,
  };
}

/**
 * An activity of `who` on `lead`, stamped with where the lead stood before it (what activityOf
 * must write: its team, list, source, product on offer, and its stage and since when).
 */
export function activityOn(
  who: Who,
  l: Lead,
  fields: Pick<Activity, 'id' | 'type' | 'at'> & Partial<Activity>,
): Activity {
  const productId = l.deal?.productId ?? l.proposal?.productId ?? null;
  return activity(who, l.id, {
    context: {
      teamId: l.teamId,
      list: l.listName,
      source: l.source,
      ...(productId ? { productId } : {}),
      stageFrom: l.stage,
      stageSince: l.stageChangedAt,
    },
    ...fields,
  });
}

/** A caller the desk did not know, as an inbound call writes them down (addLead). */
export const NEW_CALLER = {
  name: 'Caller From The Advert',
  company: 'Al Noor Trading',
  phones: ['+966505550101'],
  email: null,
  country: 'SA',
  timezone: null,
  source: null,
  notes: '',
  custom: {},
};
