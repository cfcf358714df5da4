import type { LeadId } from '../../../../shared/domain/ids';
import type { Bant } from '../../../../shared/domain/lead';
import { qualify, type ActionResult } from '../../../db/actions';
import { useActionContext } from '../../../ui/desk/use-action-context';

/** Saves the BANT answers: the call screen's one `qualify`. Null until the desk can act. */
export function useQualify(leadId: LeadId): ((bant: Bant) => Promise<ActionResult>) | null {
  const ctx = useActionContext();
  if (!ctx) return null;
  return (bant) => qualify(ctx, { leadId, bant });
}
