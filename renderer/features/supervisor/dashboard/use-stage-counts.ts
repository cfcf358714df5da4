// Leads per pipeline stage for the scope, each an index count ([ownerId+stage], [teamId+stage]
// or stage) — no record is read, but Chromium walks every index entry it counts (seconds for a
// million leads), so the figures are kept between opens and refreshed in the background
// (kept-query.ts) rather than counted again on every lead written.
import { useCallback } from 'react';
import type { TeamId, UserId } from '../../../../shared/domain/ids';
import { LEAD_STAGES, type LeadStage } from '../../../../shared/domain/lead';
import { useKeptQuery } from '../../../db/kept-query';
import type { DeskDatabase } from '../../../db/schema';
import { useDeskDb } from '../../../db/use-desk-db';

export type StageCounts = Partial<Record<LeadStage, number>>;

/** Counts the scope's leads per stage from the indexes. */
export async function countStages(
  db: DeskDatabase,
  teamId: TeamId | null,
  agentId: UserId | null,
): Promise<StageCounts> {
  const counts = await Promise.all(
    LEAD_STAGES.map((stage) =>
      agentId
        ? db.leads.where('[ownerId+stage]').equals([agentId, stage]).count()
        : teamId
          ? db.leads.where('[teamId+stage]').equals([teamId, stage]).count()
          : db.leads.where('stage').equals(stage).count(),
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
  return useKeptQuery(db, `stageCounts:${teamId ?? '*'}:${agentId ?? '*'}`, LEADS, compute);
}
