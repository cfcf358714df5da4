// The scope's stalled deals, read through the indexes. Which deals are stalled comes from index
// keys alone: per rep and open stage, the leads that entered the stage before its threshold
// ([ownerId+stage+stageChangedAt], oldest first), and the rep's booked meetings whose time passed
// without an outcome beyond the grace ([ownerId+meetingDueAt], only those leads, the longest
// overdue first) — every stalled deal's id and owner, with no lead read. Only the longest-waiting
// ones shown are read: a few of each range, then more of the ranges whose last one read could
// still be among them (longestWaiting). Live: a reassigned or moved lead leaves the list at once.
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
import { useDeskDb } from '../../../db/use-desk-db';
import { useSteadyLiveQuery } from '../../../db/steady-query';

/** Stalled deals listed at first, and added by each "show more". */
export const STALLED_PAGE = 50;

export type StalledDeal = { lead: StoredLead; reason: StallReason };
export type StalledRead = {
  /** The longest-waiting stalled deals of the scope (as many as asked), longest first. */
  deals: StalledDeal[];
  /** Every stalled deal of the scope: its id and its owner. */
  all: ReadonlyMap<LeadId, string>;
};

/** The scope's stalled deals: every one's id and owner, and the `shown` longest-waiting read. */
export async function readStalledDeals(
  db: DeskDatabase,
  agentIds: readonly string[],
  settings: PipelineInsight,
  now: number,
  shown = STALLED_PAGE,
): Promise<StalledRead> {
  return db.transaction('r', db.leads, async () => {
    // Every range asked at once: the database reads the next while the last one's keys decode.
    // Only the booked leads still waiting for an outcome carry meetingDueAt (schema v14).
    const overdue = agentIds.map((owner) =>
      db.leads
        .where('[ownerId+meetingDueAt]')
        .between([owner, 0], [owner, meetingOverdueCutoff(settings, now)], true, false)
        .primaryKeys()
        .then((ids) => ({ owner, ids })),
    );
    const stalled = agentIds.flatMap((owner) =>
      PIPELINE_STAGES.map((stage) =>
        db.leads
          .where('[ownerId+stage+stageChangedAt]')
          .between(
            [owner, stage, Dexie.minKey],
            [owner, stage, stallCutoff(stage, settings, now)],
            true,
            false,
          )
          .primaryKeys()
          .then((ids) => ({ owner, ids })),
      ),
    );
    const [late, long] = await Promise.all([Promise.all(overdue), Promise.all(stalled)]);
    // A booked lead whose meeting is overdue is stalled for that, since the meeting's time.
    const meetings = new Set<LeadId>(late.flatMap((r) => r.ids));
    const ranges = [
      ...late,
      ...long.map((r) => ({ ...r, ids: r.ids.filter((id) => !meetings.has(id)) })),
    ];
    const all = new Map<LeadId, string>();
    for (const r of ranges) for (const id of r.ids) all.set(id, r.owner);
    const ordered = ranges.map((r) => r.ids);
    return { deals: await longestWaiting(db, ordered, shown, settings, now), all };
  });
}

const longestFirst = (a: StalledDeal, b: StalledDeal) =>
  a.reason.since - b.reason.since || a.lead.id.localeCompare(b.lead.id);

/**
 * The `take` longest-waiting stalled deals among ranges of lead ids, each range in the order its
 * deals' stalls began. Reads a few of each range, then twice as many more of every range whose
 * last deal read began no later than the `take`-th of those read so far (the rest of any other
 * range began later, so cannot be among them), until there is no such range.
 */
async function longestWaiting(
  db: DeskDatabase,
  ranges: readonly (readonly LeadId[])[],
  take: number,
  settings: PipelineInsight,
  now: number,
): Promise<StalledDeal[]> {
  const got: StalledDeal[] = [];
  const read = ranges.map(() => 0);
  const lastSince = ranges.map(() => Number.NEGATIVE_INFINITY);
  let step = Math.max(1, Math.ceil(take / Math.max(1, ranges.length)));
  let wanted = ranges.flatMap((ids, i) => (ids.length ? [i] : []));
  while (wanted.length && take > 0) {
    const asks = wanted.map((i) => (ranges[i] ?? []).slice(read[i], (read[i] ?? 0) + step));
    const leads = await db.leads.bulkGet(asks.flat());
    let k = 0;
    wanted.forEach((i, j) => {
      const ids = asks[j] ?? [];
      for (let n = 0; n < ids.length; n++) {
        const lead = leads[k++];
        const reason = lead && stallOf(lead, settings, now);
        if (!lead || !reason) continue;
        got.push({ lead, reason });
        lastSince[i] = reason.since;
      }
      read[i] = (read[i] ?? 0) + ids.length;
    });
    got.sort(longestFirst);
    const bar = got.length >= take ? (got[take - 1]?.reason.since ?? Infinity) : Infinity;
    wanted = wanted.filter(
      (i) => (read[i] ?? 0) < (ranges[i]?.length ?? 0) && (lastSince[i] ?? 0) <= bar,
    );
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
