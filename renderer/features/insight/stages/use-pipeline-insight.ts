// The organisation's pipeline-insight setting (stall thresholds, manual win probabilities), as
// synced into the desk's meta table under its setting key; the defaults until one is set.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  pipelineInsightFrom,
  type PipelineInsight,
} from '../../../../shared/domain/insight/pipeline-settings';
import { useDeskDb } from '../../../db/use-desk-db';

export const PIPELINE_INSIGHT_KEY = 'pipelineInsight';

export function usePipelineInsight(): PipelineInsight | undefined {
  const db = useDeskDb();
  return useLiveQuery(
    async () => pipelineInsightFrom((await db.meta.get(PIPELINE_INSIGHT_KEY))?.value),
    [db],
  );
}
