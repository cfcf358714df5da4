// The demo organisation of shared/demo (the same data the desk's offline demo shows), seeded into
// an EMPTY database only, every user with the demo password.
import type { Db, Queryable } from '../db/db';
import { analyze } from '../db/statistics';
import { hashPassword } from '../auth/passwords';
import { demoOrganisation, type DemoOrganisation } from '../../shared/demo/index';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import { activitySchema, leadSchema, type Activity, type Lead } from '../../shared/domain/lead';

// The wire protocol counts time in whole milliseconds; generated data may carry fractions.
function wholeMs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key: string, v: unknown) =>
    typeof v === 'number' && (key === 'at' || key.endsWith('At')) ? Math.round(v) : v,
  ) as T;
}

export type DemoSeedResult = { seeded: boolean; users: number; leads: number };

/** Seeds the demo when the database has no organisation; otherwise changes nothing. */
export async function seedDemo(
  db: Db,
  now = Date.now(),
  options: { leadCount?: number; demo?: DemoOrganisation } = {},
): Promise<DemoSeedResult> {
  const demo =
    options.demo ??
    demoOrganisation(now, options.leadCount ? { leadCount: options.leadCount } : {});
  const leads = demo.leads.map((l) => leadSchema.parse(wholeMs(l)));
  const activities = demo.activities.map((a) => activitySchema.parse(wholeMs(a)));
  const hash = await hashPassword(DEMO_PASSWORD);
  const o = demo.organisation;
  const result = await db.transaction(async (tx): Promise<DemoSeedResult> => {
    const { rowCount } = await tx.query('SELECT 1 FROM organisations LIMIT 1');
    if (rowCount > 0) return { seeded: false, users: 0, leads: 0 };
    await tx.query(
      `INSERT INTO organisations (id, name, name_localized, default_language, timezone, currency,
                                  calling_start_minutes, calling_end_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        o.id,
        o.name.en ?? Object.values(o.name)[0] ?? 'Demo',
        JSON.stringify(o.name),
        o.defaultLanguage,
        o.timezone,
        o.currency,
        o.callingWindow.startMinutes,
        o.callingWindow.endMinutes,
      ],
    );
    await tx.query(
      `INSERT INTO teams (id, organisation_id, name, name_localized)
       SELECT v.id, $1, v.name->>'en', v.name FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, name jsonb)`,
      [o.id, JSON.stringify(demo.teams.map((t) => ({ id: t.id, name: t.name })))],
    );
    // One hash for every demo user: the demo password is public anyway.
    await tx.query(
      `INSERT INTO users (id, organisation_id, team_id, email, display_name, roles, locale,
                          daily_call_target, daily_booking_target, password_hash)
       SELECT v.id, $1, v.team_id, v.email, v.display_name, v.roles, v.locale, v.calls, v.bookings, $3
         FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, team_id uuid, email text, display_name text,
              roles text[], locale text, calls int, bookings int)`,
      [
        o.id,
        JSON.stringify(
          demo.users.map((u) => ({
            id: u.id,
            team_id: u.teamId,
            email: u.email,
            display_name: u.displayName,
            roles: u.roles,
            locale: u.locale,
            calls: u.dailyCallTarget,
            bookings: u.dailyBookingTarget,
          })),
        ),
        hash,
      ],
    );
    await tx.query(
      `UPDATE teams t SET supervisor_id = v.supervisor_id
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, supervisor_id uuid) WHERE t.id = v.id`,
      [JSON.stringify(demo.teams.map((t) => ({ id: t.id, supervisor_id: t.supervisorId })))],
    );
    const content = [
      ...demo.products.map((p) => ({ id: p.id, kind: 'product', data: p })),
      ...demo.scripts.map((p) => ({ id: p.id, kind: 'script', data: p })),
      ...demo.objections.map((p) => ({ id: p.id, kind: 'objection', data: p })),
      ...demo.closingTechniques.map((p) => ({ id: p.id, kind: 'closing', data: p })),
      ...demo.messageTemplates.map((p) => ({ id: p.id, kind: 'message', data: p })),
    ];
    await tx.query(
      `INSERT INTO content (organisation_id, id, kind, data)
       SELECT $1, v.id, v.kind, v.data FROM jsonb_to_recordset($2::jsonb) AS v(id text, kind text, data jsonb)`,
      [o.id, JSON.stringify(content)],
    );
    await insertLeads(tx, o.id, leads, activities);
    return { seeded: true, users: demo.users.length, leads: leads.length };
  });
  // A bulk load: without statistics the planner reads whole tables for every pull page.
  if (result.seeded) await analyze(db);
  return result;
}

/** Bulk insert of whole leads and their activities (demo, benchmarks), 5,000 rows a statement. */
export async function insertLeads(
  tx: Queryable,
  organisationId: string,
  leads: readonly Lead[],
  activities: readonly Activity[] = [],
): Promise<void> {
  for (let i = 0; i < leads.length; i += 5000) {
    const chunk = leads.slice(i, i + 5000).map((l) => ({
      id: l.id,
      owner_id: l.ownerId,
      team_id: l.teamId,
      stage: l.stage,
      data: { ...l, organisationId },
    }));
    await tx.query(
      `INSERT INTO leads (id, organisation_id, owner_id, team_id, stage, data)
       SELECT v.id, $1, v.owner_id, v.team_id, v.stage, v.data
         FROM jsonb_to_recordset($2::jsonb) AS v(id text, owner_id uuid, team_id uuid, stage text, data jsonb)`,
      [organisationId, JSON.stringify(chunk)],
    );
  }
  for (let i = 0; i < activities.length; i += 5000) {
    const chunk = activities.slice(i, i + 5000).map((a) => ({
      id: a.id,
      lead_id: a.leadId,
      agent_id: a.agentId,
      at: a.at,
      data: a,
    }));
    await tx.query(
      `INSERT INTO activities (id, organisation_id, lead_id, agent_id, at, data)
       SELECT v.id, $1, v.lead_id, v.agent_id, v.at, v.data
         FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, lead_id text, agent_id uuid, at bigint, data jsonb)`,
      [organisationId, JSON.stringify(chunk)],
    );
  }
}
