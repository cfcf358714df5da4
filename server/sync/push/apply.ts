// Push, step 3b — apply: each decoded mutation in order against the batch's rows. The verb runs
// on the server's rows (conditions the desk relied on first, then the verb itself through the
// shared `execute`), the desk's claimed effects are checked against what it yielded, and only
// then is the result folded into the batch: a refused mutation leaves no trace.
import type { AuditEntry } from '../../audit';
import type { ContentRow, Team, User } from '../../../shared/domain/content';
import type { LeadId } from '../../../shared/domain/ids';
import type { Activity, Lead } from '../../../shared/domain/lead';
import { leadInScope, scopeClass, type ScopeActor } from '../../../shared/domain/scope';
import type { DncEntry, RepTargets, SalesTarget } from '../../../shared/domain/targets';
import { refusedClaim, unmetExpectation } from '../../../shared/mutations/claim';
import {
  patchedLead,
  patchFields,
  type Effects,
  type Setting,
} from '../../../shared/mutations/effects';
import type { MutationState } from '../../../shared/mutations/state';
import { execute, type VerbContext } from '../../../shared/mutations/verb';
import type { Decoded } from './decode';
import type { LoadedState } from './load';
import { refusalOf, type Refusal } from './refusal';

type Move = {
  id: string;
  from: [string | null, string | null];
  to: [string | null, string | null];
};

/** Everything the accepted mutations of a batch write, final state per key. */
export type BatchChanges = {
  leads: Set<LeadId>;
  /**
   * The fields the batch's patches set on each lead, or 'whole' when an effect replaced the row:
   * a lead read (and locked) in this batch is written as its stored row and these fields.
   */
  leadFields: Map<LeadId, Set<string> | 'whole'>;
  activities: Map<string, Activity>;
  dnc: Map<string, DncEntry | null>;
  content: Map<string, ContentRow | null>;
  targets: Map<string, RepTargets>;
  salesTargets: Map<string, SalesTarget>;
  users: Map<string, User>;
  teams: Map<string, Team>;
  settings: Map<string, Setting>;
  audit: AuditEntry[];
  /** Owners and teams whose desks must hear of the batch (both sides of a move). */
  touchedUsers: Set<string>;
  touchedTeams: Set<string>;
  /** Something every desk of the organisation keeps changed (lists, content, people, …). */
  orgWide: boolean;
};

export function emptyChanges(): BatchChanges {
  return {
    leads: new Set(),
    leadFields: new Map(),
    activities: new Map(),
    dnc: new Map(),
    content: new Map(),
    targets: new Map(),
    salesTargets: new Map(),
    users: new Map(),
    teams: new Map(),
    settings: new Map(),
    audit: [],
    touchedUsers: new Set(),
    touchedTeams: new Set(),
    orgWide: false,
  };
}

export type ApplyContext = VerbContext & { clientId: string; ip: string | null };

export function applyMutation(
  loaded: LoadedState,
  changes: BatchChanges,
  decoded: Decoded,
  ctx: ApplyContext,
): Refusal | null {
  const { mutation: m, verb, args } = decoded;
  const { state } = loaded;
  const hidden = outOfSight(m.effects, state, ctx);
  if (hidden) return { seq: m.seq, ...hidden };
  const unmet = unmetExpectation(m.effects, state);
  if (unmet) return { seq: m.seq, ...unmet };
  const r = execute(verb, state, args, ctx);
  if (!r.ok) return refusalOf(m.seq, m.name, r.error);

  // The leads as they will be, without touching the batch's rows yet.
  const finals = new Map<string, Lead>();
  for (const e of r.effects.leads ?? []) {
    const next = patchedLead(finals.get(e.id) ?? state.lead(e.id), e);
    if (next) finals.set(e.id, next);
  }
  const claim = refusedClaim(
    verb,
    m.effects,
    r.effects,
    {
      lead: (id) => finals.get(id) ?? state.lead(id),
    },
    ctx.actor.id,
  );
  if (claim) return { seq: m.seq, ...claim };

  const moves: Move[] = [];
  for (const [id, next] of finals) {
    const before = state.lead(next.id);
    if (before && (before.ownerId !== next.ownerId || before.teamId !== next.teamId))
      moves.push({ id, from: [before.ownerId, before.teamId], to: [next.ownerId, next.teamId] });
  }
  state.absorb(r.effects);
  foldEffects(changes, r.effects);
  for (const { from, to } of moves) {
    for (const u of [from[0], to[0]]) if (u) changes.touchedUsers.add(u);
    for (const t of [from[1], to[1]]) if (t) changes.touchedTeams.add(t);
  }
  if (verb.audited || (moves.length > 0 && scopeClass(ctx.actor.roles) !== 'agent'))
    changes.audit.push(auditEntry(decoded, r.effects, moves, ctx));
  return null;
}

/**
 * The answer to conditions the desk claims on a lead outside the caller's scope. They must not
 * tell a desk about leads it cannot see (their stage is never compared): the one conflict told
 * is that the owner the desk relied on, under which the lead was the caller's to work, is gone;
 * anything else is outOfScope.
 */
function outOfSight(
  claimed: Effects,
  state: MutationState,
  ctx: ApplyContext,
): Omit<Refusal, 'seq'> | null {
  const actor: ScopeActor = {
    userId: ctx.actor.id,
    teamId: ctx.actor.teamId,
    roles: ctx.actor.roles,
  };
  for (const e of claimed.leads ?? []) {
    const lead = e.expect ? state.lead(e.id) : undefined;
    if (!lead || leadInScope(actor, lead.ownerId, lead.teamId)) continue;
    const relied = e.expect?.ownerId;
    if (relied !== undefined && relied !== lead.ownerId && leadInScope(actor, relied, lead.teamId))
      return { reason: 'ownerChanged', detail: `Lead ${e.id} has another owner now.` };
    return { reason: 'outOfScope', detail: `Lead ${e.id} is not in your scope.` };
  }
  return null;
}

/** Folds an accepted mutation's effects into the batch's changes. */
export function foldEffects(c: BatchChanges, e: Effects): void {
  for (const l of e.leads ?? []) {
    c.leads.add(l.id);
    const fields = c.leadFields.get(l.id);
    if (l.create || fields === 'whole') c.leadFields.set(l.id, 'whole');
    else {
      const set = fields ?? new Set<string>();
      for (const f of patchFields(l.patch)) set.add(f);
      c.leadFields.set(l.id, set);
    }
  }
  for (const a of e.activities ?? []) if (!c.activities.has(a.id)) c.activities.set(a.id, a);
  for (const d of e.dnc?.put ?? []) c.dnc.set(d.phoneE164, d);
  for (const p of e.dnc?.remove ?? []) c.dnc.set(p, null);
  for (const row of e.content?.put ?? []) c.content.set(row.id, row);
  for (const id of e.content?.remove ?? []) c.content.set(id, null);
  for (const t of e.targets ?? []) c.targets.set(t.userId, t);
  for (const t of e.salesTargets ?? []) c.salesTargets.set(t.id, t);
  for (const u of e.users ?? []) c.users.set(u.id, u);
  for (const t of e.teams ?? []) c.teams.set(t.id, t);
  for (const s of e.settings ?? []) c.settings.set(s.key, s);
  if (
    e.dnc ||
    e.content ||
    e.targets?.length ||
    e.salesTargets?.length ||
    e.users?.length ||
    e.teams?.length ||
    e.settings?.length
  )
    c.orgWide = true;
}

/** Long lists (import rows, a national file's numbers) are counted, not copied, into the log. */
function auditArgs(args: unknown): unknown {
  if (typeof args !== 'object' || args === null) return args ?? null;
  return Object.fromEntries(
    Object.entries(args).map(([k, v]) => [
      k,
      Array.isArray(v) && v.length > 20 ? { count: v.length } : v,
    ]),
  );
}

function auditEntry(
  decoded: Decoded,
  effects: Effects,
  moves: Move[],
  ctx: ApplyContext,
): AuditEntry {
  const { mutation: m } = decoded;
  const ids = [
    ...(effects.leads ?? []).map((l) => l.id),
    ...(effects.users ?? []).map((u) => u.id),
    ...(effects.teams ?? []).map((t) => t.id),
    ...(effects.content?.put ?? []).map((c) => c.id),
    ...(effects.content?.remove ?? []),
  ];
  const subject =
    ids.length === 0
      ? null
      : ids.length === 1
        ? (ids[0] ?? null)
        : `${ids[0]} and ${ids.length - 1} more`;
  return {
    organisationId: ctx.actor.organisationId,
    actorId: ctx.actor.id,
    action: m.name,
    subject,
    detail: {
      seq: m.seq,
      clientId: ctx.clientId,
      args: auditArgs(decoded.args),
      leads: (effects.leads ?? []).length,
      moves: moves.slice(0, 200),
      dncPut: effects.dnc?.put?.length ?? 0,
      dncRemoved: (effects.dnc?.remove ?? []).slice(0, 200),
      contentPut: (effects.content?.put ?? []).map((c) => c.id),
      contentRemoved: effects.content?.remove ?? [],
      users: (effects.users ?? []).map((u) => ({
        id: u.id,
        roles: u.roles,
        teamId: u.teamId,
        disabled: !!u.disabled,
      })),
      teams: (effects.teams ?? []).map((t) => t.id),
      targets: (effects.targets ?? []).map((t) => t.userId),
      salesTargets: (effects.salesTargets ?? []).map((t) => t.id),
      settings: (effects.settings ?? []).map((s) => s.key),
    },
    ip: ctx.ip,
  };
}
