// The insight fact store: the facts of every activity the desk holds (shared/domain/insight/
// facts.ts), summed per key, kept in the same transaction as the activities they come from, so
// an analysis screen reads a few index ranges instead of every activity of the period.
//
// Invariant: `facts` equals sumFacts(activityFacts(a, zone, factLeads[a.id]?.lead)) over the
// activities table, where zone is the one under FACTS_ZONE_META; `factMonths` holds the same
// facts summed per local month instead of per day (their `day` is the month, YYYY-MM: a month's
// first figures read one row per key instead of one per key and day); `factRepMonths` holds the
// facts of REP_MONTH_METRICS summed per rep and month without the lead's dimensions (team, list,
// source, DID and product blank: repMonthOf), for the reads that want only the rep — the
// forecast learns from everyone's last months, which by list and product run to hundreds of
// thousands of month rows on a big desk and to a few thousand here; `factOrgMonths` holds the
// same facts summed per month for the whole organisation (the rep blank too: orgMonthOf), what
// the forecast's learning reads — a month there is a few hundred rows (the stays' time buckets
// per stage) however many reps the desk holds. Activities without a context
// (written before activities carried one) are counted with their lead as the desk held it when
// the activity was stored; that lead is kept in `factLeads`, so the activity comes off the
// store exactly as it went on even when the lead has changed since.
import { Dexie, type Table, type Transaction } from 'dexie';
import {
  activityFacts,
  factKey,
  type FactLeadContext,
  type InsightFact,
  type InsightMetric,
} from '../../shared/domain/insight/facts';
import type { Activity, Lead } from '../../shared/domain/lead';
import { inTurn, type Turns } from './in-turn';
import type { DeskDatabase } from './schema';

/** A summed fact as stored: the fact and its key. */
export type FactRow = InsightFact & { key: string };

/** The lead an activity without context was counted with. */
export type FactLeadRow = { id: string; lead: FactLeadContext };

/** The organisation timezone the stored facts' days are in. */
export const FACTS_ZONE_META = 'insightFactsZone';

/** Activities read per batch when the store is built from the activities table. */
const BUILD_BATCH = 5000;

type Tables = {
  facts: Table<FactRow, string>;
  factMonths: Table<FactRow, string>;
  factRepMonths: Table<FactRow, string>;
  factOrgMonths: Table<FactRow, string>;
  factLeads: Table<FactLeadRow, string>;
  activities: Table<Activity, string>;
  leads: Table<Lead, string>;
  meta: Table<{ key: string; value: unknown }, string>;
};

function tablesOf(db: DeskDatabase | Transaction): Tables {
  const table = (name: string) => (db as Dexie).table(name);
  return {
    facts: table('facts'),
    // Looked up when used: the v9 upgrade's transaction has no month table (v12).
    get factMonths() {
      return table('factMonths');
    },
    // And none for the rep months before v14.
    get factRepMonths() {
      return table('factRepMonths');
    },
    // And none for the organisation's months before v17.
    get factOrgMonths() {
      return table('factOrgMonths');
    },
    factLeads: table('factLeads'),
    activities: table('activities'),
    leads: table('leads'),
    meta: table('meta'),
  } as Tables;
}

/** What a read of the facts holds: the kept rows, and the activities of the hours around them. */
export function factReadTables(db: DeskDatabase) {
  return [
    db.facts,
    db.factMonths,
    db.factRepMonths,
    db.factOrgMonths,
    db.factLeads,
    db.activities,
    db.meta,
  ];
}

/** What a transaction that writes activities must also hold. */
export function factTables(db: DeskDatabase) {
  return [...factReadTables(db), db.leads];
}

/** The lead context an activity without one is counted with (as readInsightFacts did). */
export function factLeadOf(
  lead: Pick<Lead, 'teamId' | 'listName' | 'source' | 'deal' | 'proposal' | 'trackingNumber'>,
): FactLeadContext {
  return {
    teamId: lead.teamId,
    listName: lead.listName,
    source: lead.source,
    did: lead.trackingNumber ?? null,
    productId: lead.deal?.productId ?? lead.proposal?.productId ?? null,
  };
}

function organisationZone(value: unknown): string | null {
  const tz = (value as { timezone?: unknown } | undefined)?.timezone;
  return typeof tz === 'string' && tz ? tz : null;
}

/**
 * The zone the store's days are in: the one it was built in, else the organisation's, else UTC.
 * Dexie promises only (no async function): a verb awaited later inside runTogether must not
 * see its transaction commit under it.
 */
function storeZone(t: Tables) {
  return t.meta.bulkGet([FACTS_ZONE_META, 'organisation']).then(([kept, org]) => {
    if (typeof kept?.value === 'string') return kept.value;
    const zone = organisationZone(org?.value) ?? 'UTC';
    return t.meta.put({ key: FACTS_ZONE_META, value: zone }).then(() => zone);
  });
}

/** The zone the stored facts are in (null when none was recorded yet). */
export async function factsZone(db: DeskDatabase): Promise<string | null> {
  const row = await db.meta.get(FACTS_ZONE_META);
  return typeof row?.value === 'string' ? row.value : null;
}

/** Adds the facts of `rows` (signed ±1) into `delta`. */
function addFacts(
  delta: Map<string, FactRow>,
  rows: readonly Activity[],
  zone: string,
  leadOf: (a: Activity) => FactLeadContext | null,
  sign: 1 | -1,
): void {
  for (const a of rows)
    for (const f of activityFacts(a, zone, a.context ? null : leadOf(a))) {
      const key = factKey(f);
      const had = delta.get(key);
      delta.set(
        key,
        had
          ? { ...had, n: had.n + sign * f.n, sum: had.sum + sign * f.sum }
          : { ...f, key, n: sign * f.n, sum: sign * f.sum },
      );
    }
}

/** The local month (YYYY-MM) of a fact's day (YYYY-MM-DD). */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

/** Facts summed per local month: the rows `factMonths` holds for these day rows. */
export function rollUpMonths(rows: Iterable<FactRow>): Map<string, FactRow> {
  const months = new Map<string, FactRow>();
  for (const r of rows) {
    const day = monthOfDay(r.day);
    const key = factKey({ ...r, day });
    const had = months.get(key);
    months.set(key, had ? { ...had, n: had.n + r.n, sum: had.sum + r.sum } : { ...r, day, key });
  }
  return months;
}

/** The metrics `factRepMonths` and `factOrgMonths` keep: what the forecast learns from. */
export const REP_MONTH_METRICS: readonly InsightMetric[] = ['stageEnter', 'stageLeft', 'won'];
const repMonthMetric = new Set<string>(REP_MONTH_METRICS);

/** A fact as the rep months hold it: the lead's dimensions blank (its day as it is). */
export function repMonthOf<F extends InsightFact>(f: F): F {
  return { ...f, teamId: '', list: '', source: '', did: '', productId: '' };
}

/** A fact as the organisation's months hold it: the rep blank too. */
export function orgMonthOf<F extends InsightFact>(f: F): F {
  return { ...repMonthOf(f), agentId: '' };
}

/**
 * The rows of REP_MONTH_METRICS among these rows (day or month rows) summed per month, metric,
 * value and detail and whatever `shape` keeps.
 */
function rollUpKept(rows: Iterable<FactRow>, shape: (f: FactRow) => FactRow): Map<string, FactRow> {
  const out = new Map<string, FactRow>();
  for (const r of rows) {
    if (!repMonthMetric.has(r.metric)) continue;
    const row = shape({ ...r, day: monthOfDay(r.day) });
    const key = factKey(row);
    const had = out.get(key);
    out.set(key, had ? { ...had, n: had.n + r.n, sum: had.sum + r.sum } : { ...row, key });
  }
  return out;
}

/** The rows `factRepMonths` holds for these rows (day or month rows): summed per rep too. */
export function rollUpRepMonths(rows: Iterable<FactRow>): Map<string, FactRow> {
  return rollUpKept(rows, repMonthOf);
}

/** The rows `factOrgMonths` holds for these rows (day, month or rep-month rows). */
export function rollUpOrgMonths(rows: Iterable<FactRow>): Map<string, FactRow> {
  return rollUpKept(rows, orgMonthOf);
}

const nonZero = (rows: Map<string, FactRow>) =>
  [...rows.values()].filter((d) => d.n !== 0 || d.sum !== 0);

/** The rows each fact table changes by, for a delta (day rows, and their roll-ups). */
type Plan = [Table<FactRow, string>, FactRow[]][];

function planOf(t: Tables, delta: Map<string, FactRow>): Plan {
  const changed = [...delta.values()].filter((d) => d.n !== 0 || d.sum !== 0);
  if (changed.length === 0) return [];
  return [
    [t.facts, changed],
    [t.factMonths, nonZero(rollUpMonths(changed))],
    [t.factRepMonths, nonZero(rollUpRepMonths(changed))],
    [t.factOrgMonths, nonZero(rollUpOrgMonths(changed))],
  ];
}

/** The stored rows of a plan's keys, table by table (one bulkGet each, asked at once). */
function readPlan(plan: Plan) {
  return Dexie.Promise.all(
    plan.map(([table, changed]) =>
      changed.length
        ? table.bulkGet(changed.map((d) => d.key))
        : Dexie.Promise.resolve([] as (FactRow | undefined)[]),
    ),
  );
}

/**
 * Folds a plan into the stored rows read for it (one bulkPut, one bulkDelete per table). The write
 * path is chained Dexie promises, not async functions: a verb awaited later inside runTogether
 * (renderer/db/run.ts) must resume inside its transaction, which native awaits nested this deep
 * do not guarantee.
 */
function foldPlan(plan: Plan, stored: readonly (readonly (FactRow | undefined)[])[]) {
  return Dexie.Promise.all(
    plan.map(([table, changed], p) => {
      const put: FactRow[] = [];
      const del: string[] = [];
      changed.forEach((d, i) => {
        const had = stored[p]?.[i];
        const n = (had?.n ?? 0) + d.n;
        const sum = (had?.sum ?? 0) + d.sum;
        if (n <= 0) del.push(d.key);
        else put.push({ ...d, n, sum });
      });
      return (put.length ? table.bulkPut(put) : Dexie.Promise.resolve()).then(() =>
        del.length ? table.bulkDelete(del) : undefined,
      );
    }),
  ).then(() => undefined);
}

/** Folds `delta` into the day, month, rep-month and organisation-month tables. */
function applyDelta(t: Tables, delta: Map<string, FactRow>) {
  const plan = planOf(t, delta);
  return plan.length
    ? readPlan(plan).then((stored) => foldPlan(plan, stored))
    : Dexie.Promise.resolve();
}

/**
 * The zone each open desk database's facts were last written in. A write of activities that all
 * carry their context (a call, a stage change: every verb's) asks for its fact rows in that zone
 * at the same time as it reads the zone and the rows it replaces, and uses them when the zone is
 * still the same and nothing is replaced — a round trip less on every disposition (issue 18).
 */
const lastZone = new WeakMap<object, string>();

/** One transaction's writes of activities take turns (in-turn.ts): each reads fact rows. */
const activityTurns: Turns = new WeakMap();

/**
 * Writes activities (replacing any stored row of the same id) and keeps the facts with them:
 * the replaced rows' facts come off, the new rows' go on. Call inside a transaction over
 * factTables(); leads of rows without context must already be as the desk holds them.
 */
export function putActivities(
  db: DeskDatabase | Transaction,
  rows: readonly Activity[],
): PromiseLike<void> {
  const trans = Dexie.currentTransaction?.idbtrans as object | undefined;
  return trans
    ? inTurn(activityTurns, trans, () => writeActivities(db, rows))
    : writeActivities(db, rows);
}

function writeActivities(db: DeskDatabase | Transaction, rows: readonly Activity[]) {
  const t = tablesOf(db);
  const byId = new Map<string, Activity>();
  for (const a of rows) byId.set(a.id, a);
  const added = [...byId.values()];
  // Rows without context are counted with their lead as the desk holds it now.
  const bare = added.filter((a) => !a.context);
  const leadIds = [...new Set(bare.map((a) => a.leadId))];
  // The fact rows these activities add to, in the zone of the last write, asked ahead.
  const zoneKey = db instanceof Dexie ? db : null;
  const guess = zoneKey && bare.length === 0 ? lastZone.get(zoneKey) : undefined;
  const ahead = guess === undefined ? null : planOf(t, addedFacts(added, guess));
  // The zone, the rows replaced and the fact rows asked at once: one round trip.
  return Dexie.Promise.all([
    storeZone(t),
    t.activities.bulkGet([...byId.keys()]),
    ahead ? readPlan(ahead) : Dexie.Promise.resolve(null),
  ]).then(([zone, found, stored]) => {
    if (zoneKey) lastZone.set(zoneKey, zone);
    const old = found.filter((a): a is Activity => a !== undefined);
    if (ahead && stored && zone === guess && old.length === 0)
      return Dexie.Promise.all([t.activities.bulkPut(added), foldPlan(ahead, stored)]).then(
        () => undefined,
      );
    return keptLeads(t, old).then((oldLeads) =>
      (leadIds.length ? t.leads.bulkGet(leadIds) : Dexie.Promise.resolve([])).then((leads) => {
        const leadById = new Map<string, Lead>();
        for (const l of leads) if (l) leadById.set(l.id, l);
        const newLeads = new Map<string, FactLeadContext>();
        for (const a of bare) {
          const l = leadById.get(a.leadId);
          if (l) newLeads.set(a.id, factLeadOf(l));
        }
        const delta = new Map<string, FactRow>();
        addFacts(delta, old, zone, (a) => oldLeads.get(a.id) ?? null, -1);
        addFacts(delta, added, zone, (a) => newLeads.get(a.id) ?? null, 1);
        const dropLeads = [...oldLeads.keys()].filter((id) => !newLeads.has(id));
        // Three stores, written side by side.
        return Dexie.Promise.all([
          t.activities.bulkPut(added),
          (dropLeads.length ? t.factLeads.bulkDelete(dropLeads) : Dexie.Promise.resolve()).then(
            () =>
              newLeads.size
                ? t.factLeads.bulkPut([...newLeads].map(([id, lead]) => ({ id, lead })))
                : undefined,
          ),
          applyDelta(t, delta),
        ]).then(() => undefined);
      }),
    );
  });
}

/** The facts of activities that all carry their context, in `zone`. */
function addedFacts(added: readonly Activity[], zone: string): Map<string, FactRow> {
  const delta = new Map<string, FactRow>();
  addFacts(delta, added, zone, () => null, 1);
  return delta;
}

/** Deletes stored activities by id and takes their facts off. Inside a factTables() transaction. */
export async function deleteActivities(
  db: DeskDatabase | Transaction,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const t = tablesOf(db);
  const old = (await t.activities.bulkGet([...new Set(ids)])).filter(
    (a): a is Activity => a !== undefined,
  );
  await deleteStored(t, old);
}

/** Deletes the given stored rows (as read) and takes their facts off. */
export async function deleteActivityRows(
  db: DeskDatabase | Transaction,
  rows: readonly Activity[],
): Promise<void> {
  await deleteStored(tablesOf(db), rows);
}

function deleteStored(t: Tables, old: readonly Activity[]) {
  return storeZone(t).then((zone) =>
    keptLeads(t, old).then((oldLeads) => {
      const delta = new Map<string, FactRow>();
      addFacts(delta, old, zone, (a) => oldLeads.get(a.id) ?? null, -1);
      return t.activities
        .bulkDelete(old.map((a) => a.id))
        .then(() => (oldLeads.size ? t.factLeads.bulkDelete([...oldLeads.keys()]) : undefined))
        .then(() => applyDelta(t, delta));
    }),
  );
}

/** The leads rows without context were counted with (a Dexie promise, as storeZone). */
function keptLeads(t: Tables, rows: readonly Activity[]) {
  const bare = rows.filter((a) => !a.context).map((a) => a.id);
  return (
    bare.length
      ? t.factLeads.bulkGet(bare)
      : Dexie.Promise.resolve([] as (FactLeadRow | undefined)[])
  ).then((found) => {
    const out = new Map<string, FactLeadContext>();
    found.forEach((r) => {
      if (r) out.set(r.id, r.lead);
    });
    return out;
  });
}

/** Hands every row of `table` to `each`, BUILD_BATCH at a time in key order; the rows read. */
async function inBatches<T>(
  table: Table<T, string>,
  keyOf: (row: T) => string,
  each: (batch: T[]) => Promise<void> | void,
): Promise<number> {
  let last: string | null = null;
  let count = 0;
  for (;;) {
    const batch: T[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last))
      .limit(BUILD_BATCH)
      .toArray();
    if (batch.length === 0) return count;
    count += batch.length;
    last = keyOf(batch[batch.length - 1] as T);
    await each(batch);
    if (batch.length < BUILD_BATCH) return count;
  }
}

/**
 * Builds the store afresh from the activities table in `zone`, batch by batch (the v9 upgrade,
 * and a change of the organisation's timezone); the month, rep-month and organisation-month rows
 * too unless `months` is false (the v9 upgrade: the desk has no month table before v12, whose
 * upgrade sums them from the days, no rep months before v14, whose upgrade sums them from the
 * months, and no organisation's months before v17, whose upgrade sums them from the rep months).
 * Rows without context keep the lead they were counted with; those never counted take their lead
 * as the desk holds it.
 */
export async function rebuildFacts(
  db: DeskDatabase | Transaction,
  zone: string,
  months = true,
): Promise<number> {
  const t = tablesOf(db);
  const sums = new Map<string, FactRow>();
  const keep: FactLeadRow[] = [];
  const count = await inBatches(
    t.activities,
    (a) => a.id,
    async (batch) => {
      const kept = await keptLeads(t, batch);
      const missing = batch.filter((a) => !a.context && !kept.has(a.id));
      const leadIds = [...new Set(missing.map((a) => a.leadId))];
      if (leadIds.length) {
        const leads = new Map<string, Lead>();
        (await t.leads.bulkGet(leadIds)).forEach((l) => {
          if (l) leads.set(l.id, l);
        });
        for (const a of missing) {
          const l = leads.get(a.leadId);
          if (!l) continue;
          const lead = factLeadOf(l);
          kept.set(a.id, lead);
          keep.push({ id: a.id, lead });
        }
      }
      addFacts(sums, batch, zone, (a) => kept.get(a.id) ?? null, 1);
    },
  );
  const rows = [...sums.values()].filter((r) => r.n > 0);
  await replaceRows(t.facts, rows);
  if (months) {
    const perMonth = [...rollUpMonths(rows).values()];
    await replaceRows(t.factMonths, perMonth);
    const repMonths = [...rollUpRepMonths(perMonth).values()];
    await replaceRows(t.factRepMonths, repMonths);
    await replaceRows(t.factOrgMonths, [...rollUpOrgMonths(repMonths).values()]);
  }
  if (keep.length) await t.factLeads.bulkPut(keep);
  await t.meta.put({ key: FACTS_ZONE_META, value: zone });
  return count;
}

/**
 * Builds `factMonths` from the day rows (the v12 upgrade: the day rows are right, the month rows
 * are new), reading the day rows a batch at a time in key order.
 */
export async function rebuildFactMonths(db: DeskDatabase | Transaction): Promise<number> {
  const t = tablesOf(db);
  const months = new Map<string, FactRow>();
  const count = await inBatches(
    t.facts,
    (r) => r.key,
    (batch) => {
      for (const [key, row] of rollUpMonths(batch)) {
        const had = months.get(key);
        months.set(key, had ? { ...had, n: had.n + row.n, sum: had.sum + row.sum } : row);
      }
    },
  );
  await replaceRows(t.factMonths, [...months.values()]);
  return count;
}

/**
 * Builds `factRepMonths` from the month rows (the v14 upgrade: the month rows are right, the rep
 * months are new), reading only the month rows of REP_MONTH_METRICS.
 */
export async function rebuildFactRepMonths(db: DeskDatabase | Transaction): Promise<number> {
  const t = tablesOf(db);
  const lists = await Promise.all(
    REP_MONTH_METRICS.map((metric) =>
      t.factMonths
        .where('[metric+agentId+day]')
        // [metric] sorts before every key of the metric, [metric, []] after (arrays after strings).
        .between([metric], [metric, []])
        .toArray(),
    ),
  );
  const rows = lists.flat();
  await replaceRows(t.factRepMonths, [...rollUpRepMonths(rows).values()]);
  return rows.length;
}

/**
 * Builds `factOrgMonths` from the rep months (the v17 upgrade: the rep months are right, the
 * organisation's months are new).
 */
export async function rebuildFactOrgMonths(db: DeskDatabase | Transaction): Promise<number> {
  const t = tablesOf(db);
  const rows = await t.factRepMonths.toArray();
  await replaceRows(t.factOrgMonths, [...rollUpOrgMonths(rows).values()]);
  return rows.length;
}

/** Replaces every row of `table` with `rows`, BUILD_BATCH at a time. */
async function replaceRows(table: Table<FactRow, string>, rows: readonly FactRow[]): Promise<void> {
  await table.clear();
  for (let i = 0; i < rows.length; i += BUILD_BATCH)
    await table.bulkAdd(rows.slice(i, i + BUILD_BATCH));
}

/** Rebuilds the store when it is not in `zone` (the organisation's timezone changed). */
export async function ensureFactsZone(db: DeskDatabase, zone: string): Promise<void> {
  if ((await factsZone(db)) === zone) return;
  await db.transaction('rw', factTables(db), async () => {
    if ((await factsZone(db)) !== zone) await rebuildFacts(db, zone);
  });
}

/** Every fact recomputed from the activities table (tests and checks; reads everything). */
export async function recomputeFacts(db: DeskDatabase, zone: string): Promise<FactRow[]> {
  const [activities, kept] = await Promise.all([db.activities.toArray(), db.factLeads.toArray()]);
  const leads = new Map(kept.map((r) => [r.id, r.lead]));
  const sums = new Map<string, FactRow>();
  addFacts(sums, activities, zone, (a) => leads.get(a.id) ?? null, 1);
  return [...sums.values()].filter((r) => r.n !== 0 || r.sum !== 0);
}
