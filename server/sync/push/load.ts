// Push, step 3a — load: the rows the batch's verbs read, from PostgreSQL, in one go. Every lead
// the batch may change is locked (SELECT … FOR UPDATE, in id order, so two batches never
// deadlock on each other for long); another organisation's rows are never handed to a verb.
import type { Queryable } from '../../db/db';
import { contentRowSchema } from '../../../shared/domain/content';
import { leadNumbers } from '../../../shared/domain/dnc';
import { userIdSchema } from '../../../shared/domain/ids';
import type { Lead } from '../../../shared/domain/lead';
import type { DncEntry } from '../../../shared/domain/targets';
import { MemoryState, type Reads } from '../../../shared/mutations/state';
import {
  TEAM_COLUMNS,
  USER_COLUMNS,
  wireTeam,
  wireUser,
  type TeamRow,
  type UserRow,
} from '../rows';

export type LoadedState = {
  state: MemoryState;
  /** Leads that exist in the database (the rest of the batch's leads are inserted). */
  inDb: Set<string>;
};

export async function loadState(
  tx: Queryable,
  organisationId: string,
  reads: Required<Reads>,
): Promise<LoadedState> {
  const state = new MemoryState();
  const inDb = new Set<string>();
  const byPhone = new Set<string>();

  if (reads.leadsByPhone.length > 0) {
    // Only do-not-call verbs read by number; the calls of a batch never pay for this.
    const { rows } = await tx.query<{ lead_id: string }>(
      'SELECT DISTINCT lead_id FROM lead_phones WHERE organisation_id = $1 AND phone = ANY($2::text[])',
      [organisationId, reads.leadsByPhone],
      { name: 'push.load.by-phone' },
    );
    for (const r of rows) byPhone.add(r.lead_id);
  }
  const ids = [...new Set([...reads.leads, ...byPhone])];
  if (ids.length > 0) {
    // One plain primary-key lookup locks them all, in id order.
    const { rows } = await tx.query<{ id: string; organisation_id: string; data: Lead }>(
      'SELECT id, organisation_id, data FROM leads WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
      [ids],
      { name: 'push.load.leads' },
    );
    for (const r of rows) {
      if (r.organisation_id !== organisationId) {
        state.foreign.add(r.id);
        continue;
      }
      state.leads.set(r.id, r.data);
      inDb.add(r.id);
    }
  }

  const numbers = new Set(reads.dnc);
  for (const id of byPhone) {
    const lead = state.leads.get(id);
    if (lead) for (const n of leadNumbers(lead)) numbers.add(n);
  }
  if (numbers.size > 0) {
    const { rows } = await tx.query<{ data: DncEntry }>(
      'SELECT data FROM dnc WHERE organisation_id = $1 AND phone_e164 = ANY($2::text[])',
      [organisationId, [...numbers]],
      { name: 'push.load.dnc' },
    );
    for (const r of rows) state.dncEntries.set(r.data.phoneE164, r.data);
  }
  if (byPhone.size > 0) {
    // shared/domain/dnc.ts isDoNotCallRequest, as SQL: a call whose outcome was "do not call".
    const { rows } = await tx.query<{ lead_id: string }>(
      `SELECT DISTINCT lead_id FROM activities
        WHERE lead_id = ANY($1::text[]) AND data->>'type' = 'call' AND data->>'disposition' = 'doNotCall'`,
      [[...byPhone]],
      { name: 'push.load.asked' },
    );
    for (const r of rows) state.asked.add(r.lead_id);
  }

  if (reads.people) {
    const [users, teams] = await Promise.all([
      tx.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE organisation_id = $1`, [
        organisationId,
      ]),
      tx.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams WHERE organisation_id = $1`, [
        organisationId,
      ]),
    ]);
    state.addUsers(users.rows.map(wireUser));
    for (const t of teams.rows.map(wireTeam)) state.teamRows.set(t.id, t);
  }
  if (reads.emails.length > 0) {
    // E-mails are unique within an organisation; another's people are never looked at (an
    // administrator must not learn that an address is in use elsewhere).
    const { rows } = await tx.query<{ id: string; email: string }>(
      'SELECT id, lower(email) AS email FROM users WHERE organisation_id = $2 AND lower(email) = ANY($1::text[])',
      [reads.emails, organisationId],
      { name: 'push.load.emails' },
    );
    for (const r of rows)
      if (!state.emails.has(r.email)) state.emails.set(r.email, { id: userIdSchema.parse(r.id) });
  }
  if (reads.foreignIds.length > 0) {
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id::text AS id FROM users WHERE id = ANY($1::uuid[]) AND organisation_id <> $2
       UNION SELECT id::text FROM teams WHERE id = ANY($1::uuid[]) AND organisation_id <> $2`,
      [reads.foreignIds, organisationId],
      { name: 'push.load.foreign' },
    );
    for (const r of rows) state.foreign.add(r.id);
  }
  if (reads.content) {
    const { rows } = await tx.query<{ id: string; kind: string; data: unknown }>(
      'SELECT id, kind, data FROM content WHERE organisation_id = $1',
      [organisationId],
      { name: 'push.load.content' },
    );
    for (const r of rows) {
      const row = contentRowSchema.safeParse(r);
      // A row an older server stored in another shape is left to be replaced, not read.
      if (row.success) state.contentById.set(row.data.id, row.data);
    }
  }
  return { state, inDb };
}
