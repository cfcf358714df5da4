// The supervisor's bulk reassignment on the desk: reading a filter's leads from the narrowest
// index (never a scan of the leads table), and moving a selection of any size between agents and
// team pools in ONE transaction, as reassignLeads mutations of at most 1000 leads each.
import {
  chunk,
  indexPlans,
  matchesFilter,
  ownerKey,
  splitRoundRobin,
  type AssignTarget,
  type IndexPlan,
  type LeadFilter,
} from '../../shared/domain/assignment';
import { uuidv7, type LeadId } from '../../shared/domain/ids';
import { LEAD_STAGES, type LeadStage } from '../../shared/domain/lead';
import {
  LEADS_PER_REASSIGN,
  reassignLeads as reassignLeadsVerb,
  type ReassignSummary,
} from '../../shared/mutations/reassign-leads';
import { searchLeads } from './leads-repo';
import { runTogether, VerbRefused, type Desk } from './run';
import type { DeskDatabase, StoredLead } from './schema';
import { listStageTallies, readTallies } from './tallies';

/** Most leads a text search collects for one filter. */
export const SEARCH_LIMIT = 50_000;
const COLLECT_PAGE = 2000;

type Plan = IndexPlan & { count: number };

function rangeOf(db: DeskDatabase, plan: IndexPlan, key: IndexPlan['keys'][number]) {
  return db.leads.where(plan.index).equals(key);
}

/** The index plan that reads the fewest leads, by native counts of each candidate. */
async function cheapestPlan(db: DeskDatabase, filter: LeadFilter): Promise<Plan> {
  const plans = await Promise.all(
    indexPlans(filter).map(async (p) => {
      const counts = await Promise.all(p.keys.map((k) => rangeOf(db, p, k).count()));
      return { ...p, count: counts.reduce((a, b) => a + b, 0) };
    }),
  );
  return plans.reduce((best, p) => (p.count < best.count ? p : best));
}

const hasQuery = (f: LeadFilter) => f.query.trim() !== '';

function searchMatches(db: DeskDatabase, filter: LeadFilter, limit: number) {
  // searchLeads answers the query itself (words, or a phone number); the rest is checked here.
  const rest: LeadFilter = { ...filter, query: '' };
  return searchLeads(db, filter.query, limit, (l) => matchesFilter(l, rest), {
    defaultCountry: filter.defaultCountry,
  });
}

/** How many leads the filter selects (a text search counts up to SEARCH_LIMIT). */
export async function countMatches(db: DeskDatabase, filter: LeadFilter): Promise<number> {
  if (hasQuery(filter)) return (await searchMatches(db, filter, SEARCH_LIMIT)).length;
  const plan = await cheapestPlan(db, filter);
  if (plan.exact) return plan.count;
  let n = 0;
  for (const key of plan.keys)
    n += await rangeOf(db, plan, key)
      .filter((l) => matchesFilter(l, filter))
      .count();
  return n;
}

/** One page of the filter's leads, in index order. */
export async function pageOfMatches(
  db: DeskDatabase,
  filter: LeadFilter,
  offset: number,
  limit: number,
): Promise<StoredLead[]> {
  if (hasQuery(filter))
    return (await searchMatches(db, filter, offset + limit)).slice(offset, offset + limit);
  const plan = await cheapestPlan(db, filter);
  const out: StoredLead[] = [];
  let skip = offset;
  for (const key of plan.keys) {
    if (out.length >= limit) break;
    const range = plan.exact
      ? rangeOf(db, plan, key)
      : rangeOf(db, plan, key).filter((l) => matchesFilter(l, filter));
    // Whole ranges before the page are skipped by count (native when exact).
    const n = await range.count();
    if (skip >= n) {
      skip -= n;
      continue;
    }
    out.push(
      ...(await range
        .offset(skip)
        .limit(limit - out.length)
        .toArray()),
    );
    skip = 0;
  }
  return out;
}

export type Matches = {
  ids: LeadId[];
  /** The owner key of each lead in `ids`, at the same position. */
  owners: string[];
  /** Leads per owner key (agent id, `team:<id>` for a pool, `none`). */
  from: Map<string, number>;
};

/** Every lead the filter selects ("select all N matching"), with whom they are with now. */
export async function collectMatches(
  db: DeskDatabase,
  filter: LeadFilter,
  onProgress?: (read: number, total: number) => void,
): Promise<Matches> {
  const ids: LeadId[] = [];
  const owners: string[] = [];
  const from = new Map<string, number>();
  const take = (l: StoredLead) => {
    const k = ownerKey(l);
    ids.push(l.id);
    owners.push(k);
    from.set(k, (from.get(k) ?? 0) + 1);
  };
  if (hasQuery(filter)) {
    (await searchMatches(db, filter, SEARCH_LIMIT)).forEach(take);
    onProgress?.(ids.length, ids.length);
    return { ids, owners, from };
  }
  const plan = await cheapestPlan(db, filter);
  const o = filter.owner;
  if (plan.exact && o.kind === 'agent') {
    // One owner, known from the filter: primary keys from the index are enough (no records).
    for (const key of plan.keys) {
      const keys = await rangeOf(db, plan, key).primaryKeys();
      for (const id of keys) ids.push(id);
      onProgress?.(ids.length, plan.count);
    }
    owners.push(...ids.map(() => o.userId));
    if (ids.length) from.set(o.userId, ids.length);
    return { ids, owners, from };
  }
  let read = 0;
  for (const key of plan.keys) {
    // Read in pages (the offset is a native cursor skip) so the progress bar moves.
    for (let offset = 0; ; offset += COLLECT_PAGE) {
      const page = await rangeOf(db, plan, key).offset(offset).limit(COLLECT_PAGE).toArray();
      for (const l of page) if (plan.exact || matchesFilter(l, filter)) take(l);
      read += page.length;
      onProgress?.(read, plan.count);
      if (page.length < COLLECT_PAGE) break;
    }
  }
  return { ids, owners, from };
}

export type ReassignError = 'nothingSelected' | 'noTarget' | 'targetUnknown' | 'forbidden';

export type ReassignResult =
  | ({
      ok: true;
      /** Outbox entries written (one per 1000 leads per target). */
      entries: number;
    } & ReassignSummary)
  | { ok: false; error: ReassignError };

export type ReassignOptions = {
  /** Move won and lost leads too; otherwise they stay with their owner. */
  includeClosed?: boolean;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Moves leads to one target, or deals them out in turn between several (round-robin), as
 * reassignLeads mutations of at most 1000 leads each, all in one transaction: if any part is
 * refused, nothing is changed. Each lead leaves the old owner's dial queue and enters the new
 * one's (the verb's effects are written through toStoredLead).
 */
export async function reassignLeads(
  desk: Desk,
  leadIds: readonly LeadId[],
  target: AssignTarget | readonly AssignTarget[],
  options: ReassignOptions = {},
): Promise<ReassignResult> {
  const wanted = Array.isArray(target)
    ? (target as readonly AssignTarget[])
    : [target as AssignTarget];
  if (leadIds.length === 0) return { ok: false, error: 'nothingSelected' };
  if (wanted.length === 0) return { ok: false, error: 'noTarget' };
  const ids = [...new Set(leadIds)];
  const batch = uuidv7((desk.now ?? Date.now)());
  const shares = splitRoundRobin(ids, wanted.length);
  try {
    return await runTogether(desk, async (run) => {
      const result = {
        ok: true as const,
        moved: 0,
        unchanged: 0,
        closedKept: 0,
        missing: 0,
        entries: 0,
      };
      let done = 0;
      for (const [i, share] of shares.entries()) {
        const to = wanted[i];
        if (!to) continue;
        for (const part of chunk(share, LEADS_PER_REASSIGN)) {
          const s = await run(reassignLeadsVerb, {
            batch,
            to,
            leadIds: part,
            includeClosed: options.includeClosed ?? false,
          });
          result.moved += s.moved;
          result.unchanged += s.unchanged;
          result.closedKept += s.closedKept;
          result.missing += s.missing;
          result.entries++;
          done += part.length;
          options.onProgress?.(done, ids.length);
        }
      }
      return result;
    });
  } catch (error) {
    if (!(error instanceof VerbRefused)) throw error;
    const code = error.error.code;
    return {
      ok: false,
      error: code === 'forbidden' || code === 'outOfScope' ? 'forbidden' : 'targetUnknown',
    };
  }
}

export type ListStats = {
  /** null: leads that came from no list. */
  listName: string | null;
  byStage: Record<LeadStage, number>;
  total: number;
};

const zeroStages = (): Record<LeadStage, number> =>
  Object.fromEntries(LEAD_STAGES.map((s) => [s, 0])) as Record<LeadStage, number>;

/**
 * Every list with its leads per stage, lists by name and leads without a list last: the kept
 * tallies (tallies.ts), so no lead and no index entry is read.
 */
export async function listStageCounts(db: DeskDatabase): Promise<ListStats[]> {
  const lists = listStageTallies(await readTallies(db));
  const stats = [...lists].map(([listName, counts]): ListStats => {
    const byStage = zeroStages();
    for (const [s, n] of counts) if (s in byStage) byStage[s] = n;
    const total = LEAD_STAGES.reduce((n, s) => n + byStage[s], 0);
    return { listName, byStage, total };
  });
  const named = stats
    .filter((l) => l.listName !== null && l.total > 0)
    .sort((a, b) => ((a.listName ?? '') < (b.listName ?? '') ? -1 : 1));
  const rest = stats.find((l) => l.listName === null && l.total > 0);
  return rest ? [...named, rest] : named;
}

export type OwnerStats = { owner: string; byStage: Record<LeadStage, number>; total: number };

/** Who holds one list's leads, per stage (reads that list's leads only), most leads first. */
export async function listOwners(db: DeskDatabase, listName: string): Promise<OwnerStats[]> {
  const rows = new Map<string, OwnerStats>();
  for (const stage of LEAD_STAGES) {
    const leads = await db.leads.where('[listName+stage]').equals([listName, stage]).toArray();
    for (const l of leads) {
      const k = ownerKey(l);
      const row = rows.get(k) ?? { owner: k, byStage: zeroStages(), total: 0 };
      row.byStage[stage]++;
      row.total++;
      rows.set(k, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.owner.localeCompare(b.owner));
}
