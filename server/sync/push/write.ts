// Push, step 4 — write: everything the batch's accepted mutations changed, set-based (one
// statement per table, rows as one JSON recordset), then the audit rows and one poke.
import type { Queryable } from '../../db/db';
import { audit } from '../../audit';
import { endUserSessions } from '../../auth/sessions';
import { invalidRequest } from '../../errors';
import type { Poke } from '../poke';
import type { BatchChanges } from './apply';
import type { LoadedState } from './load';
import type { Lead } from '../../../shared/domain/lead';

/**
 * Writes the batch; returns how many lead and activity rows it inserted (at most) and the poke
 * its commit must send (null when no desk needs to hear of it).
 */
export async function writeChanges(
  tx: Queryable,
  organisationId: string,
  loaded: LoadedState,
  c: BatchChanges,
): Promise<{ created: number; poke: Poke | null }> {
  const org = organisationId;
  const created: unknown[] = [];
  const updated: unknown[] = [];
  for (const id of c.leads) {
    const data = loaded.state.lead(id);
    if (!data) continue;
    const columns = { id, owner_id: data.ownerId, team_id: data.teamId, stage: data.stage };
    if (!loaded.inDb.has(id)) created.push({ ...columns, data });
    else updated.push({ ...columns, ...storedAnd(data, c.leadFields.get(id)) });
  }
  if (created.length > 0) {
    await tx.query(
      `INSERT INTO leads (id, organisation_id, owner_id, team_id, stage, data)
       SELECT v.id, $1, v.owner_id, v.team_id, v.stage, v.data
         FROM jsonb_to_recordset($2::jsonb) AS v(id text, owner_id uuid, team_id uuid, stage text, data jsonb)`,
      [org, JSON.stringify(created)],
      { name: 'push.write.lead-insert' },
    );
  }
  const activities = [...c.activities.values()];
  if (updated.length > 0 || activities.length > 0) {
    // One statement for the leads read in this batch and the activities. A lead is written as the
    // row locked and read for the batch with the fields its patches set: the same data as the
    // whole lead, without sending and parsing the whole lead again. An activity is sent once and
    // its columns taken from it.
    await tx.query(
      `WITH updated AS (
         UPDATE leads AS l SET owner_id = v.owner_id, team_id = v.team_id, stage = v.stage,
                data = coalesce(v.data, l.data || v.patch), updated_at = now()
           FROM jsonb_to_recordset($1::jsonb)
             AS v(id text, owner_id uuid, team_id uuid, stage text, data jsonb, patch jsonb)
          WHERE l.id = v.id)
       INSERT INTO activities (id, organisation_id, lead_id, agent_id, at, data)
       SELECT (a->>'id')::uuid, $2, a->>'leadId', (a->>'agentId')::uuid, (a->>'at')::bigint, a
         FROM jsonb_array_elements($3::jsonb) AS a
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(updated), org, JSON.stringify(activities)],
      { name: 'push.write.leads-activities' },
    );
  }
  await putRemove(
    tx,
    c.dnc,
    `INSERT INTO dnc (organisation_id, phone_e164, data)
     SELECT $1, v.key, v.data FROM jsonb_to_recordset($2::jsonb) AS v(key text, data jsonb)
     ON CONFLICT (organisation_id, phone_e164) DO UPDATE SET data = EXCLUDED.data`,
    'DELETE FROM dnc WHERE organisation_id = $1 AND phone_e164 = ANY($2::text[])',
    org,
    'push.write.dnc',
  );
  await putRemove(
    tx,
    c.content,
    `INSERT INTO content (organisation_id, id, kind, data)
     SELECT $1, v.key, v.data->>'kind', v.data->'data' FROM jsonb_to_recordset($2::jsonb) AS v(key text, data jsonb)
     ON CONFLICT (organisation_id, id) DO UPDATE SET kind = EXCLUDED.kind, data = EXCLUDED.data`,
    'DELETE FROM content WHERE organisation_id = $1 AND id = ANY($2::text[])',
    org,
    'push.write.content',
  );
  if (c.teams.size > 0) {
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
          [...c.teams.values()].map((t) => ({
            id: t.id,
            name: t.name,
            supervisor_id: t.supervisorId,
          })),
        ),
      ],
      { name: 'push.write.teams' },
    );
    // The verbs refuse another organisation's ids; a race with a new one there ends here.
    if (rowCount !== c.teams.size)
      throw invalidRequest('A team id belongs to another organisation.');
  }
  if (c.users.size > 0) {
    const users = [...c.users.values()];
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
          users.map((u) => ({
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
      { name: 'push.write.users' },
    );
    if (rowCount !== c.users.size)
      throw invalidRequest('A user id belongs to another organisation.');
    // A person who can no longer sign in is signed out everywhere, now.
    await endUserSessions(
      tx,
      users.filter((u) => u.disabled).map((u) => u.id),
      'disabled',
    );
  }
  if (c.targets.size > 0) {
    await tx.query(
      `INSERT INTO rep_targets (organisation_id, user_id, data)
       SELECT $1, v.user_id, v.data FROM jsonb_to_recordset($2::jsonb) AS v(user_id uuid, data jsonb)
       ON CONFLICT (user_id) DO UPDATE SET data = EXCLUDED.data`,
      [org, JSON.stringify([...c.targets].map(([user_id, data]) => ({ user_id, data })))],
      { name: 'push.write.targets' },
    );
  }
  if (c.salesTargets.size > 0) {
    await tx.query(
      `INSERT INTO sales_targets (organisation_id, id, team_id, data)
       SELECT $1, v.id, v.team_id, v.data FROM jsonb_to_recordset($2::jsonb) AS v(id text, team_id uuid, data jsonb)
       ON CONFLICT (organisation_id, id) DO UPDATE SET team_id = EXCLUDED.team_id, data = EXCLUDED.data`,
      [
        org,
        JSON.stringify([...c.salesTargets].map(([id, t]) => ({ id, team_id: t.teamId, data: t }))),
      ],
      { name: 'push.write.sales-targets' },
    );
  }
  if (c.settings.size > 0) {
    await tx.query(
      `INSERT INTO settings (organisation_id, key, data)
       SELECT $1, v.key, v.data FROM jsonb_to_recordset($2::jsonb) AS v(key text, data jsonb)
       ON CONFLICT (organisation_id, key) DO UPDATE SET data = EXCLUDED.data`,
      [org, JSON.stringify([...c.settings].map(([key, data]) => ({ key, data })))],
      { name: 'push.write.settings' },
    );
  }
  await audit(tx, c.audit);
  return { created: created.length + activities.length, poke: pokeOf(organisationId, loaded, c) };
}

/**
 * What an UPDATE needs of a lead read in this batch: the fields its patches set (`patch`, merged
 * into the stored row), or the whole lead (`data`) when an effect replaced the row or a patch
 * removed a field (a key the stored row keeps under `||`).
 */
function storedAnd(
  lead: Lead,
  fields: Set<string> | 'whole' | undefined,
): { data: Lead } | { patch: Record<string, unknown> } {
  if (fields === undefined || fields === 'whole') return { data: lead };
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    const value = (lead as Record<string, unknown>)[f];
    if (value === undefined) return { data: lead };
    patch[f] = value;
  }
  return { patch };
}

async function putRemove<T>(
  tx: Queryable,
  map: Map<string, T | null>,
  upsert: string,
  remove: string,
  org: string,
  name: string,
): Promise<void> {
  const puts = [...map].filter(([, v]) => v !== null).map(([key, data]) => ({ key, data }));
  const removes = [...map].filter(([, v]) => v === null).map(([key]) => key);
  if (removes.length > 0) await tx.query(remove, [org, removes], { name: `${name}-remove` });
  if (puts.length > 0) await tx.query(upsert, [org, JSON.stringify(puts)], { name: `${name}-put` });
}

/** One poke for the batch: the teams and owners whose desks may see what changed. */
function pokeOf(organisationId: string, loaded: LoadedState, c: BatchChanges): Poke | null {
  const teams = new Set(c.touchedTeams);
  const users = new Set(c.touchedUsers);
  const leadIds = new Set([...c.leads, ...[...c.activities.values()].map((a) => a.leadId)]);
  for (const id of leadIds) {
    const lead = loaded.state.lead(id);
    if (lead?.teamId) teams.add(lead.teamId);
    if (lead?.ownerId) users.add(lead.ownerId);
  }
  if (!c.orgWide && leadIds.size === 0) return null;
  return { organisationId, teams: [...teams], users: [...users], all: c.orgWide };
}
