// Saves the organisation's pipeline-insight setting through its verb (setPipelineInsight): the
// desk writes it with its outbox entry, the server audits it and every desk pulls it.
import { useCallback } from 'react';
import type { PipelineInsight } from '../../../../shared/domain/insight/pipeline-settings';
import { setPipelineInsight } from '../../../../shared/mutations/set-pipeline-insight';
import { run } from '../../../db/run';
import { useDesk } from '../../../ui/desk/use-desk';

export function useSavePipelineInsight(): ((next: PipelineInsight) => Promise<boolean>) | null {
  const desk = useDesk();
  const save = useCallback(
    async (next: PipelineInsight) =>
      desk ? (await run(desk, setPipelineInsight, next)).ok : false,
    [desk],
  );
  return desk ? save : null;
}
