import type { Disposition } from '../../../../shared/domain/dispositions';
import type { LeadId } from '../../../../shared/domain/ids';
import { setDisposition, type ActionResult, type DispositionInput } from '../../../db/actions';
import { useAppStore } from '../../../store/use-app-store';
import { useActionContext } from '../../../ui/desk/use-action-context';

/** What some outcomes add: a call-back time, a meeting, a deal, a farmer, a lost reason. */
export type DispositionExtra = Partial<DispositionInput>;

export type SaveDisposition = (
  disposition: Disposition,
  note: string,
  extra: DispositionExtra,
) => Promise<ActionResult>;

/**
 * Logs the call with its outcome: the call screen's one `setDisposition`. Null until the desk
 * knows who is acting and for which organisation.
 */
export function useSetDisposition(leadId: LeadId): SaveDisposition | null {
  const ctx = useActionContext();
  const callStartedAt = useAppStore((s) => s.callStartedAt);
  if (!ctx) return null;
  return (disposition, note, extra) => {
    const durationSec = callStartedAt ? Math.round((Date.now() - callStartedAt) / 1000) : null;
    return setDisposition(ctx, { leadId, disposition, note, durationSec, ...extra });
  };
}
