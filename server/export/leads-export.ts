// The lead CSV export: the leads in a caller's scope with their owners' names, as a CSV document
// (UTF-8 BOM for Excel), audited as `exportLeads`.
import type { Queryable } from '../db/db';
import { audit } from '../audit';
import { named, scopeSql, type Caller } from '../sync/scope';
import { toCsv } from '../../shared/csv/write';
import type { Lead } from '../../shared/domain/lead';

export type ExportRow = { lead: Lead; ownerName: string | null };

const HEADER = [
  'id',
  'name',
  'company',
  'phone',
  'email',
  'country',
  'stage',
  'owner',
  'ownerId',
  'teamId',
  'list',
  'source',
  'priority',
  'touches',
  'nextCallAt',
  'createdAt',
  'updatedAt',
  'lostReason',
  'dealAmount',
  'dealCurrency',
] as const;

/** The caller's leads (in `stage`, when one is given), in id order. */
export async function selectExportRows(
  db: Queryable,
  caller: Caller,
  stage: string | null,
): Promise<ExportRow[]> {
  const q = named(
    `SELECT l.data, u.display_name AS owner_name FROM leads l LEFT JOIN users u ON u.id = l.owner_id
      WHERE l.organisation_id = {org} AND ${scopeSql(caller, 'l.owner_id', 'l.team_id')}
        ${stage ? 'AND l.stage = {stage}' : ''}
      ORDER BY l.id`,
    { org: caller.organisationId, user: caller.userId, team: caller.teamId, stage },
  );
  const { rows } = await db.query<{ data: Lead; owner_name: string | null }>(q.text, q.params);
  return rows.map((r) => ({ lead: r.data, ownerName: r.owner_name }));
}

export function leadsCsv(rows: readonly ExportRow[]): string {
  const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
  return toCsv(
    HEADER,
    rows.map(({ lead: l, ownerName }) => [
      l.id,
      l.name,
      l.company,
      l.phoneE164,
      l.email,
      l.country,
      l.stage,
      ownerName,
      l.ownerId,
      l.teamId,
      l.listName,
      l.source,
      l.priority,
      l.touches,
      iso(l.nextCallAt),
      iso(l.createdAt),
      iso(l.updatedAt),
      l.lostReason,
      l.deal?.amount ?? null,
      l.deal?.currency ?? null,
    ]),
  );
}

/** The caller's leads as CSV; the export is audited (how many rows, which stage). */
export async function exportLeads(
  db: Queryable,
  caller: Caller,
  { stage, ip }: { stage: string | null; ip: string },
): Promise<string> {
  const rows = await selectExportRows(db, caller, stage);
  const csv = leadsCsv(rows);
  await audit(db, [
    {
      organisationId: caller.organisationId,
      actorId: caller.userId,
      action: 'exportLeads',
      subject: null,
      detail: { rows: rows.length, stage },
      ip,
    },
  ]);
  return csv;
}
