// Leads per pipeline stage for the scope. The whole desk's are the kept tallies (db/tallies.ts),
// moved with every lead written. A team's or a rep's are index counts ([teamId+stage],
// [ownerId+stage]) — no record is read, but Chromium walks every index entry it counts, so those
// figures are kept between opens and refreshed in the background (kept-query.ts).
import { useCallback } from 'react';
import type { TeamId, UserId } from '../../../../shared/domain/ids';
import { LEAD_STAGES, type LeadStage } from '../../../../shared/domain/lead';
import { useLiveQuery } from 'dexie-react-hooks';
import { useKeptQuery } from '../../../db/kept-query';
import { readTallies, stageKey } from '../../../db/tallies';
import type { DeskDatabase } from '../../../db/schema';
import { useDeskDb } from '../../../db/use-desk-db';

export type StageCounts = Partial<Record<LeadStage, number>>;

/** The whole desk's leads per stage, from the kept tallies. */
export async function talliedStages(db: DeskDatabase): Promise<StageCounts> {
  const tallies = await readTallies(db);
  return Object.fromEntries(LEAD_STAGES.map((s) => [s, tallies.get(stageKey(s)) ?? 0]));
}

/** The scope's leads per stage: the tallies for the whole desk, else index counts. */
export async function countStages(
  db: DeskDatabase,
  teamId: TeamId | null,
  agentId: UserId | null,
): Promise<StageCounts> {
  if (!agentId && !teamId) return talliedStages(db);
  const counts = await Promise.all(
    LEAD_STAGES.map((stage) =>
      agentId
        ? db.leads.where('[ownerId+stage]').equals([agentId, stage]).count()
        : db.leads
            .where('[teamId+stage]')
            .equals([teamId ?? '', stage])
            .count(),
    ),
  );
  return Object.fromEntries(LEAD_STAGES.map((s, i) => [s, counts[i] ?? 0]));
}

const LEADS = ['leads'] as const;

export function useStageCounts(
  teamId: TeamId | null,
  agentId: UserId | null,
): StageCounts | undefined {
  const db = useDeskDb();
  const compute = useCallback(() => countStages(db, teamId, agentId), [db, teamId, agentId]);
  const whole = !teamId && !agentId;
  const kept = useKeptQuery(
    db,
    `stageCounts:${teamId ?? '*'}:${agentId ?? '*'}`,
    LEADS,
    compute,
    undefined,
    !whole,
  );
  const tallied = useLiveQuery(() => (whole ? talliedStages(db) : undefined), [whole, db]);
  return whole ? tallied : kept;
}
