// The scope's stalled deals, read through the indexes: per rep and open stage, the leads that
// entered the stage before its threshold ([ownerId+stage+stageChangedAt], oldest first, a bounded
// range), and the rep's booked meetings whose time passed without an outcome beyond the grace
// ([ownerId+meetingDueAt], only those leads, the longest overdue first, as bounded). Live: a reassigned or moved lead leaves the list at once.
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
import type { DeskDatabase, StoredLead } from '../../../db/schema';
import { useDeskDb } from '../../../db/use-desk-db';
import { useSteadyLiveQuery } from '../../../db/steady-query';

/** Most stalled leads read per rep and stage, and overdue meetings per rep (the longest-waiting first). */
export const STALLED_PER_STAGE = 200;

export type StalledDeal = { lead: StoredLead; reason: StallReason };
export type StalledRead = { deals: StalledDeal[]; truncated: boolean };

export async function readStalledDeals(
  db: DeskDatabase,
  agentIds: readonly string[],
  settings: PipelineInsight,
  now: number,
): Promise<StalledRead> {
  // Every range asked at once: the database reads the next while the last one's rows decode.
  const stalled = agentIds.flatMap((agentId) =>
    PIPELINE_STAGES.map((stage) =>
      db.leads
        .where('[ownerId+stage+stageChangedAt]')
        .between(
          [agentId, stage, Dexie.minKey],
          [agentId, stage, stallCutoff(stage, settings, now)],
          true,
          false,
        )
        .limit(STALLED_PER_STAGE)
        .toArray(),
    ),
  );
  // Only the booked leads still waiting for an outcome carry meetingDueAt (schema v14).
  const overdue = agentIds.map((agentId) =>
    db.leads
      .where('[ownerId+meetingDueAt]')
      .between([agentId, 0], [agentId, meetingOverdueCutoff(settings, now)], true, false)
      .limit(STALLED_PER_STAGE)
      .toArray(),
  );
  const lists = await Promise.all([...stalled, ...overdue]);
  const truncated = lists.some((l) => l.length === STALLED_PER_STAGE);
  const byId = new Map<string, StoredLead>();
  for (const list of lists) for (const l of list) byId.set(l.id, l);
  const deals: StalledDeal[] = [];
  for (const lead of byId.values()) {
    const reason = stallOf(lead, settings, now);
    if (reason) deals.push({ lead, reason });
  }
  deals.sort((a, b) => a.reason.since - b.reason.since || a.lead.id.localeCompare(b.lead.id));
  return { deals, truncated };
}

export function useStalledDeals(
  agentIds: readonly string[],
  settings: PipelineInsight | undefined,
  now: number,
): StalledRead | undefined {
  const db = useDeskDb();
  // A new minute reads again but keeps the list on screen meanwhile; a new scope or setting does not.
  const asked = `${agentIds.join(',')}|${JSON.stringify(settings)}`;
  const read = useSteadyLiveQuery(
    async () =>
      settings ? { asked, ...(await readStalledDeals(db, agentIds, settings, now)) } : undefined,
    [db, asked, now],
  );
  return read?.asked === asked ? read : undefined;
}
