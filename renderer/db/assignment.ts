// The supervisor's bulk reassignment on the desk: reading a filter's leads from the narrowest
// index (never a scan of the leads table), and moving a selection of any size between agents and
// team pools in ONE transaction, its outbox entries cut to the protocol's 1000 leads each.
import {
  LEADS_PER_ENTRY,
  assignmentChange,
  chunk,
  indexPlans,
  matchesFilter,
  ownerKey,
  splitRoundRobin,
  targetKey,
  type AssignTarget,
  type IndexPlan,
  type LeadFilter,
} from '../../shared/domain/assignment';
import { uuidv7, type LeadId, type UserId } from '../../shared/domain/ids';
import { LEAD_STAGES, type LeadStage } from '../../shared/domain/lead';
import { CLOSED_STAGES } from '../../shared/domain/pipeline';
import type { LeadEffect, LeadPatch } from '../../shared/sync/protocol';
import { searchLeads } from './leads-repo';
import { addToOutbox } from './outbox';
import { toStoredLead, type DeskDatabase, type StoredLead } from './schema';

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

export type ReassignError = 'nothingSelected' | 'noTarget' | 'targetUnknown';

export type ReassignResult =
  | {
      ok: true;
      /** Leads that changed hands. */
      moved: number;
      /** Already with their target. */
      unchanged: number;
      /** Won or lost, left with their owner. */
      closedKept: number;
      /** No longer on this desk. */
      missing: number;
      /** Outbox entries written (one per 1000 leads per target). */
      entries: number;
    }
  | { ok: false; error: ReassignError };

export type ReassignOptions = {
  /** Who reassigns (the audit trail: the outbox entries carry it). */
  by: UserId;
  now?: number;
  /** Move won and lost leads too; otherwise they stay with their owner. */
  includeClosed?: boolean;
  onProgress?: (done: number, total: number) => void;
};

/** Agents get their team from their user record; pools must be known teams. */
async function resolveTargets(
  db: DeskDatabase,
  targets: readonly AssignTarget[],
): Promise<AssignTarget[] | null> {
  const out: AssignTarget[] = [];
  for (const t of targets) {
    if (t.kind === 'agent') {
      const user = await db.users.get(t.userId);
      if (!user) return null;
      out.push({ kind: 'agent', userId: user.id, teamId: user.teamId ?? t.teamId });
    } else {
      if (!(await db.teams.get(t.teamId))) return null;
      out.push(t);
    }
  }
  return out;
}

/**
 * Moves leads to one target, or deals them out in turn between several (round-robin). Each lead
 * is rewritten through toStoredLead, so it leaves the old owner's dial queue and enters the new
 * one's. Everything happens in one transaction: if any part fails, nothing is changed.
 */
export async function reassignLeads(
  db: DeskDatabase,
  leadIds: readonly LeadId[],
  target: AssignTarget | readonly AssignTarget[],
  options: ReassignOptions,
): Promise<ReassignResult> {
  const wanted = Array.isArray(target)
    ? (target as readonly AssignTarget[])
    : [target as AssignTarget];
  if (leadIds.length === 0) return { ok: false, error: 'nothingSelected' };
  if (wanted.length === 0) return { ok: false, error: 'noTarget' };
  const now = options.now ?? Date.now();
  const ids = [...new Set(leadIds)];
  return db.transaction('rw', [db.leads, db.outbox, db.meta, db.users, db.teams], async () => {
    const targets = await resolveTargets(db, wanted);
    if (!targets) return { ok: false, error: 'targetUnknown' } as const;
    const batch = uuidv7(now);
    const shares = splitRoundRobin(ids, targets.length);
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
      const to = targets[i];
      if (!to) continue;
      for (const part of chunk(share, LEADS_PER_ENTRY)) {
        const leads = await db.leads.bulkGet(part);
        const stored: StoredLead[] = [];
        const effects: LeadEffect[] = [];
        for (const lead of leads) {
          if (!lead) {
            result.missing++;
            continue;
          }
          if (!options.includeClosed && CLOSED_STAGES.includes(lead.stage)) {
            result.closedKept++;
            continue;
          }
          const change = assignmentChange(lead, to);
          if (!change) {
            result.unchanged++;
            continue;
          }
          stored.push(toStoredLead({ ...lead, ...change, updatedAt: now }));
          effects.push({
            id: lead.id,
            patch: { ...change, updatedAt: now } as LeadPatch,
            expect: { ownerId: lead.ownerId },
          });
        }
        if (effects.length) {
          await db.leads.bulkPut(stored);
          await addToOutbox(
            db,
            'reassignLeads',
            {
              batch,
              by: options.by,
              at: now,
              to: targetKey(to),
              leadCount: effects.length,
              includeClosed: options.includeClosed ?? false,
            },
            { leads: effects },
            now,
          );
          result.moved += effects.length;
          result.entries++;
        }
        done += part.length;
        options.onProgress?.(done, ids.length);
      }
    }
    return result;
  });
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
 * Every list with its leads per stage, from native counts on [listName+stage] (and the stage
 * index for leads without a list): no lead record is read.
 */
export async function listStageCounts(db: DeskDatabase): Promise<ListStats[]> {
  const names = (await db.leads.orderBy('listName').uniqueKeys()) as string[];
  const lists = await Promise.all(
    names.map(async (listName) => {
      const byStage = zeroStages();
      await Promise.all(
        LEAD_STAGES.map(async (s) => {
          byStage[s] = await db.leads.where('[listName+stage]').equals([listName, s]).count();
        }),
      );
      const total = LEAD_STAGES.reduce((n, s) => n + byStage[s], 0);
      return { listName, byStage, total } as ListStats;
    }),
  );
  // Leads without a list are not in the list index: all leads per stage minus the listed ones.
  const unlisted = zeroStages();
  await Promise.all(
    LEAD_STAGES.map(async (s) => {
      const all = await db.leads.where('stage').equals(s).count();
      unlisted[s] = all - lists.reduce((n, l) => n + l.byStage[s], 0);
    }),
  );
  const rest = LEAD_STAGES.reduce((n, s) => n + unlisted[s], 0);
  return rest > 0 ? [...lists, { listName: null, byStage: unlisted, total: rest }] : lists;
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
