import type { Product } from '../../../../shared/domain/content';
import type { UserId } from '../../../../shared/domain/ids';
import type { LostReason } from '../../../../shared/domain/pipeline';
import { closeLost, closeWon, sendProposal, type ActionResult } from '../../../db/actions';
import type { StoredLead } from '../../../db/schema';
import { useActionContext } from '../../../ui/desk/use-action-context';

export type CloserActions = {
  sendProposal: (lead: StoredLead, product: Product, amount: number) => Promise<ActionResult>;
  closeWon: (
    lead: StoredLead,
    product: Product,
    amount: number,
    farmerId: UserId | null,
  ) => Promise<ActionResult>;
  closeLost: (lead: StoredLead, reason: LostReason) => Promise<ActionResult>;
};

/**
 * The closer's three outcomes on a lead: the closer's desk's one `sendProposal`, `closeWon` and
 * `closeLost`. Null until the desk knows who is acting and for which organisation.
 */
export function useCloserActions(): CloserActions | null {
  const ctx = useActionContext();
  if (!ctx) return null;
  return {
    sendProposal: (lead, product, amount) =>
      sendProposal(ctx, {
        leadId: lead.id,
        productId: product.id,
        amount,
        currency: product.currency,
      }),
    closeWon: (lead, product, amount, farmerId) =>
      closeWon(ctx, {
        leadId: lead.id,
        productId: product.id,
        amount,
        currency: product.currency,
        farmerId,
      }),
    closeLost: (lead, reason) => closeLost(ctx, { leadId: lead.id, reason }),
  };
}
