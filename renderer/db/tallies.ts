// Lead counts kept, not counted (issue 18). Chromium stores no row counts: counting a million
// leads walks a million index entries (seconds on disk). So the desk keeps tallies — all leads,
// leads per stage, leads per list and stage — in the `tallies` store, changed in the SAME
// transaction as every write to `leads`: a middleware under Dexie's tables sees each put, add and
// delete, reads the rows it replaces, and moves the tallies by the difference. Whoever writes
// leads (a verb, a pull, a refusal's undo, the demo loader, an upgrade) keeps them right without
// knowing; a first open shows them at once.
//
// The same store keeps the running stays (issue 17): per owner, open stage (TIME_STAGES) and UTC
// day of the stage change, how many leads and the sum of their stage-change instants within that
// day, under keys after every count's (`stay…`). Time in stage reads those rows instead of
// walking every open lead's index key (features/insight/stages/use-ongoing-stays.ts), and the
// stalled-deals alert counts the long-stalled deals off them (alerts/use-alerts.ts).
//
// And the open deals (issue 17): per group of the forecast (shared/domain/insight/forecast.ts
// openDealGroupOf — owner, pipeline stage, the hour it entered it, the close hint, the proposal's
// currency and product), how many deals, how many priced and their amount, under keys after the
// stays' (`~deal…`). The forecast reads an owner's groups instead of every open lead's row.
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  Middleware,
} from 'dexie';
import { Dexie, type Transaction } from 'dexie';
import { LEAD_STAGES, type Lead, type LeadStage } from '../../shared/domain/lead';
import {
  mergeOpenDealGroups,
  openDealGroupOf,
  type OpenDealGroup,
} from '../../shared/domain/insight/forecast';
import { PIPELINE_STAGES, type PipelineStage } from '../../shared/domain/insight/pipeline-settings';
import { TIME_STAGES } from '../../shared/domain/insight/stages';
import { inTurn, type Turns } from './in-turn';

export const TALLIES = 'tallies';

/**
 * One kept figure: `n` leads under `key` (allKey, stageKey, listStageKey); a running-stay row
 * (stayKey) also keeps `sum`, the sum of its leads' stage-change instants less its day's start
 * (ms); an open-deal row (dealKey) `priced`, its deals with an amount, and `amount`, their sum.
 */
export type TallyRow = { key: string; n: number; sum?: number; priced?: number; amount?: number };

const SEP = '\u0000';
export const ALL_KEY = 'all';
export const stageKey = (stage: string) => `stage${SEP}${stage}`;
/** `listName` null: leads without a list. */
export const listStageKey = (listName: string | null, stage: string) =>
  `list${SEP}${listName ?? ''}${SEP}${stage}`;

/** Every running-stay key starts with this; it sorts after every count's key. */
export const STAY_PREFIX = `stay${SEP}`;
export const DAY_MS = 86_400_000;
/** The running-stay rows of an owner start with this. */
export const stayOwnerPrefix = (ownerId: string) => `${STAY_PREFIX}${ownerId}${SEP}`;
/** Leads of `ownerId` that entered `stage` on UTC day `day` (days since 1970). */
export const stayKey = (ownerId: string, stage: string, day: number) =>
  `${stayOwnerPrefix(ownerId)}${stage}${SEP}${String(day).padStart(7, '0')}`;
/** The stage and UTC day of a running-stay key. */
export function stayOf(key: string): { ownerId: string; stage: string; day: number } {
  const [, ownerId = '', stage = '', day = ''] = key.split(SEP);
  return { ownerId, stage, day: Number(day) };
}

/** Every open-deal key starts with this: '~' sorts after every count's and stay's key. */
export const DEAL_PREFIX = `~deal${SEP}`;
/** The open-deal rows of an owner start with this. */
export const dealOwnerPrefix = (ownerId: string) => `${DEAL_PREFIX}${ownerId}${SEP}`;
/** The row of an open-deal group (its counts aside). */
export const dealKey = (g: Omit<OpenDealGroup, 'n' | 'priced' | 'amount'>) =>
  dealOwnerPrefix(g.ownerId) +
  [g.stage, g.since, g.hint?.kind ?? '', g.hint?.at ?? '', g.currency, g.productId].join(SEP);

/** The open-deal group a kept row stands for. */
export function dealOfRow(row: TallyRow): OpenDealGroup {
  const [
    ,
    ownerId = '',
    stage = '',
    since = '',
    kind = '',
    at = '',
    currency = '',
    productId = '',
  ] = row.key.split(SEP);
  return {
    ownerId,
    stage: stage as PipelineStage,
    since: Number(since),
    hint: kind ? { kind: kind as 'followUp' | 'meeting', at: Number(at) } : null,
    currency,
    productId,
    n: row.n,
    priced: row.priced ?? 0,
    amount: row.amount ?? 0,
  };
}

type Counted = {
  stage?: string;
  listName?: string | null;
  ownerId?: string | null;
  stageChangedAt?: number;
} & Partial<Pick<Lead, 'proposal' | 'meeting' | 'nextCallAt' | 'nextCallKind'>>;

const TIMED = new Set<string>(TIME_STAGES);
const PIPELINE = new Set<string>(PIPELINE_STAGES);

/** The open-deal group of a lead alone (an owned lead in a pipeline stage); null when none. */
export function dealOfLead(lead: Counted): OpenDealGroup | null {
  const { ownerId, stage, stageChangedAt: at } = lead;
  if (!ownerId || !stage || !PIPELINE.has(stage) || typeof at !== 'number' || !Number.isFinite(at))
    return null;
  return openDealGroupOf({
    ownerId,
    stage: stage as PipelineStage,
    stageChangedAt: at,
    proposal: lead.proposal ?? null,
    meeting: lead.meeting ?? null,
    nextCallAt: lead.nextCallAt ?? null,
    nextCallKind: lead.nextCallKind ?? null,
  });
}

/** The tallies one lead counts under (the counts; its running stay is stayOfLead). */
export function tallyKeys(lead: Counted): string[] {
  const stage = lead.stage ?? '';
  return [ALL_KEY, stageKey(stage), listStageKey(lead.listName ?? null, stage)];
}

/** The running-stay row a lead counts under, and its offset into that row's day; null when none. */
export function stayOfLead(lead: Counted): { key: string; offset: number } | null {
  const { ownerId, stage, stageChangedAt: at } = lead;
  if (!ownerId || !stage || !TIMED.has(stage) || typeof at !== 'number' || !Number.isFinite(at))
    return null;
  const day = Math.floor(at / DAY_MS);
  return { key: stayKey(ownerId, stage, day), offset: at - day * DAY_MS };
}

type Delta = { n: number; sum: number; priced: number; amount: number };

function move(delta: Map<string, Delta>, lead: Counted | undefined, by: 1 | -1): void {
  if (!lead) return;
  const add = (key: string, sum: number, priced = 0, amount = 0) => {
    const d = delta.get(key) ?? { n: 0, sum: 0, priced: 0, amount: 0 };
    d.n += by;
    d.sum += by * sum;
    d.priced += by * priced;
    d.amount += by * amount;
    delta.set(key, d);
  };
  for (const k of tallyKeys(lead)) add(k, 0);
  const stay = stayOfLead(lead);
  if (stay) add(stay.key, stay.offset);
  const deal = dealOfLead(lead);
  if (deal) add(dealKey(deal), 0, deal.priced, deal.amount);
}

function hasTallies(trans: unknown): boolean {
  const names = (trans as IDBTransaction | undefined)?.objectStoreNames;
  return !!names && names.contains(TALLIES);
}

/** The tally updates of each transaction under way take turns (in-turn.ts). */
const tallyTurns: Turns = new WeakMap();

function addDeltas(
  tallies: DBCoreTable,
  trans: DBCoreMutateRequest['trans'],
  delta: Map<string, Delta>,
): Promise<void> {
  return inTurn(tallyTurns, trans as unknown as object, () => updateTallies(tallies, trans, delta));
}

async function updateTallies(
  tallies: DBCoreTable,
  trans: DBCoreMutateRequest['trans'],
  delta: Map<string, Delta>,
): Promise<void> {
  const keys = [...delta.keys()].filter((k) => {
    const d = delta.get(k);
    return !!d && (d.n !== 0 || d.sum !== 0 || d.priced !== 0 || d.amount !== 0);
  });
  if (keys.length === 0) return;
  const rows = (await tallies.getMany({ trans, keys })) as (TallyRow | undefined)[];
  const put: TallyRow[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const d = delta.get(key) ?? { n: 0, sum: 0, priced: 0, amount: 0 };
    const row = rows[i];
    const n = (row?.n ?? 0) + d.n;
    if (n <= 0) gone.push(key);
    else if (key.startsWith(DEAL_PREFIX)) {
      const priced = (row?.priced ?? 0) + d.priced;
      // No deal priced: no amount, whatever the sums of fractions left behind.
      put.push({ key, n, priced, amount: priced > 0 ? (row?.amount ?? 0) + d.amount : 0 });
    } else if (key.startsWith(STAY_PREFIX)) put.push({ key, n, sum: (row?.sum ?? 0) + d.sum });
    else put.push({ key, n });
  });
  if (put.length) await tallies.mutate({ type: 'put', trans, values: put });
  if (gone.length) await tallies.mutate({ type: 'delete', trans, keys: gone });
}

/**
 * One request's answer, as a Dexie promise: its continuations keep Dexie's transaction zone,
 * which the layers under this one read when the write goes on (a native promise loses it).
 */
function answer<T>(req: IDBRequest<T>): Promise<T> {
  return new Dexie.Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Writes of up to this many leads read them straight away (storedOf). */
const FEW_KEYS = 8;

/**
 * The stored rows under `keys` (undefined where none). Most writes put leads the desk does not
 * hold yet — a snapshot page (in id order), an import — so the cheap question comes first: which
 * keys are stored between the lowest and the highest (one request, keys only)? Only rows that
 * exist are read.
 */
function storedOf(
  leads: DBCoreTable,
  trans: DBCoreMutateRequest['trans'],
  keys: readonly unknown[],
): Promise<(Counted | undefined)[]> {
  const none = () => keys.map(() => undefined);
  if (keys.length === 0) return Dexie.Promise.resolve(none());
  // A verb's few leads are nearly always stored: read them at once (a probe first would be a
  // round trip more for an answer known beforehand).
  if (keys.length <= FEW_KEYS) return withRows(keys.map(() => true));
  const store = (trans as unknown as IDBTransaction).objectStore('leads');
  let low = keys[0] as IDBValidKey;
  let high = low;
  for (const key of keys) {
    if (indexedDB.cmp(key, low) < 0) low = key as IDBValidKey;
    if (indexedDB.cmp(key, high) > 0) high = key as IDBValidKey;
  }
  // The stored keys between the lowest and the highest, up to a few times as many as written: a
  // page in id order finds none, or its neighbours'; a spread-out write finds too many and asks
  // key by key instead.
  const cap = keys.length * 4;
  return answer(store.getAllKeys(IDBKeyRange.bound(low, high), cap)).then((within) => {
    if (within.length === 0) return none();
    if (within.length < cap && keys.every((k) => typeof k === 'string')) {
      const stored = new Set(within as string[]);
      return withRows(keys.map((k) => stored.has(k as string)));
    }
    return Dexie.Promise.all(
      keys.map((key) => answer(store.count(key as IDBValidKey)).then((n) => n > 0)),
    ).then(withRows);
  });

  /** The rows of the keys that exist, in place. */
  function withRows(exists: boolean[]): Promise<(Counted | undefined)[]> {
    const present = keys.filter((_, i) => exists[i]);
    if (present.length === 0) return Dexie.Promise.resolve(none());
    return Dexie.Promise.resolve(leads.getMany({ trans, keys: present })).then((rows) => {
      let at = 0;
      return keys.map((_, i) => (exists[i] ? (rows[at++] as Counted | undefined) : undefined));
    });
  }
}

function isEverything(range: { type: number }): boolean {
  // DBCoreRangeType.Any
  return range.type === 3;
}

function talliedLeads(leads: DBCoreTable, talliesTable: () => DBCoreTable): DBCoreTable {
  return {
    ...leads,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      // Upgrades from before v11 write leads before the store exists.
      if (!hasTallies(req.trans)) return leads.mutate(req);
      const tallies = talliesTable();
      const { trans } = req;
      if (req.type === 'deleteRange' && isEverything(req.range)) {
        const res = await leads.mutate(req);
        await tallies.mutate({ type: 'deleteRange', trans, range: req.range });
        return res;
      }
      const delta = new Map<string, Delta>();
      if (req.type === 'deleteRange') {
        const { result } = await leads.query({
          trans,
          values: true,
          query: { index: leads.schema.primaryKey, range: req.range },
        });
        const res = await leads.mutate(req);
        for (const lead of result as Counted[]) move(delta, lead, -1);
        await addDeltas(tallies, trans, delta);
        return res;
      }
      const keys: unknown[] =
        req.type === 'delete'
          ? req.keys
          : (req.keys ?? req.values.map((v) => (v as { id: unknown }).id));
      const before = await storedOf(leads, trans, keys);
      const res = await leads.mutate(req);
      // A key written twice in one request: the second replaces the first, not the stored row.
      const now = new Map<unknown, Counted | undefined>();
      keys.forEach((key, i) => {
        if (res.failures[i]) return;
        const current = now.has(key) ? now.get(key) : before[i];
        move(delta, current, -1);
        const next = req.type === 'delete' ? undefined : (req.values[i] as Counted);
        move(delta, next, 1);
        now.set(key, next);
      });
      await addDeltas(tallies, trans, delta);
      return res;
    },
  };
}

/** The middleware: every read-write transaction over `leads` takes `tallies` along. */
export const talliesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LeadTallies',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const with_ =
          mode === 'readwrite' && stores.includes('leads') && !stores.includes(TALLIES)
            ? [...stores, TALLIES]
            : stores;
        return down.transaction(with_, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === 'leads' ? talliedLeads(table, () => down.table(TALLIES)) : table;
      },
    };
  },
};

/**
 * Counts the tallies afresh from the indexes, keys only: the v11 upgrade (desks made before they
 * were kept) and the v18 one (an import's parts could lose each other's counts: in-turn.ts).
 * Leads without a list are those of a stage not under any list. Only the counts are replaced:
 * the running stays (rebuildStays) and the open deals (rebuildDeals) stay as kept.
 */
export async function rebuildTallies(tx: Transaction): Promise<void> {
  const leads = tx.table('leads');
  const rows = new Map<string, number>();
  rows.set(ALL_KEY, await leads.count());
  const listed = new Map<string, number>();
  for (const stage of LEAD_STAGES)
    rows.set(stageKey(stage), await leads.where('stage').equals(stage).count());
  // Each list and stage once (a unique-key walk), then counted by the index itself.
  const pairs = (await leads.orderBy('[listName+stage]').uniqueKeys()) as unknown as [
    string,
    LeadStage,
  ][];
  for (const [listName, stage] of pairs) {
    const n = await leads.where('[listName+stage]').equals([listName, stage]).count();
    rows.set(listStageKey(listName, stage), n);
    listed.set(stage, (listed.get(stage) ?? 0) + n);
  }
  for (const stage of LEAD_STAGES) {
    const unlisted = (rows.get(stageKey(stage)) ?? 0) - (listed.get(stage) ?? 0);
    if (unlisted > 0) rows.set(listStageKey(null, stage), unlisted);
  }
  const tallies = tx.table(TALLIES);
  // Every count's key sorts before the stays' and the deals' (STAY_PREFIX, DEAL_PREFIX).
  await tallies.where('key').below(STAY_PREFIX).delete();
  await tallies.bulkPut(
    [...rows].filter(([, n]) => n > 0).map(([key, n]): TallyRow => ({ key, n })),
  );
}

/**
 * Tallies the running stays afresh from the [ownerId+stage+stageChangedAt] index keys, stage by
 * stage (the v13 upgrade; a desk's leads without an owner have no running stay).
 */
export async function rebuildStays(tx: Transaction): Promise<void> {
  const leads = tx.table('leads');
  const tallies = tx.table(TALLIES);
  await tallies.where('key').startsWith(STAY_PREFIX).delete();
  const owners = (await leads.orderBy('ownerId').uniqueKeys()) as string[];
  for (const ownerId of owners)
    for (const stage of TIME_STAGES) {
      const keys = (await leads
        .where('[ownerId+stage+stageChangedAt]')
        .between([ownerId, stage, Dexie.minKey], [ownerId, stage, Dexie.maxKey])
        .keys()) as unknown as [string, string, number][];
      const rows = new Map<string, TallyRow>();
      for (const [, , at] of keys) {
        const stay = stayOfLead({ ownerId, stage, stageChangedAt: at });
        if (!stay) continue;
        const row = rows.get(stay.key) ?? { key: stay.key, n: 0, sum: 0 };
        row.n += 1;
        row.sum = (row.sum ?? 0) + stay.offset;
        rows.set(stay.key, row);
      }
      if (rows.size) await tallies.bulkPut([...rows.values()]);
    }
}

/**
 * Tallies the open deals afresh, an owner's stage at a time (the v16 upgrade: desks made before
 * they were kept).
 */
export async function rebuildDeals(tx: Transaction): Promise<void> {
  const leads = tx.table('leads');
  const tallies = tx.table(TALLIES);
  await tallies.where('key').startsWith(DEAL_PREFIX).delete();
  const owners = (await leads.orderBy('ownerId').uniqueKeys()) as string[];
  for (const ownerId of owners)
    for (const stage of PIPELINE_STAGES) {
      const deals: OpenDealGroup[] = [];
      await leads
        .where('[ownerId+stage]')
        .equals([ownerId, stage])
        .each((lead: Counted) => {
          const deal = dealOfLead(lead);
          if (deal) deals.push(deal);
        });
      const rows = mergeOpenDealGroups(deals).map((g): TallyRow => ({
        key: dealKey(g),
        n: g.n,
        priced: g.priced,
        amount: g.amount,
      }));
      if (rows.length) await tallies.bulkPut(rows);
    }
}

/** The open-deal groups of `ownerId`, as kept. */
export async function readOpenDealGroups(db: Dexie, ownerId: string): Promise<OpenDealGroup[]> {
  const rows = (await db
    .table(TALLIES)
    .where('key')
    .startsWith(dealOwnerPrefix(ownerId))
    .toArray()) as TallyRow[];
  return rows.map(dealOfRow);
}

/** The kept counts, by key (absent = 0); not the running stays. */
export async function readTallies(db: Dexie): Promise<Map<string, number>> {
  const rows = (await db.table(TALLIES).where('key').below(STAY_PREFIX).toArray()) as TallyRow[];
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** The running-stay rows of `ownerId` (stayKey; their stage and day by stayOf). */
export async function readStays(db: Dexie, ownerId: string): Promise<TallyRow[]> {
  return (await db
    .table(TALLIES)
    .where('key')
    .startsWith(stayOwnerPrefix(ownerId))
    .toArray()) as TallyRow[];
}

/** A stage's leads counted off the running stays: how many, and the first UTC day one entered. */
export type StaysBefore = { n: number; firstDay: number };

/**
 * Per stage of `before`, how many of `ownerId`'s leads in it entered it before the UTC day
 * `before[stage]`, and the first day one did: its running-stay rows of the days before (one row
 * per day, not per lead), every stage's in one key range read.
 */
export async function staysBefore(
  db: Dexie,
  ownerId: string,
  before: ReadonlyMap<string, number>,
): Promise<Map<string, StaysBefore>> {
  const stages = [...before.keys()].sort();
  const first = stages[0];
  const last = stages[stages.length - 1];
  const out = new Map<string, StaysBefore>();
  if (first === undefined || last === undefined) return out;
  const rows = (await db
    .table(TALLIES)
    .where('key')
    .between(stayKey(ownerId, first, 0), stayKey(ownerId, last, before.get(last) ?? 0), true, false)
    .toArray()) as TallyRow[];
  for (const row of rows) {
    const { stage, day } = stayOf(row.key);
    const cut = before.get(stage);
    if (cut === undefined || day >= cut || row.n <= 0) continue;
    const had = out.get(stage);
    out.set(stage, { n: (had?.n ?? 0) + row.n, firstDay: Math.min(had?.firstDay ?? day, day) });
  }
  return out;
}

/** Leads per list (null: without a list) and stage, from the kept figures. */
export function listStageTallies(
  tallies: ReadonlyMap<string, number>,
): Map<string | null, Map<LeadStage, number>> {
  const out = new Map<string | null, Map<LeadStage, number>>();
  const prefix = `list${SEP}`;
  for (const [key, n] of tallies) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const at = rest.lastIndexOf(SEP);
    const name = rest.slice(0, at);
    const stage = rest.slice(at + 1) as LeadStage;
    const list = name === '' ? null : name;
    const byStage = out.get(list) ?? new Map<LeadStage, number>();
    byStage.set(stage, n);
    out.set(list, byStage);
  }
  return out;
}
