// Push: applies a desk's outbox batch exactly once, in order, in ONE transaction with the desk's
// last applied seq. Conditions and scope are checked in JavaScript against rows loaded with one
// SELECT … FOR UPDATE; the survivors are written with one statement per table. A rejected
// mutation has no effect at all; its seq still advances.
import type { Db, Queryable } from '../db/db';
import { noteRowsCreated } from '../db/statistics';
import { audit, type AuditEntry } from '../audit';
import { endUserSessions } from '../auth/sessions';
import { invalidRequest } from '../errors';
import { isUuid } from '../../shared/domain/ids';
import { salesTargetId } from '../../shared/domain/targets';
import type { OrganisationId, TeamId } from '../../shared/domain/ids';
import type {
  Mutation,
  MutationName,
  PushRequest,
  PushResponse,
  RejectionReason,
} from '../../shared/sync/protocol';
import type { Activity, Lead } from '../../shared/domain/lead';
import { leadInScope, scopeClass, type Caller, type ScopeClass } from './scope';

export const SYNC_CHANNEL = 'salesdesk_sync';

/** Names only supervisors and administrators may push. */
const SUPERVISOR_VERBS = new Set<MutationName>([
  'importLeads',
  'reassignLeads',
  'removeDnc',
  'putContent',
  'removeContent',
  'putTargets',
  'putSalesTarget',
]);
const ADMIN_VERBS = new Set<MutationName>(['putUser', 'putTeam']);
/** Agents' own work is in the activities; everything else is audited per mutation. */
const AGENT_VERBS = new Set<MutationName>([
  'setDisposition',
  'qualify',
  'handOff',
  'scheduleCallback',
  'sendProposal',
  'closeWon',
  'closeLost',
  'editContact',
  'addNote',
]);

type LeadState = {
  organisationId: string;
  data: Lead;
  inDb: boolean;
  changed: boolean;
};

type Member = { teamId: string | null; roles: string[] };

class Rejection {
  constructor(
    readonly reason: RejectionReason,
    readonly detail: string,
  ) {}
}

/** What one batch writes, accumulated over its accepted mutations (final state per key). */
type Writes = {
  activities: Map<string, Activity>;
  dnc: Map<string, Record<string, unknown> | null>;
  content: Map<string, { kind: string; data: Record<string, unknown> } | null>;
  targets: Map<string, Record<string, unknown>>;
  salesTargets: Map<string, { teamId: string | null; data: Record<string, unknown> }>;
  users: Map<string, Record<string, unknown>>;
  teams: Map<string, { name: Record<string, string>; supervisorId: string | null }>;
  disabled: Set<string>;
  audit: AuditEntry[];
  /** Leads whose owner or team changed: the desks of both sides must hear of it. */
  touchedTeams: Set<string>;
  touchedUsers: Set<string>;
  orgWide: boolean;
};

type Loaded = {
  leads: Map<string, LeadState>;
  users: Map<string, Member>;
  teams: Set<string>;
  emails: Map<string, string>;
  /** User and team ids of the batch that belong to another organisation. */
  foreign: Set<string>;
};

function reject(reason: RejectionReason, detail: string): never {
  throw new Rejection(reason, detail);
}

const RETRYABLE = new Set(['40P01', '40001', '23505']);
const MAX_ATTEMPTS = 5;

/**
 * Applies the batch. Throws HttpError 400 for a malformed batch (nothing written); per-mutation
 * problems come back in `rejected`.
 */
export async function push(
  db: Db,
  caller: Caller,
  request: PushRequest,
  ip: string | null = null,
): Promise<PushResponse> {
  let prev = 0;
  for (const m of request.mutations) {
    if (m.seq <= prev)
      throw invalidRequest(`Mutation seqs must increase strictly (${m.seq} after ${prev}).`);
    prev = m.seq;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const { response, created } = await db.transaction((tx) =>
        applyBatch(tx, caller, request, ip),
      );
      // Committed: a big import gets fresh planner statistics (db/statistics.ts), in the
      // background, after this transaction.
      noteRowsCreated(db, created);
      return response;
    } catch (error) {
      // A deadlock, or two desks creating the same lead at once: run the batch again; the
      // second time the lead exists and the create becomes a patch.
      const code = (error as { code?: unknown }).code;
      if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    }
  }
}

async function applyBatch(
  tx: Queryable,
  caller: Caller,
  request: PushRequest,
  ip: string | null,
): Promise<{ response: PushResponse; created: number }> {
  const { clientId } = request;
  const { rows: cur } = await tx.query<{ last_seq: string }>(
    `INSERT INTO client_cursors (user_id, client_id) VALUES ($1, $2)
     ON CONFLICT (user_id, client_id) DO UPDATE SET updated_at = now()
     RETURNING last_seq`,
    [caller.userId, clientId],
  );
  const lastSeq = Number(cur[0]?.last_seq ?? 0);
  const maxSeq = request.mutations.at(-1)?.seq ?? 0;
  const pending = request.mutations.filter((m) => m.seq > lastSeq);
  const replayed = request.mutations.length - pending.length;

  const rejected: PushResponse['rejected'] = [];
  if (replayed > 0) {
    // Already applied: no second effect, but the same answer as the first time.
    const { rows } = await tx.query<{ seq: string; reason: RejectionReason; detail: string }>(
      `SELECT seq, reason, detail FROM push_rejections
        WHERE user_id = $1 AND client_id = $2 AND seq = ANY($3::bigint[]) ORDER BY seq`,
      [
        caller.userId,
        clientId,
        request.mutations.filter((m) => m.seq <= lastSeq).map((m) => m.seq),
      ],
    );
    for (const r of rows) rejected.push({ seq: Number(r.seq), reason: r.reason, detail: r.detail });
  }
  if (pending.length === 0)
    return { response: { ackedSeq: Math.max(lastSeq, maxSeq), rejected }, created: 0 };

  const loaded = await load(tx, caller, pending);
  const writes: Writes = {
    activities: new Map(),
    dnc: new Map(),
    content: new Map(),
    targets: new Map(),
    salesTargets: new Map(),
    users: new Map(),
    teams: new Map(),
    disabled: new Set(),
    audit: [],
    touchedTeams: new Set(),
    touchedUsers: new Set(),
    orgWide: false,
  };
  const fresh: { seq: number; reason: RejectionReason; detail: string }[] = [];
  for (const m of pending) {
    try {
      evaluate(caller, m, loaded, writes, clientId, ip);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      fresh.push({ seq: m.seq, reason: error.reason, detail: error.detail });
    }
  }
  const created = await write(tx, caller, loaded, writes);
  if (fresh.length > 0) {
    await tx.query(
      `INSERT INTO push_rejections (user_id, client_id, seq, reason, detail)
       SELECT $1, $2, seq, reason, detail FROM jsonb_to_recordset($3::jsonb) AS v(seq bigint, reason text, detail text)
       ON CONFLICT DO NOTHING`,
      [caller.userId, clientId, JSON.stringify(fresh)],
    );
  }
  await tx.query(
    'UPDATE client_cursors SET last_seq = $3, updated_at = now() WHERE user_id = $1 AND client_id = $2',
    [caller.userId, clientId, maxSeq],
  );
  await notify(tx, caller.organisationId, writes, loaded);
  return { response: { ackedSeq: maxSeq, rejected: [...rejected, ...fresh] }, created };
}

async function load(tx: Queryable, caller: Caller, pending: Mutation[]): Promise<Loaded> {
  const leadIds = new Set<string>();
  const emails = new Set<string>();
  const peopleIds = new Set<string>();
  for (const m of pending) {
    for (const u of m.effects.users ?? []) if (isUuid(u.id)) peopleIds.add(u.id);
    for (const t of m.effects.teams ?? []) if (isUuid(t.id)) peopleIds.add(t.id);
    for (const l of m.effects.leads ?? []) leadIds.add(l.id);
    for (const a of m.effects.activities ?? []) leadIds.add(a.leadId);
    for (const u of m.effects.users ?? []) emails.add(u.email.trim().toLowerCase());
  }
  const leads = new Map<string, LeadState>();
  if (leadIds.size > 0) {
    // One statement locks every lead the batch touches, in id order (no deadlock between two
    // batches locking the same leads). Rows of other organisations are loaded too, to refuse them.
    const { rows } = await tx.query<{ id: string; organisation_id: string; data: Lead }>(
      'SELECT id, organisation_id, data FROM leads WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
      [[...leadIds]],
    );
    for (const r of rows) {
      leads.set(r.id, {
        organisationId: r.organisation_id,
        data: r.data,
        inDb: true,
        changed: false,
      });
    }
  }
  // The organisation's people and teams, only when the batch names any (an agent's calls and
  // notes on their own leads do not).
  const agent = scopeClass(caller.roles) === 'agent';
  const needMembers = pending.some(
    ({ effects: e }) =>
      (!agent && (e.activities?.length ?? 0) > 0) ||
      (e.leads ?? []).some(
        (l) => l.create || (l.patch && ('ownerId' in l.patch || 'teamId' in l.patch)),
      ) ||
      e.targets?.length ||
      e.salesTargets?.length ||
      e.users?.length ||
      e.teams?.length,
  );
  const { rows: members } = needMembers
    ? await tx.query<{ k: 'u' | 't'; id: string; team_id: string | null; roles: string[] | null }>(
        `SELECT 'u' AS k, id, team_id, roles FROM users WHERE organisation_id = $1
         UNION ALL SELECT 't', id, NULL, NULL FROM teams WHERE organisation_id = $1`,
        [caller.organisationId],
      )
    : { rows: [] };
  const people = members.filter((m) => m.k === 'u');
  const teams = members.filter((m) => m.k === 't');
  const taken = new Map<string, string>();
  if (emails.size > 0) {
    const { rows } = await tx.query<{ id: string; email: string }>(
      'SELECT id, lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[])',
      [[...emails]],
    );
    for (const r of rows) taken.set(r.email, r.id);
  }
  const foreign = new Set<string>();
  if (peopleIds.size > 0) {
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND organisation_id <> $2
       UNION SELECT id FROM teams WHERE id = ANY($1::uuid[]) AND organisation_id <> $2`,
      [[...peopleIds], caller.organisationId],
    );
    for (const r of rows) foreign.add(r.id);
  }
  return {
    foreign,
    leads,
    users: new Map(people.map((p) => [p.id, { teamId: p.team_id, roles: p.roles ?? [] }])),
    teams: new Set(teams.map((t) => t.id)),
    emails: taken,
  };
}

/** Checks one mutation against the state so far; on success folds its effects into `writes`. */
function evaluate(
  caller: Caller,
  m: Mutation,
  loaded: Loaded,
  writes: Writes,
  clientId: string,
  ip: string | null,
): void {
  const cls = scopeClass(caller.roles);
  if (ADMIN_VERBS.has(m.name) && cls !== 'admin')
    reject('forbidden', `${m.name} needs an administrator.`);
  if (SUPERVISOR_VERBS.has(m.name) && cls === 'agent') {
    reject('forbidden', `${m.name} needs a supervisor or an administrator.`);
  }
  const e = m.effects;
  // Everything is checked into a draft first: a rejection anywhere leaves no trace.
  const draft = new Map<string, LeadState>();
  const moves: {
    id: string;
    from: [string | null, string | null];
    to: [string | null, string | null];
  }[] = [];
  const current = (id: string) => draft.get(id) ?? loaded.leads.get(id);

  for (const effect of e.leads ?? []) {
    const before = current(effect.id);
    let next: Lead;
    if (!before) {
      if (!effect.create) reject('leadNotFound', `Lead ${effect.id} does not exist.`);
      if (effect.create.id !== effect.id) reject('invalid', `create.id differs from ${effect.id}.`);
      next = { ...effect.create, ...(effect.patch ?? {}) };
    } else {
      if (before.organisationId !== caller.organisationId) {
        reject('outOfScope', `Lead ${effect.id} is not yours to change.`);
      }
      if (!leadInScope(caller, before.data.ownerId, before.data.teamId)) {
        reject('outOfScope', `Lead ${effect.id} is no longer in your scope.`);
      }
      const want = effect.expect;
      if (want?.stage !== undefined && want.stage !== before.data.stage) {
        reject(
          'stageChanged',
          `Lead ${effect.id} is now in stage ${before.data.stage}, not ${want.stage}.`,
        );
      }
      if (want?.ownerId !== undefined && want.ownerId !== before.data.ownerId) {
        reject('ownerChanged', `Lead ${effect.id} has another owner now.`);
      }
      // Creating a lead that exists (a re-import, two desks) patches it with the given fields.
      const asPatch: Partial<Lead> = effect.create ? { ...effect.create } : {};
      next = { ...before.data, ...asPatch, ...(effect.patch ?? {}) };
    }
    next.id = effect.id;
    next.organisationId = caller.organisationId as OrganisationId;
    const ownerSet = !before || next.ownerId !== before.data.ownerId;
    if (ownerSet && next.ownerId !== null && !loaded.users.has(next.ownerId)) {
      reject('invalid', `Owner ${next.ownerId} is not a user of this organisation.`);
    }
    const teamSet = !before || next.teamId !== before.data.teamId;
    if (teamSet && next.teamId !== null && !loaded.teams.has(next.teamId)) {
      reject('invalid', `Team ${next.teamId} is not a team of this organisation.`);
    }
    const teamChanged = before ? next.teamId !== before.data.teamId : false;
    if (!before) {
      // A new lead must land where its creator may see it (an agent's own or team queue).
      if (!leadInScope(caller, next.ownerId, next.teamId)) {
        reject('outOfScope', `Lead ${effect.id} would be created outside your scope.`);
      }
    } else if (teamChanged && cls !== 'admin') {
      if (cls === 'agent' || next.teamId !== caller.teamId) {
        reject('forbidden', `Only an administrator may move lead ${effect.id} to another team.`);
      }
    }
    if (before && (next.ownerId !== before.data.ownerId || teamChanged)) {
      moves.push({
        id: effect.id,
        from: [before.data.ownerId, before.data.teamId],
        to: [next.ownerId, next.teamId],
      });
    }
    draft.set(effect.id, {
      organisationId: caller.organisationId,
      data: next,
      inDb: before?.inDb ?? false,
      changed: true,
    });
  }

  const acts: Activity[] = [];
  for (const a of e.activities ?? []) {
    // Scope as it was before this mutation: a hand-off appends its call to the lead it gives away.
    const lead = loaded.leads.get(a.leadId) ?? draft.get(a.leadId);
    if (!lead) reject('leadNotFound', `Lead ${a.leadId} of activity ${a.id} does not exist.`);
    if (
      lead.organisationId !== caller.organisationId ||
      !leadInScope(caller, lead.data.ownerId, lead.data.teamId)
    ) {
      reject('outOfScope', `Lead ${a.leadId} is no longer in your scope.`);
    }
    if (cls === 'agent' ? a.agentId !== caller.userId : !loaded.users.has(a.agentId)) {
      reject('forbidden', `Activity ${a.id} names another agent.`);
    }
    acts.push(a);
  }

  const dncRemoves = e.dnc?.remove ?? [];
  if (dncRemoves.length > 0 && cls === 'agent')
    reject('forbidden', 'Only a supervisor may remove do-not-call numbers.');
  if (e.content && cls === 'agent') reject('forbidden', 'Only a supervisor may edit content.');
  if ((e.targets?.length || e.salesTargets?.length) && cls === 'agent') {
    reject('forbidden', 'Only a supervisor may set targets.');
  }
  for (const t of e.targets ?? []) {
    const who = loaded.users.get(t.userId);
    if (!who) reject('invalid', `User ${t.userId} is not in this organisation.`);
    if (cls === 'supervisor' && (caller.teamId === null || who.teamId !== caller.teamId)) {
      reject('forbidden', `User ${t.userId} is not in your team.`);
    }
  }
  for (const t of e.salesTargets ?? []) {
    if (t.teamId !== null && !loaded.teams.has(t.teamId))
      reject('invalid', `Team ${t.teamId} does not exist.`);
    if (cls === 'supervisor' && (t.teamId === null || t.teamId !== caller.teamId)) {
      reject('forbidden', 'A supervisor sets targets for their own team only.');
    }
    if (t.id !== salesTargetId(t.teamId as TeamId | null, t.month)) {
      reject('invalid', `Sales target id ${t.id} does not match its team and month.`);
    }
  }
  if ((e.users?.length || e.teams?.length) && cls !== 'admin') {
    reject('forbidden', 'Only an administrator may change users and teams.');
  }
  const newTeams = new Set((e.teams ?? []).map((t) => t.id));
  for (const t of e.teams ?? []) {
    if (!isUuid(t.id)) reject('invalid', `Team id ${t.id} is not a UUID.`);
    if (loaded.foreign.has(t.id))
      reject('outOfScope', `Team ${t.id} belongs to another organisation.`);
    if (t.supervisorId !== null && !loaded.users.has(t.supervisorId)) {
      reject('invalid', `Supervisor ${t.supervisorId} is not in this organisation.`);
    }
  }
  const newUsers = new Map<string, Member>();
  for (const u of e.users ?? []) {
    if (!isUuid(u.id)) reject('invalid', `User id ${u.id} is not a UUID.`);
    const owner = loaded.emails.get(u.email.trim().toLowerCase());
    if (owner !== undefined && owner !== u.id)
      reject('invalid', `E-mail ${u.email} belongs to another user.`);
    if (loaded.foreign.has(u.id))
      reject('outOfScope', `User ${u.id} belongs to another organisation.`);
    if (u.teamId !== null && !loaded.teams.has(u.teamId) && !newTeams.has(u.teamId)) {
      reject('invalid', `Team ${u.teamId} does not exist.`);
    }
    newUsers.set(u.id, { teamId: u.teamId, roles: u.roles });
  }

  // Accepted: fold the draft into the batch state.
  for (const [id, state] of draft) loaded.leads.set(id, state);
  for (const a of acts) if (!writes.activities.has(a.id)) writes.activities.set(a.id, a);
  for (const d of e.dnc?.put ?? []) writes.dnc.set(d.phoneE164, d);
  for (const phone of dncRemoves) writes.dnc.set(phone, null);
  for (const c of e.content?.put ?? []) writes.content.set(c.id, { kind: c.kind, data: c.data });
  for (const id of e.content?.remove ?? []) writes.content.set(id, null);
  for (const t of e.targets ?? []) writes.targets.set(t.userId, t);
  for (const t of e.salesTargets ?? [])
    writes.salesTargets.set(t.id, { teamId: t.teamId, data: t });
  for (const t of e.teams ?? []) {
    writes.teams.set(t.id, { name: t.name, supervisorId: t.supervisorId });
    loaded.teams.add(t.id);
  }
  for (const u of e.users ?? []) {
    writes.users.set(u.id, u);
    loaded.emails.set(u.email.trim().toLowerCase(), u.id);
    if (u.disabled) writes.disabled.add(u.id);
    else writes.disabled.delete(u.id);
  }
  for (const [id, member] of newUsers) loaded.users.set(id, member);
  for (const { from, to } of moves) {
    for (const v of [from[0], to[0]]) if (v) writes.touchedUsers.add(v);
    for (const v of [from[1], to[1]]) if (v) writes.touchedTeams.add(v);
  }
  if (
    e.dnc ||
    e.content ||
    e.targets?.length ||
    e.salesTargets?.length ||
    e.users?.length ||
    e.teams?.length
  ) {
    writes.orgWide = true;
  }
  if (!AGENT_VERBS.has(m.name) || (moves.length > 0 && cls !== 'agent')) {
    writes.audit.push({
      organisationId: caller.organisationId,
      actorId: caller.userId,
      action: m.name,
      subject: auditSubject(m),
      detail: {
        seq: m.seq,
        clientId,
        args: m.args ?? null,
        leads: (e.leads ?? []).length,
        moves: moves.slice(0, 200),
        dncPut: e.dnc?.put?.length ?? 0,
        dncRemoved: dncRemoves.slice(0, 200),
        contentPut: (e.content?.put ?? []).map((c) => c.id),
        contentRemoved: e.content?.remove ?? [],
        users: (e.users ?? []).map((u) => ({
          id: u.id,
          roles: u.roles,
          teamId: u.teamId,
          disabled: !!u.disabled,
        })),
        teams: (e.teams ?? []).map((t) => t.id),
        targets: (e.targets ?? []).map((t) => t.userId),
        salesTargets: (e.salesTargets ?? []).map((t) => t.id),
      },
      ip,
    });
  }
}

function auditSubject(m: Mutation): string | null {
  const ids = [
    ...(m.effects.leads ?? []).map((l) => l.id),
    ...(m.effects.users ?? []).map((u) => u.id),
    ...(m.effects.teams ?? []).map((t) => t.id),
    ...(m.effects.content?.put ?? []).map((c) => c.id),
    ...(m.effects.content?.remove ?? []),
  ];
  if (ids.length === 0) return null;
  return ids.length === 1 ? (ids[0] ?? null) : `${ids[0]} and ${ids.length - 1} more`;
}

/** Writes the batch; returns how many lead and activity rows it inserted (at most). */
async function write(tx: Queryable, caller: Caller, loaded: Loaded, w: Writes): Promise<number> {
  const org = caller.organisationId;
  const created: unknown[] = [];
  const updated: unknown[] = [];
  for (const [id, s] of loaded.leads) {
    if (!s.changed) continue;
    const row = {
      id,
      owner_id: s.data.ownerId,
      team_id: s.data.teamId,
      stage: s.data.stage,
      data: s.data,
    };
    (s.inDb ? updated : created).push(row);
  }
  const recordset = 'AS v(id text, owner_id uuid, team_id uuid, stage text, data jsonb)';
  if (created.length > 0) {
    await tx.query(
      `INSERT INTO leads (id, organisation_id, owner_id, team_id, stage, data)
       SELECT v.id, $1, v.owner_id, v.team_id, v.stage, v.data FROM jsonb_to_recordset($2::jsonb) ${recordset}`,
      [org, JSON.stringify(created)],
    );
  }
  if (updated.length > 0) {
    await tx.query(
      `UPDATE leads AS l SET owner_id = v.owner_id, team_id = v.team_id, stage = v.stage, data = v.data, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) ${recordset} WHERE l.id = v.id`,
      [JSON.stringify(updated)],
    );
  }
  if (w.activities.size > 0) {
    await tx.query(
      `INSERT INTO activities (id, organisation_id, lead_id, agent_id, at, data)
       SELECT v.id, $1, v.lead_id, v.agent_id, v.at, v.data
         FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, lead_id text, agent_id uuid, at bigint, data jsonb)
       ON CONFLICT (id) DO NOTHING`,
      [
        org,
        JSON.stringify(
          [...w.activities.values()].map((a) => ({
            id: a.id,
            lead_id: a.leadId,
            agent_id: a.agentId,
            at: a.at,
            data: a,
          })),
        ),
      ],
    );
  }
  await putRemove(
    tx,
    w.dnc,
    `INSERT INTO dnc (organisation_id, phone_e164, data)
     SELECT $1, v.key, v.data FROM jsonb_to_recordset($2::jsonb) AS v(key text, data jsonb)
     ON CONFLICT (organisation_id, phone_e164) DO UPDATE SET data = EXCLUDED.data`,
    'DELETE FROM dnc WHERE organisation_id = $1 AND phone_e164 = ANY($2::text[])',
    org,
  );
  await putRemove(
    tx,
    w.content,
    `INSERT INTO content (organisation_id, id, kind, data)
     SELECT $1, v.key, v.data->>'kind', v.data->'data' FROM jsonb_to_recordset($2::jsonb) AS v(key text, data jsonb)
     ON CONFLICT (organisation_id, id) DO UPDATE SET kind = EXCLUDED.kind, data = EXCLUDED.data`,
    'DELETE FROM content WHERE organisation_id = $1 AND id = ANY($2::text[])',
    org,
  );
  if (w.teams.size > 0) {
    const { rowCount } = await tx.query(
      `INSERT INTO teams (id, organisation_id, name, name_localized, supervisor_id)
       SELECT v.id, $1, coalesce(v.name->>'en', v.name->>(SELECT min(k) FROM jsonb_object_keys(v.name) k), ''), v.name, v.supervisor_id
         FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, name jsonb, supervisor_id uuid)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_localized = EXCLUDED.name_localized,
         supervisor_id = EXCLUDED.supervisor_id
         WHERE teams.organisation_id = EXCLUDED.organisation_id`,
      [
        org,
        JSON.stringify(
          [...w.teams].map(([id, t]) => ({ id, name: t.name, supervisor_id: t.supervisorId })),
        ),
      ],
    );
    if (rowCount !== w.teams.size)
      throw invalidRequest('A team id belongs to another organisation.');
  }
  if (w.users.size > 0) {
    const { rowCount } = await tx.query(
      `INSERT INTO users (id, organisation_id, team_id, email, display_name, roles, locale,
                          daily_call_target, daily_booking_target, disabled_at)
       SELECT v.id, $1, v.team_id, v.email, v.display_name, v.roles, v.locale, v.daily_call_target,
              v.daily_booking_target, CASE WHEN v.disabled THEN now() END
         FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, team_id uuid, email text, display_name text,
              roles text[], locale text, daily_call_target int, daily_booking_target int, disabled boolean)
       ON CONFLICT (id) DO UPDATE SET team_id = EXCLUDED.team_id, email = EXCLUDED.email,
         display_name = EXCLUDED.display_name, roles = EXCLUDED.roles, locale = EXCLUDED.locale,
         daily_call_target = EXCLUDED.daily_call_target, daily_booking_target = EXCLUDED.daily_booking_target,
         disabled_at = CASE WHEN EXCLUDED.disabled_at IS NULL THEN NULL ELSE coalesce(users.disabled_at, now()) END
         WHERE users.organisation_id = EXCLUDED.organisation_id`,
      [
        org,
        JSON.stringify(
          [...w.users.values()].map((u) => ({
            id: u.id,
            team_id: u.teamId,
            email: u.email,
            display_name: u.displayName,
            roles: u.roles,
            locale: u.locale,
            daily_call_target: u.dailyCallTarget,
            daily_booking_target: u.dailyBookingTarget,
            disabled: !!u.disabled,
          })),
        ),
      ],
    );
    if (rowCount !== w.users.size)
      throw invalidRequest('A user id belongs to another organisation.');
    await endUserSessions(tx, [...w.disabled], 'disabled');
  }
  if (w.targets.size > 0) {
    await tx.query(
      `INSERT INTO rep_targets (organisation_id, user_id, data)
       SELECT $1, v.user_id, v.data FROM jsonb_to_recordset($2::jsonb) AS v(user_id uuid, data jsonb)
       ON CONFLICT (user_id) DO UPDATE SET data = EXCLUDED.data`,
      [org, JSON.stringify([...w.targets].map(([user_id, data]) => ({ user_id, data })))],
    );
  }
  if (w.salesTargets.size > 0) {
    await tx.query(
      `INSERT INTO sales_targets (organisation_id, id, team_id, data)
       SELECT $1, v.id, v.team_id, v.data FROM jsonb_to_recordset($2::jsonb) AS v(id text, team_id uuid, data jsonb)
       ON CONFLICT (organisation_id, id) DO UPDATE SET team_id = EXCLUDED.team_id, data = EXCLUDED.data`,
      [
        org,
        JSON.stringify(
          [...w.salesTargets].map(([id, t]) => ({ id, team_id: t.teamId, data: t.data })),
        ),
      ],
    );
  }
  await audit(tx, w.audit);
  return created.length + w.activities.size;
}

async function putRemove<T>(
  tx: Queryable,
  map: Map<string, T | null>,
  upsert: string,
  remove: string,
  org: string,
): Promise<void> {
  const puts = [...map].filter(([, v]) => v !== null).map(([key, data]) => ({ key, data }));
  const removes = [...map].filter(([, v]) => v === null).map(([key]) => key);
  if (removes.length > 0) await tx.query(remove, [org, removes]);
  if (puts.length > 0) await tx.query(upsert, [org, JSON.stringify(puts)]);
}

/** Poke payload: which part of the organisation changed (SSE subscribers filter on it). */
export type Poke = { o: string; t: string[]; u: string[]; all: boolean };

async function notify(tx: Queryable, org: string, w: Writes, loaded: Loaded): Promise<void> {
  const teams = new Set(w.touchedTeams);
  const users = new Set(w.touchedUsers);
  let any = w.orgWide || w.activities.size > 0;
  for (const s of loaded.leads.values()) {
    if (!s.changed) continue;
    any = true;
    if (s.data.teamId) teams.add(s.data.teamId);
    if (s.data.ownerId) users.add(s.data.ownerId);
  }
  for (const a of w.activities.values()) {
    const lead = loaded.leads.get(a.leadId);
    if (lead?.data.teamId) teams.add(lead.data.teamId);
    if (lead?.data.ownerId) users.add(lead.data.ownerId);
  }
  if (!any) return;
  let poke: Poke = { o: org, t: [...teams], u: [...users], all: w.orgWide };
  // NOTIFY payloads are limited to 8000 bytes: a huge batch pokes the whole organisation.
  if (JSON.stringify(poke).length > 7000) poke = { o: org, t: [], u: [], all: true };
  await tx.query('SELECT pg_notify($1, $2)', [SYNC_CHANNEL, JSON.stringify(poke)]);
}

export type { ScopeClass };
