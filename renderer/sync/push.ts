// Push: outbox entries in seq order, in batches, as `pushRequestSchema`. On the answer, ONE
// transaction drops every entry up to `ackedSeq` and records the refused ones for the agent.
import {
  mutationSchema,
  type Mutation,
  type PushRequest,
  type PushResponse,
  type RejectionReason,
} from '../../shared/sync/protocol';
import {
  toStoredLead,
  type DeskDatabase,
  type OutboxEntry,
  type RejectionRecord,
  type StoredLead,
} from '../db/schema';
import { OUTBOX_SCHEMA_VERSION } from '../db/outbox';
import { outboxLeadIds } from '../db/outbox-leads';
import { dropSettledBases } from '../db/base-keeping';
import { deleteActivities } from '../db/fact-store';
import { pendingLeadPatches, rebaseLead } from './rebase';
import { keepSent, loadGeneration } from './generation';

export const PUSH_BATCH_SIZE = 100;
/**
 * Most bytes of JSON a batch carries (the server takes 5 MiB): a national do-not-call file's
 * parts of 10,000 numbers are ~1.5 MB each, so they go one at a time. A single bigger entry
 * still goes alone.
 */
export const PUSH_BATCH_BYTES = 2 * 1024 * 1024;

const utf8 = new TextEncoder();
/** Bytes as sent: UTF-8 JSON, where an Arabic or Turkish letter takes two and more. */
const wireSize = (value: unknown): number => utf8.encode(JSON.stringify(value)).length;

export type PushBatch = {
  request: PushRequest;
  /** Entries that can never be sent (malformed): refused locally, as the server would. */
  invalid: OutboxEntry[];
  /** Highest seq in this batch, sent or not. */
  lastSeq: number;
};

/** The next batch: the oldest entries of one client id, up to `size`; null when none wait. */
export async function nextPushBatch(
  db: DeskDatabase,
  size: number = PUSH_BATCH_SIZE,
): Promise<PushBatch | null> {
  const entries = await db.outbox.orderBy('seq').limit(size).toArray();
  if (!entries.length) return null;
  const clientId = entries[0]?.clientId;
  if (!clientId) return null;
  const mutations: Mutation[] = [];
  const invalid: OutboxEntry[] = [];
  let lastSeq = 0;
  // The request itself, then each mutation with the comma before it.
  let bytes = wireSize({ clientId, mutations: [] });
  for (const entry of entries) {
    // One request carries one client id (a desk only ever has one; this is belt and braces).
    if (entry.clientId !== clientId) break;
    // An entry of an older format (before the verbs) cannot be read by this protocol.
    const parsed =
      entry.schemaVersion === OUTBOX_SCHEMA_VERSION
        ? mutationSchema.safeParse(toMutation(entry))
        : null;
    if (parsed?.success) {
      const size = wireSize(parsed.data) + (mutations.length > 0 ? 1 : 0);
      if (mutations.length > 0 && bytes + size > PUSH_BATCH_BYTES) break;
      bytes += size;
      mutations.push(parsed.data);
    } else invalid.push(entry);
    lastSeq = entry.seq ?? lastSeq;
  }
  // The server generation this desk synced with: a restored server refuses the batch (409).
  const generation = await loadGeneration(db);
  return {
    request: { clientId, mutations, ...(generation ? { generation } : {}) },
    invalid,
    lastSeq,
  };
}

export function toMutation(entry: OutboxEntry): Mutation {
  return {
    seq: entry.seq ?? 0,
    name: entry.name as Mutation['name'],
    // JSON round trip: args may hold undefined fields the server's JSON would drop anyway.
    args: entry.args === undefined ? null : entry.args,
    effects: entry.effects ?? {},
    schemaVersion: entry.schemaVersion,
    createdAt: entry.createdAt,
  };
}

type Refusal = { seq: number; reason: RejectionReason | string; detail: string };

/**
 * Records the server's answer: entries up to `ackedSeq` leave the outbox, refused ones become
 * rejections with the lead they were about. Entries found invalid on the desk count as refused.
 * A refused change is also undone on the desk — its leads go back to the server's last version
 * with the still-pending changes on top, its activities go — so the desk converges with the
 * server even when the server never sends those leads again.
 */
export async function recordPushResult(
  db: DeskDatabase,
  ackedSeq: number,
  refused: readonly Refusal[],
  now: number,
): Promise<number> {
  const tables = [
    db.outbox,
    db.rejections,
    db.leads,
    db.leadBase,
    db.activities,
    db.sent,
    db.facts,
    db.factMonths,
    db.factRepMonths,
    db.factOrgMonths,
    db.factLeads,
    db.meta,
  ];
  return db.transaction('rw', tables, async () => {
    const bySeq = new Map(refused.map((r) => [r.seq, r]));
    const done = await db.outbox.where('seq').belowOrEqual(ackedSeq).toArray();
    const records: RejectionRecord[] = [];
    const undoLeads = new Set<string>();
    const undoActivities: string[] = [];
    for (const entry of done) {
      const refusal = bySeq.get(entry.seq ?? -1);
      if (!refusal) continue;
      const leadId = leadOf(entry);
      const lead = leadId ? await db.leads.get(leadId as never) : undefined;
      records.push({
        seq: entry.seq ?? 0,
        name: entry.name,
        reason: refusal.reason,
        detail: refusal.detail,
        leadId,
        leadName: lead?.name ?? nameFromEffects(entry, leadId),
        at: now,
      });
      for (const effect of entry.effects?.leads ?? []) undoLeads.add(effect.id);
      for (const activity of entry.effects?.activities ?? []) undoActivities.push(activity.id);
    }
    if (records.length) await db.rejections.bulkAdd(records);
    // Applied ones are kept a while: a server restored from an older backup gets them again.
    await keepSent(
      db,
      done.filter((e) => !bySeq.has(e.seq ?? -1)),
      now,
    );
    await db.outbox.where('seq').belowOrEqual(ackedSeq).delete();
    if (undoActivities.length) await deleteActivities(db, undoActivities);
    if (undoLeads.size) await undoRefused(db, [...undoLeads]);
    // A lead with nothing left waiting needs no server version any more (db/base-keeping.ts).
    const dropping = dropSettledBases(db, [...new Set(done.flatMap((e) => outboxLeadIds(e)))]);
    if (dropping) await dropping;
    return done.length;
  });
}

/** Puts refused leads back to the server's version plus what is still waiting to be pushed. */
async function undoRefused(db: DeskDatabase, leadIds: string[]): Promise<void> {
  const bases = await db.leadBase.bulkGet(leadIds as never[]);
  const pending = pendingLeadPatches(await db.outbox.toArray());
  const restore: StoredLead[] = [];
  const drop: string[] = [];
  leadIds.forEach((id, i) => {
    const base = bases[i];
    // Never sent by the server (a refused import): it does not exist there.
    if (!base) drop.push(id);
    else restore.push(toStoredLead(rebaseLead(base, pending)));
  });
  if (restore.length) await db.leads.bulkPut(restore);
  if (drop.length) await db.leads.bulkDelete(drop as never[]);
}

export function pushResultFor(
  batch: PushBatch,
  response: PushResponse,
): { ackedSeq: number; refused: Refusal[] } {
  const refused: Refusal[] = [
    ...response.rejected,
    ...batch.invalid.map((e) => ({
      seq: e.seq ?? 0,
      reason: 'invalid' as const,
      detail: 'refused by the desk: not a valid mutation',
    })),
  ];
  // Entries refused locally are behind or between the sent ones: the batch's end is done too.
  const ackedSeq = batch.request.mutations.length
    ? response.ackedSeq
    : Math.max(response.ackedSeq, batch.lastSeq);
  return { ackedSeq, refused };
}

function leadOf(entry: OutboxEntry): string | null {
  const fromEffects = entry.effects?.leads?.[0]?.id;
  if (fromEffects) return fromEffects;
  const args = entry.args as { leadId?: unknown } | null | undefined;
  return typeof args?.leadId === 'string' ? args.leadId : null;
}

function nameFromEffects(entry: OutboxEntry, leadId: string | null): string | null {
  const effect = entry.effects?.leads?.find((l) => l.id === leadId);
  return effect?.patch?.name ?? effect?.create?.name ?? null;
}
