// Rows for push tests: fresh leads of their own (so no two cases share a lead or a phone number),
// every stored row at once (to prove that a refused mutation changed nothing), a lead's history,
// and mutations whose arguments the verb's own schema refuses.
import type { z } from 'zod';
import type { Db } from '../db/db';
import { insertLeads } from '../seed/demo';
import { activitySchema, leadSchema, type Activity, type Lead } from '../../shared/domain/lead';
import type { MutationName } from '../../shared/mutations/registry';
import type { Mutation } from '../../shared/sync/protocol';
import { lead, ORG, T0, type Desk } from './sync-fixture';

let made = 0;

/** A distinct, valid Saudi mobile number per call: +966 55 nnn nnnn. */
export function freshPhone(): string {
  made++;
  return `+96655${String(made).padStart(7, '0')}`;
}

/** A new lead in the database (`ownerId`/`teamId` say where), with its own id and number. */
export async function seedLead(
  db: Db,
  place: { ownerId: string | null; teamId: string | null },
  over: Partial<z.input<typeof leadSchema>> = {},
  organisationId: string = ORG,
): Promise<Lead> {
  const phone = freshPhone();
  const row = leadSchema.parse({
    ...lead(`lead-${phone.slice(1)}`, organisationId, place.ownerId, place.teamId),
    phoneE164: phone,
    ...over,
  });
  await db.transaction((tx) => insertLeads(tx, organisationId, [row]));
  return row;
}

/** Activities written straight into the database (history the lead already has). */
export async function seedActivities(
  db: Db,
  activities: readonly z.input<typeof activitySchema>[],
  organisationId: string = ORG,
): Promise<void> {
  const rows = activities.map((a) => activitySchema.parse(a));
  await db.transaction((tx) => insertLeads(tx, organisationId, [], rows));
}

/** A lead's history as stored, oldest first. */
export async function activitiesOf(db: Db, leadId: string): Promise<Activity[]> {
  const { rows } = await db.query<{ data: Activity }>(
    'SELECT data FROM activities WHERE lead_id = $1 ORDER BY at, id',
    [leadId],
  );
  return rows.map((r) => r.data);
}

/** Every synced table and the audit log, row by row (with xid and seq: a rewrite shows). */
const TABLES = [
  'dnc',
  'content',
  'rep_targets',
  'sales_targets',
  'users',
  'teams',
  'settings',
  'audit_log',
] as const;

/**
 * Everything a push can write, as text, in a stable order; `exceptLead` leaves out one lead and
 * its history (a witness mutation in the same batch changes those).
 */
export async function storedRows(db: Db, exceptLead = ''): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const read = async (name: string, sql: string, params: unknown[] = []) => {
    const { rows } = await db.query<{ r: string }>(sql, params);
    out[name] = rows.map((x) => x.r);
  };
  await read('leads', 'SELECT row_to_json(t)::text AS r FROM leads t WHERE id <> $1 ORDER BY 1', [
    exceptLead,
  ]);
  await read(
    'activities',
    'SELECT row_to_json(t)::text AS r FROM activities t WHERE lead_id <> $1 ORDER BY 1',
    [exceptLead],
  );
  for (const table of TABLES)
    await read(table, `SELECT row_to_json(t)::text AS r FROM ${table} t ORDER BY 1`);
  return out;
}

/** A mutation with arguments exactly as given (not parsed: the server's decode must refuse them). */
export function rawMutation(desk: Desk, name: MutationName, args: unknown): Mutation {
  const seq = ++desk.seq;
  return { seq, name, args, effects: {}, schemaVersion: 2, createdAt: T0 };
}

/** When a pushed mutation says it happened (its `at` argument). */
export function atOf(m: Mutation): number {
  const at = typeof m.args === 'object' && m.args !== null && 'at' in m.args ? m.args.at : null;
  if (typeof at !== 'number') throw new Error(`mutation ${m.seq} has no time`);
  return at;
}
