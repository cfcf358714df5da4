// The scope's stalled deals, read through the indexes. Per rep, the ranges that hold them: the
// booked meetings whose time passed without an outcome beyond the grace ([ownerId+meetingDueAt];
// only those leads carry the key, the longest overdue first) and, per open stage, the leads that
// entered it before its threshold ([ownerId+stage+stageChangedAt], oldest first). How many are
// stalled comes from the kept running stays (one row per rep, stage and day: tallies.ts), the
// cut-off's own day counted in the index, and the stage's recent booked leads whose meeting is
// overdue; only the longest-waiting shown are read: a few of each range, then more of the ranges
// whose last one read could still be among them (longestWaiting). Every stalled deal's id and
// owner is collected only when asked for (select all, the export). Live: a reassigned or moved
// lead leaves the list at once.
import { Dexie } from 'dexie';
import {
  PIPELINE_STAGES,
  type PipelineInsight,
} from '../../../../shared/domain/insight/pipeline-settings';
import {
  meetingOverdueCutoff,
  stallCutoff,
  stallOf,
  type StallReason,
} from '../../../../shared/domain/insight/stages';
import type { LeadId } from '../../../../shared/domain/ids';
import type { DeskDatabase, StoredLead } from '../../../db/schema';
import { DAY_MS, staysBefore } from '../../../db/tallies';
import { useDeskDb } from '../../../db/use-desk-db';
import { useSteadyLiveQuery } from '../../../db/steady-query';

/** Stalled deals listed at first, and added by each "show more". */
export const STALLED_PAGE = 50;

export type StalledDeal = { lead: StoredLead; reason: StallReason };
export type StalledRead = {
  /** The longest-waiting stalled deals of the scope (as many as asked), longest first. */
  deals: StalledDeal[];
  /** How many deals of the scope are stalled. */
  total: number;
};

/** A range of the leads table. */
type LeadRange = ReturnType<DeskDatabase['leads']['toCollection']>;

/** One index range of a rep's stalled deals, in the order their stalls began. */
type StallRange = {
  owner: string;
  /** The overdue meetings (ordered by the meeting's time); else a stage's (by its entry). */
  late: boolean;
  of: () => LeadRange;
};

/** The index ranges that hold the scope's stalled deals: per rep, the overdue meetings, then each stage's. */
function stallRanges(
  db: DeskDatabase,
  agentIds: readonly string[],
  settings: PipelineInsight,
  now: number,
): StallRange[] {
  const overdueBefore = meetingOverdueCutoff(settings, now);
  return agentIds.flatMap((owner) => [
    {
      owner,
      late: true,
      of: () =>
        db.leads
          .where('[ownerId+meetingDueAt]')
          .between([owner, Dexie.minKey], [owner, overdueBefore], true, false),
    },
    ...PIPELINE_STAGES.map((stage) => ({
      owner,
      late: false,
      of: () =>
        db.leads
          .where('[ownerId+stage+stageChangedAt]')
          .between(
            [owner, stage, Dexie.minKey],
            [owner, stage, stallCutoff(stage, settings, now)],
            true,
            false,
          ),
    })),
  ]);
}

/**
 * How many of a rep's leads in the open stages entered theirs before its threshold: the running
 * stays of the whole UTC days before each cut-off's (one kept row per day, one read for the rep),
 * and the cut-off's own day counted in the index.
 */
async function staleOf(
  db: DeskDatabase,
  owner: string,
  settings: PipelineInsight,
  now: number,
): Promise<number> {
  const cutoffs = PIPELINE_STAGES.map((stage) => {
    const cutoff = stallCutoff(stage, settings, now);
    return { stage, cutoff, day: Math.floor(cutoff / DAY_MS) };
  });
  const [before, ...onTheDay] = await Promise.all([
    staysBefore(db, owner, new Map(cutoffs.map((c) => [c.stage, c.day]))),
    ...cutoffs.map((c) =>
      db.leads
        .where('[ownerId+stage+stageChangedAt]')
        .between([owner, c.stage, c.day * DAY_MS], [owner, c.stage, c.cutoff], true, false)
        .count(),
    ),
  ]);
  let n = onTheDay.reduce((sum, k) => sum + k, 0);
  for (const e of before.values()) n += e.n;
  return n;
}

/**
 * How many of a rep's booked leads with an overdue meeting entered their stage within its
 * threshold: the overdue ones the stage's range does not hold, read among the stage's recent
 * entries (bounded by the threshold's days, not by the rep's backlog).
 */
async function overdueNotStale(
  db: DeskDatabase,
  owner: string,
  settings: PipelineInsight,
  now: number,
): Promise<number> {
  const overdueBefore = meetingOverdueCutoff(settings, now);
  const recent = await db.leads
    .where('[ownerId+stage+stageChangedAt]')
    .between(
      [owner, 'meetingScheduled', stallCutoff('meetingScheduled', settings, now)],
      [owner, 'meetingScheduled', Dexie.maxKey],
      true,
      true,
    )
    .toArray();
  return recent.filter((l) => l.meetingDueAt !== undefined && l.meetingDueAt < overdueBefore)
    .length;
}

/** The scope's stalled deals: how many, and the `shown` longest-waiting read. */
export async function readStalledDeals(
  db: DeskDatabase,
  agentIds: readonly string[],
  settings: PipelineInsight,
  now: number,
  shown = STALLED_PAGE,
): Promise<StalledRead> {
  return db.transaction('r', [db.leads, db.tallies], async () => {
    // Every count asked at once: the database reads the next while the last one's answer returns.
    // A booked lead whose meeting is overdue is stalled for that, since the meeting's time, and
    // counted once: each stage's stale deals plus the overdue meetings no stage range holds.
    const counts = await Promise.all([
      ...agentIds.map((owner) => staleOf(db, owner, settings, now)),
      ...agentIds.map((owner) => overdueNotStale(db, owner, settings, now)),
    ]);
    const total = counts.reduce((sum, n) => sum + n, 0);
    const ranges = stallRanges(db, agentIds, settings, now);
    const deals = await longestWaiting(ranges, shown, settings, now);
    return { deals, total };
  });
}

/** Every stalled deal of the scope: its id and its owner (select all, the export). */
export async function collectStalledDeals(
  db: DeskDatabase,
  agentIds: readonly string[],
  settings: PipelineInsight,
  now: number,
): Promise<Map<LeadId, string>> {
  return db.transaction('r', db.leads, async () => {
    const ranges = stallRanges(db, agentIds, settings, now);
    const keys = await Promise.all(ranges.map((r) => r.of().primaryKeys()));
    const all = new Map<LeadId, string>();
    // The overdue meetings first: a deal in both keeps its place among them.
    ranges.forEach((r, i) => {
      for (const id of keys[i] ?? []) if (!all.has(id)) all.set(id, r.owner);
    });
    return all;
  });
}

const longestFirst = (a: StalledDeal, b: StalledDeal) =>
  a.reason.since - b.reason.since || a.lead.id.localeCompare(b.lead.id);

/**
 * The `take` longest-waiting stalled deals among the ranges, each in the order its deals' stalls began. Reads a few of each range, then twice as many more of
 * every range whose last deal read began no later than the `take`-th of those read so far (the
 * rest of any other range began later, so cannot be among them), until there is no such range.
 * A stage range's booked lead whose meeting is overdue is left to the overdue range.
 */
async function longestWaiting(
  ranges: readonly StallRange[],
  take: number,
  settings: PipelineInsight,
  now: number,
): Promise<StalledDeal[]> {
  const got: StalledDeal[] = [];
  const read = ranges.map(() => 0);
  const lastSince = ranges.map(() => Number.NEGATIVE_INFINITY);
  let step = Math.max(1, Math.ceil(take / Math.max(1, ranges.length)));
  let wanted = ranges.map((_, i) => i);
  while (wanted.length && take > 0) {
    const pages = await Promise.all(
      wanted.map((i) => {
        const range = ranges[i]?.of();
        if (!range) return [];
        return (read[i] ? range.offset(read[i]) : range).limit(step).toArray();
      }),
    );

    wanted.forEach((i, j) => {
      const page = pages[j] ?? [];
      const late = ranges[i]?.late ?? false;
      for (const lead of page) {
        lastSince[i] = late ? (lead.meetingDueAt ?? lead.stageChangedAt) : lead.stageChangedAt;
        const reason = stallOf(lead, settings, now);
        if (reason && (reason.kind === 'meetingOverdue') === late) got.push({ lead, reason });
      }
      // A page shorter than asked: the range ends.
      read[i] = page.length < step ? Infinity : (read[i] ?? 0) + page.length;
    });
    got.sort(longestFirst);
    const bar = got.length >= take ? (got[take - 1]?.reason.since ?? Infinity) : Infinity;
    wanted = wanted.filter((i) => (read[i] ?? 0) < Infinity && (lastSince[i] ?? 0) <= bar);
    step *= 2;
  }
  return got.slice(0, take);
}

/** These stalled deals read whole, longest-waiting first (the export). */
export async function readStalledLeads(
  db: DeskDatabase,
  ids: readonly LeadId[],
  settings: PipelineInsight,
  now: number,
): Promise<StalledDeal[]> {
  const deals: StalledDeal[] = [];
  for (const lead of await db.leads.bulkGet([...ids])) {
    const reason = lead && stallOf(lead, settings, now);
    if (lead && reason) deals.push({ lead, reason });
  }
  return deals.sort(longestFirst);
}

export function useStalledDeals(
  agentIds: readonly string[],
  settings: PipelineInsight | undefined,
  now: number,
  shown = STALLED_PAGE,
): StalledRead | undefined {
  const db = useDeskDb();
  // A new minute or more shown reads again but keeps the list on screen meanwhile; a new scope or
  // setting does not.
  const asked = `${agentIds.join(',')}|${JSON.stringify(settings)}`;
  const read = useSteadyLiveQuery(
    async () =>
      settings
        ? { asked, ...(await readStalledDeals(db, agentIds, settings, now, shown)) }
        : undefined,
    [db, asked, now, shown],
  );
  return read?.asked === asked ? read : undefined;
}
