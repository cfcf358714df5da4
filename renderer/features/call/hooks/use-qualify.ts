import type { LeadId } from '../../../../shared/domain/ids';
import type { Bant } from '../../../../shared/domain/lead';
import { qualify } from '../../../../shared/mutations/qualify';
import { run, type RunResult } from '../../../db/run';
import { useDesk } from '../../../ui/desk/use-desk';

/** Saves the BANT answers (the qualify verb). Null until the desk can act. */
export function useQualify(leadId: LeadId): ((bant: Bant) => Promise<RunResult<unknown>>) | null {
  const desk = useDesk();
  if (!desk) return null;
  return (bant) => run(desk, qualify, { leadId, bant });
}
