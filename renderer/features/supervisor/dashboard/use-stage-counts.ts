// Leads per pipeline stage for the scope, each an index count ([ownerId+stage], [teamId+stage]
// or stage): a desk holding a million leads answers without reading one of them.
import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamId, UserId } from '../../../../shared/domain/ids';
import { LEAD_STAGES, type LeadStage } from '../../../../shared/domain/lead';
import { useDeskDb } from '../../../db/use-desk-db';

export function useStageCounts(
  teamId: TeamId | null,
  agentId: UserId | null,
): Partial<Record<LeadStage, number>> | undefined {
  const db = useDeskDb();
  return useLiveQuery(async () => {
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
  }, [db, teamId, agentId]);
}
