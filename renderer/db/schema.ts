// The desk's local database. Every version is listed in order and never edited once released
// (STYLE.md §9); each upgrade is a named function with its own test.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Activity, Lead } from '../../shared/domain/lead';
import { freshLeadState } from '../../shared/domain/lead';
import {
  DIAL_QUEUE_ZONE_INDEX,
  queueKey,
  queueOwner,
  queueZone,
} from '../../shared/domain/dial-queue';
import { isPairKey, searchPairs } from '../../shared/domain/search-key';
import type { ContentRow, Team, User } from '../../shared/domain/content';
import type { DncEntry, RepTargets, SalesTarget } from '../../shared/domain/targets';
import type { Effects } from '../../shared/mutations/effects';
import {
  rebuildFactMonths,
  rebuildFactOrgMonths,
  rebuildFactRepMonths,
  rebuildFacts,
  type FactLeadRow,
  type FactRow,
} from './fact-store';
import type { RecordingPiece, RecordingRow } from './recordings';
import { outboxLeadIds } from './outbox-leads';
import {
  rebuildDeals,
  rebuildStays,
  rebuildTallies,
  talliesMiddleware,
  type TallyRow,
} from './tallies';

/** A lead as the desk stores it: the domain record plus the derived keys its indexes use. */
export type StoredLead = Lead & {
  /** Whose dial queue: the owner, or `team:<id>` while unassigned (dial-queue.ts). */
  queueOwner: string | null;
  /** Sortable queue position; absent for leads never offered (do-not-call, closed…). */
  queueKey: string | null;
  /** The timezone whose calling hours apply ('' = the organisation's), for the zone index. */
  queueZone?: string;
  /**
   * A booked meeting's time while the lead waits in meetingScheduled for its outcome; absent
   * otherwise (v14: the overdue meetings' index).
   */
  meetingDueAt?: number;
};

/** A named domain mutation waiting to be pushed to the sync server. */
export type OutboxEntry = {
  seq?: number;
  /** The leads its effects create or change, for the `*leadIds` index (v11; outbox.ts). */
  leadIds?: string[];
  clientId: string;
  name: string;
  args: unknown;
  /** What the mutation changed (shared/sync/protocol.ts `effectsSchema`); absent on v1 entries. */
  effects?: Effects;
  schemaVersion: number;
  createdAt: number;
};

/** A change the sync server refused: shown to the agent until they dismiss it. */
export type RejectionRecord = {
  id?: number;
  /** The outbox seq of the refused mutation. */
  seq: number;
  /** The mutation's name (setDisposition, handOff, …). */
  name: string;
  /** shared/sync/protocol.ts REJECTION_REASONS. */
  reason: string;
  /** The server's English explanation, for support. */
  detail: string;
  /** The lead it was about, when it was about one; its name as the desk knew it. */
  leadId: string | null;
  leadName: string | null;
  /** When the desk learnt of it. */
  at: number;
};

/**
 * A mutation the sync server acknowledged (applied), kept for a while after it left the outbox:
 * if the server is restored from a backup older than it, the desk sends it again
 * (renderer/sync/generation.ts).
 */
export type SentEntry = OutboxEntry & { seq: number; sentAt: number };

/** Small key/value facts about this desk: client id, organisation profile, settings. */
export type MetaEntry = { key: string; value: unknown };

/** One finished lead import: the list it created and its report counts. */
export type ImportRecord = {
  id: string;
  listName: string;
  fileName: string;
  at: number;
  by: string | null;
  imported: number;
  duplicates: number;
  invalid: number;
  skippedDnc: number;
};

export type DeskDatabase = Dexie & {
  leads: EntityTable<StoredLead, 'id'>;
  activities: EntityTable<Activity, 'id'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
  meta: EntityTable<MetaEntry, 'key'>;
  content: EntityTable<ContentRow, 'id'>;
  users: EntityTable<User, 'id'>;
  teams: EntityTable<Team, 'id'>;
  dnc: EntityTable<DncEntry, 'phoneE164'>;
  targets: EntityTable<RepTargets, 'userId'>;
  salesTargets: EntityTable<SalesTarget, 'id'>;
  imports: EntityTable<ImportRecord, 'id'>;
  rejections: EntityTable<RejectionRecord, 'id'>;
  /** The last version of each lead the sync server sent, before local changes (sync rebase). */
  leadBase: EntityTable<Lead, 'id'>;
  /** Acknowledged mutations, kept to re-send after a server restore (v7). */
  sent: EntityTable<SentEntry, 'seq'>;
  /** The insight facts of every activity, summed per key (fact-store.ts; v9). */
  facts: EntityTable<FactRow, 'key'>;
  /** The same facts summed per local month; `day` holds the month, YYYY-MM (fact-store.ts; v12). */
  factMonths: EntityTable<FactRow, 'key'>;
  /**
   * The facts the forecast learns from summed per rep and month, the lead's dimensions blank
   * (fact-store.ts; v14).
   */
  factRepMonths: EntityTable<FactRow, 'key'>;
  /** The same facts summed per month for the whole organisation, the rep blank (fact-store.ts; v17). */
  factOrgMonths: EntityTable<FactRow, 'key'>;
  /** The lead each activity without context was counted with (fact-store.ts; v9). */
  factLeads: EntityTable<FactLeadRow, 'id'>;
  /** Call recordings kept on the desk until the server holds them (issue 13; v10). */
  recordings: EntityTable<RecordingRow, 'id'>;
  /** Their audio as MediaRecorder delivered it, by [recordingId+seq] (v10). */
  recordingPieces: EntityTable<RecordingPiece, 'recordingId'>;
  /** Leads counted: all, per stage, per list and stage; kept with every lead write (v11). */
  tallies: EntityTable<TallyRow, 'key'>;
};

export const SCHEMA_V1 = {
  leads:
    'id, ownerId, teamId, stage, [ownerId+stage], [ownerId+nextCallAt], phoneE164, email, *searchKeys, listName, updatedAt',
  activities: 'id, leadId, [leadId+at], [agentId+at], at, type',
  outbox: '++seq, name, createdAt',
  meta: 'key',
} as const;

/** v2: the dial-queue index, the closer's inbox index, extra phones, and local content. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  leads: `${SCHEMA_V1.leads}, [queueOwner+queueKey], [ownerId+stage+stageChangedAt], *phones`,
  content: 'id, kind',
  users: 'id, teamId',
  teams: 'id',
} as const;

/** v3: per-list stage counts, the do-not-call list, targets, and the import history. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  leads: `${SCHEMA_V2.leads}, [listName+stage], [teamId+stage]`,
  dnc: 'phoneE164, source, addedAt',
  targets: 'userId',
  salesTargets: 'id, month, teamId',
  imports: 'id, at, listName',
} as const;

/**
 * v4 (sync): changes the sync server refused, for the agent to see; and each lead as the server
 * last sent it, so a refused change can be undone by rebasing what is still pending on it.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  rejections: '++id, at, leadId',
  leadBase: 'id',
} as const;

/**
 * v5: the dial queue grouped by the lead's timezone, so "next lead" never reads leads where it
 * is night (measured at 100k leads: 171 → 7 ms p95 with every zone outside calling hours).
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  leads: `${SCHEMA_V4.leads}, ${DIAL_QUEUE_ZONE_INDEX}`,
} as const;

/**
 * v6: no new stores. Numbers of the national do-not-call file that sit under an internal entry
 * were kept in a desk-only meta list; they are now marked on the entry itself (`national`), which
 * syncs, so the upgrade marks them and drops the list.
 */
export const SCHEMA_V6 = SCHEMA_V5;

/**
 * v7: acknowledged mutations stay a while after they leave the outbox, by seq and by when they
 * were acknowledged, so a desk can re-send what a server restored from an older backup lost.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  sent: 'seq, sentAt',
} as const;

/**
 * v8: the follow-up lists (recall, month, quarter) by list, and the calls that put a lead on one
 * (a sparse index: only those calls carry `followUpList`), for the lists' views and conversion.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  leads: `${SCHEMA_V7.leads}, followUpList`,
  activities: `${SCHEMA_V7.activities}, followUpList`,
} as const;

/**
 * v9: the insight facts of every activity summed per key (renderer/db/fact-store.ts), read per
 * rep and day range, or per metric, rep and day range; and the lead each activity without
 * context was counted with.
 */
export const SCHEMA_V9 = {
  ...SCHEMA_V8,
  facts: 'key, [agentId+day], [metric+agentId+day]',
  factLeads: 'id',
} as const;

/**
 * v10 (issue 13): call recordings waiting to upload, by status (the uploader's queue), and their
 * audio in the pieces MediaRecorder delivered (about a second each), by recording and order.
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
  recordings: 'id, status, createdAt',
  recordingPieces: '[recordingId+seq]',
} as const;

/**
 * v11 (issue 18): a lead write pays for fewer index entries. Dropped: the single-field indexes
 * that are prefixes of a compound one whose other parts every lead has — `teamId` and `listName`
 * ([teamId+stage], [listName+stage]) and `[ownerId+stage]` ([ownerId+stage+stageChangedAt]);
 * Dexie answers a query on the prefix from the compound index (its "virtual" indexes), unique
 * keys included — and `updatedAt`, which nothing reads. `ownerId` stays: Dexie would answer it
 * from [ownerId+nextCallAt], which holds only the leads with a next call. `leadBase` now holds
 * only leads with changes waiting in the outbox (upgradeToV11), so the outbox is indexed by the
 * leads each entry changes (`*leadIds`). And the lead counts are kept, not counted: `tallies`
 * (tallies.ts), changed in the same transaction as every lead written, counted once here.
 */
export const SCHEMA_V11 = {
  ...SCHEMA_V10,
  tallies: 'key',
  outbox: `${SCHEMA_V10.outbox}, *leadIds`,
  leads: [
    'id, ownerId, stage, [ownerId+nextCallAt], phoneE164, email, *searchKeys',
    '[queueOwner+queueKey], [ownerId+stage+stageChangedAt], *phones',
    `[listName+stage], [teamId+stage], ${DIAL_QUEUE_ZONE_INDEX}, followUpList`,
  ].join(', '),
} as const;

/**
 * v12 (issue 17): the insight facts also summed per local month (`factMonths`, rows shaped as
 * `facts` with the month, YYYY-MM, as their day), kept with them: a month or a quarter reads one
 * row per key and month instead of one per key and day.
 */
export const SCHEMA_V12 = {
  ...SCHEMA_V11,
  factMonths: 'key, [agentId+day], [metric+agentId+day]',
} as const;

/**
 * v13 (issue 17): no store changes. The `tallies` store also keeps the running stays (per owner,
 * open stage and day of the stage change: tallies.ts), counted once here from the index keys.
 */
export const SCHEMA_V13 = SCHEMA_V12;

/**
 * v14 (issue 17): the facts the forecast learns from (stage entries, stays, sales) also summed
 * per rep and month without the lead's team, list, source, DID and product (`factRepMonths`,
 * fact-store.ts): six months of everyone's history read a few thousand rows instead of every
 * list's and product's. And the booked meetings waiting for their outcome by owner and time
 * ([ownerId+meetingDueAt]; only those leads carry `meetingDueAt`, so no other lead write pays for
 * it): the stalled-deals card finds the meetings whose time passed without reading every booked
 * lead.
 */
export const SCHEMA_V14 = {
  ...SCHEMA_V13,
  leads: `${SCHEMA_V13.leads}, [ownerId+meetingDueAt]`,
  factRepMonths: 'key, [metric+agentId+day]',
} as const;

/**
 * v15 (issue 18): no store changes. A lead's search keys hold every two words of its name and of
 * its company's name, side by side or apart (search-key.ts searchPairs), instead of the name's
 * side-by-side pairs only. The upgrade rewrites no lead: it notes that the older leads still lack
 * theirs (`SEARCH_PAIRS_PENDING_KEY`), and search-pairs.ts gives them theirs in the background.
 */
export const SCHEMA_V15 = SCHEMA_V14;

/**
 * v16 (issue 17): no store changes. The tallies keep the open deals grouped as the forecast
 * weighs them (tallies.ts dealKey); the upgrade counts them once from the leads in a pipeline
 * stage (rebuildDeals).
 */
export const SCHEMA_V16 = SCHEMA_V15;

/**
 * v17 (issue 17): the facts the forecast learns from also summed per month for the whole
 * organisation (`factOrgMonths`, fact-store.ts: the rep blank as well as the lead's dimensions):
 * six months of history read a few hundred rows a month instead of the rep months of every rep.
 */
export const SCHEMA_V17 = {
  ...SCHEMA_V16,
  factOrgMonths: 'key, [metric+day]',
} as const;

/**
 * v18 (issue 18): no store changes. An import writes one part while it reads the next, and the
 * two parts' tally updates could read the same counts, so one part's leads went uncounted (an
 * import of 100,000 leads was counted as 50,000 in a test). The updates now take turns
 * (in-turn.ts); the upgrade counts the leads afresh (rebuildTallies).
 */
export const SCHEMA_V18 = SCHEMA_V17;

/** The meta row present while older leads lack their word pairs: the last lead id done. */
export const SEARCH_PAIRS_PENDING_KEY = 'searchPairsPending';

/** Every released schema in order: `SCHEMAS[n - 1]` is version n (tests build old desks from it). */
export const SCHEMAS = [
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
  SCHEMA_V10,
  SCHEMA_V11,
  SCHEMA_V12,
  SCHEMA_V13,
  SCHEMA_V14,
  SCHEMA_V15,
  SCHEMA_V16,
  SCHEMA_V17,
  SCHEMA_V18,
] as const;

/** The meta key v5 desks kept those numbers under. */
export const V5_NATIONAL_SHADOWED_KEY = 'dncNationalShadowed';

export const CURRENT_SCHEMA_VERSION = 18;

/** When a lead's booked meeting is due while it waits for its outcome; undefined otherwise. */
export function meetingDueAt(lead: Pick<Lead, 'stage' | 'meeting'>): number | undefined {
  const m = lead.meeting;
  return lead.stage === 'meetingScheduled' && m && !m.outcome ? m.at : undefined;
}

/**
 * A lead's search keys as stored: its words, and the word pairs of its name and company (which
 * join the words in the search index: leads-repo searchLeads). Pairs it holds already are made
 * again, so a renamed lead keeps none of its old name's.
 */
export function searchKeysOf(lead: Pick<Lead, 'searchKeys' | 'name' | 'company'>): string[] {
  const words = lead.searchKeys.filter((k) => !isPairKey(k));
  return [...new Set([...words, ...searchPairs(lead.name, lead.company)])];
}

/** The derived index keys of a lead; call on every write. */
export function toStoredLead(lead: Lead): StoredLead {
  const searchKeys = searchKeysOf(lead);
  // A stored lead handed back keeps no stale meeting key.
  const { meetingDueAt: _due, ...rest } = lead as StoredLead;
  const due = meetingDueAt(lead);
  return {
    ...rest,
    searchKeys,
    queueOwner: queueOwner(lead),
    queueKey: queueKey(lead),
    queueZone: queueZone(lead),
    ...(due === undefined ? {} : { meetingDueAt: due }),
  };
}

/** v5 → v6: mark internal do-not-call entries whose number is national too. */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const meta = tx.table('meta');
  const row = (await meta.get(V5_NATIONAL_SHADOWED_KEY)) as MetaEntry | undefined;
  const numbers = Array.isArray(row?.value) ? row.value.filter((v) => typeof v === 'string') : [];
  if (numbers.length > 0) {
    await tx
      .table('dnc')
      .where('phoneE164')
      .anyOf(numbers)
      .modify((entry: DncEntry) => {
        if (entry.source === 'internal') entry.national = true;
      });
  }
  await meta.delete(V5_NATIONAL_SHADOWED_KEY);
}

/** v8 → v9: the fact store, built from the activities already on the desk. */
export async function upgradeToV9(tx: Transaction): Promise<void> {
  const org = (await tx.table('meta').get('organisation')) as MetaEntry | undefined;
  const tz = (org?.value as { timezone?: unknown } | undefined)?.timezone;
  await rebuildFacts(tx, typeof tz === 'string' && tz ? tz : 'UTC', false);
}

/**
 * v10 → v11: keep the server's version of a lead only while the lead has changes waiting in the
 * outbox (the only time a refusal needs it to undo them). Index removal is Dexie's.
 */
export async function upgradeToV11(tx: Transaction): Promise<void> {
  const pending = new Set<string>();
  await tx
    .table('outbox')
    .toCollection()
    .modify((entry: OutboxEntry) => {
      entry.leadIds = outboxLeadIds(entry);
      for (const id of entry.leadIds) pending.add(id);
    });
  // Most leads have nothing waiting: keep the few bases, clear the store (one range delete).
  const bases = tx.table('leadBase');
  const kept = (await bases.bulkGet([...pending])).filter(Boolean);
  await bases.clear();
  if (kept.length) await bases.bulkPut(kept);
  await rebuildTallies(tx);
}

/** v11 → v12: the month rows, summed from the day rows the desk already holds. */
export async function upgradeToV12(tx: Transaction): Promise<void> {
  await rebuildFactMonths(tx);
}

/** v12 → v13: the running stays, tallied from the leads' index keys. */
export async function upgradeToV13(tx: Transaction): Promise<void> {
  await rebuildStays(tx);
}

/**
 * v13 → v14: the rep months, summed from the month rows the desk already holds; and the booked
 * leads' meeting key (only leads in meetingScheduled can have one).
 */
export async function upgradeToV14(tx: Transaction): Promise<void> {
  await rebuildFactRepMonths(tx);
  await tx
    .table('leads')
    .where('stage')
    .equals('meetingScheduled')
    .modify((lead: StoredLead) => {
      const due = meetingDueAt(lead);
      if (due === undefined) delete lead.meetingDueAt;
      else lead.meetingDueAt = due;
    });
}

/** v14 → v15: note that the leads already on the desk lack their word pairs (search-pairs.ts). */
export async function upgradeToV15(tx: Transaction): Promise<void> {
  if ((await tx.table('leads').limit(1).primaryKeys()).length === 0) return;
  await tx.table('meta').put({ key: SEARCH_PAIRS_PENDING_KEY, value: '' } satisfies MetaEntry);
}

/** v15 → v16: the open deals tallied (tallies.ts). */
export async function upgradeToV16(tx: Transaction): Promise<void> {
  await rebuildDeals(tx);
}

/** v16 → v17: the organisation's months, summed from the rep months the desk already holds. */
export async function upgradeToV17(tx: Transaction): Promise<void> {
  await rebuildFactOrgMonths(tx);
}

/** v4 → v5: give every lead its queue zone, so the zone index holds the whole queue. */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: StoredLead) => {
      lead.queueZone = queueZone(lead);
    });
}

/** v1 → v2: give existing leads the pipeline bookkeeping and their queue keys. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: Partial<StoredLead> & Lead) => {
      const defaults = freshLeadState(lead.updatedAt ?? lead.createdAt ?? 0);
      for (const [k, v] of Object.entries(defaults)) {
        if ((lead as Record<string, unknown>)[k] === undefined)
          (lead as Record<string, unknown>)[k] = v;
      }
      lead.searchKeys = [...new Set([...(lead.searchKeys ?? []), ...searchPairs(lead.name)])];
      lead.queueOwner = queueOwner(lead);
      lead.queueKey = queueKey(lead);
    });
}

/** Opens (creating or upgrading) the desk database with the given name. */
export function createDeskDatabase(name: string): DeskDatabase {
  // Strict durability: an acknowledged call outcome survives a power cut (Chromium only).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DeskDatabase;
  // The lead tallies move with every lead written, in the same transaction (tallies.ts).
  db.use(talliesMiddleware);
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  // v3 only adds indexes and empty tables: Dexie builds them from the existing rows.
  db.version(3).stores(SCHEMA_V3);
  // v4 only adds empty tables.
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
  db.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
  // v7 only adds an empty table.
  db.version(7).stores(SCHEMA_V7);
  // v8 only adds indexes: Dexie builds them from the existing rows.
  db.version(8).stores(SCHEMA_V8);
  db.version(9).stores(SCHEMA_V9).upgrade(upgradeToV9);
  // v10 only adds empty tables.
  db.version(10).stores(SCHEMA_V10);
  db.version(11).stores(SCHEMA_V11).upgrade(upgradeToV11);
  db.version(12).stores(SCHEMA_V12).upgrade(upgradeToV12);
  db.version(13).stores(SCHEMA_V13).upgrade(upgradeToV13);
  db.version(14).stores(SCHEMA_V14).upgrade(upgradeToV14);
  db.version(15).stores(SCHEMA_V15).upgrade(upgradeToV15);
  db.version(16).stores(SCHEMA_V16).upgrade(upgradeToV16);
  db.version(17).stores(SCHEMA_V17).upgrade(upgradeToV17);
  db.version(18).stores(SCHEMA_V18).upgrade(rebuildTallies);
  return db;
}
