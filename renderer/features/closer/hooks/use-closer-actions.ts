import type { Product } from '../../../../shared/domain/content';
import type { LostReason } from '../../../../shared/domain/pipeline';
import { closeLost } from '../../../../shared/mutations/close-lost';
import { closeWon } from '../../../../shared/mutations/close-won';
import { sendProposal } from '../../../../shared/mutations/send-proposal';
import { run, type RunResult } from '../../../db/run';
import type { StoredLead } from '../../../db/schema';
import { useDesk } from '../../../ui/desk/use-desk';

export type CloserActions = {
  sendProposal: (lead: StoredLead, product: Product, amount: number) => Promise<RunResult<unknown>>;
  /** Won: the customer goes to a farmer of the lead's team (the closeWon verb picks one). */
  closeWon: (lead: StoredLead, product: Product, amount: number) => Promise<RunResult<unknown>>;
  /** Lost, with the competitor the deal went to when the reason is 'competitor' and one is named. */
  closeLost: (
    lead: StoredLead,
    reason: LostReason,
    competitor?: string,
  ) => Promise<RunResult<unknown>>;
};

/** The closer's three outcomes on a lead, as verbs. Null until the desk knows who is acting. */
export function useCloserActions(): CloserActions | null {
  const desk = useDesk();
  if (!desk) return null;
  const deal = (lead: StoredLead, product: Product, amount: number) => ({
    leadId: lead.id,
    productId: product.id,
    amount,
    currency: product.currency,
  });
  return {
    sendProposal: (lead, product, amount) => run(desk, sendProposal, deal(lead, product, amount)),
    closeWon: (lead, product, amount) => run(desk, closeWon, deal(lead, product, amount)),
    closeLost: (lead, reason, competitor) =>
      run(desk, closeLost, {
        leadId: lead.id,
        reason,
        ...(competitor?.trim() ? { competitor: competitor.trim() } : {}),
      }),
  };
}
