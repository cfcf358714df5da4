// The closer's outcome on the open lead: the proposal / won / lost dialog and saving it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/content';
import type { LostReason } from '../../../../shared/domain/pipeline';
import type { StoredLead } from '../../../db/schema';
import { useAppStore } from '../../../store/use-app-store';
import { useCloserActions } from './use-closer-actions';

export type CloserOutcomeKind = 'proposal' | 'won' | 'lost';

export type CloserOutcome = {
  /** The open outcome dialog, if any. */
  dialog: CloserOutcomeKind | null;
  /** The amount typed for a proposal or a won deal. */
  amount: string;
  setAmount: (amount: string) => void;
  /** Why the deal was lost: nothing until the closer picks one. */
  reason: LostReason | '';
  setReason: (reason: LostReason) => void;
  /** The competitor the deal went to (with the reason 'competitor'), when the closer names one. */
  competitor: string;
  setCompetitor: (name: string) => void;
  /** Why the last save failed, in words. */
  error: string | null;
  /** Opens an outcome's dialog for the lead on screen. */
  open: (kind: CloserOutcomeKind) => void;
  confirm: () => Promise<void>;
  cancel: () => void;
};

export type UseCloserOutcomeOptions = { lead: StoredLead | null; product: Product | null };

export function useCloserOutcome({ lead, product }: UseCloserOutcomeOptions): CloserOutcome {
  const { t } = useTranslation();
  const actions = useCloserActions();
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const [dialog, setDialog] = useState<CloserOutcomeKind | null>(null);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState<LostReason | ''>('');
  const [competitor, setCompetitor] = useState('');
  const [error, setError] = useState<string | null>(null);

  const open = (kind: CloserOutcomeKind) => {
    if (!lead) return;
    setAmount(String(lead.proposal?.amount ?? product?.price ?? ''));
    setReason('');
    setCompetitor('');
    setError(null);
    setDialog(kind);
  };

  const confirm = async () => {
    if (!actions || !lead || !product) return;
    if (dialog === 'lost' && reason === '') return setError(t('errors.lostReasonMissing'));
    const value = Number(amount.replace(',', '.'));
    const r =
      dialog === 'proposal'
        ? await actions.sendProposal(lead, product, value)
        : dialog === 'won'
          ? await actions.closeWon(lead, product, value)
          : await actions.closeLost(
              lead,
              reason as LostReason,
              reason === 'competitor' ? competitor : '',
            );
    if (!r.ok) return setError(t(`errors.${r.error.code}`));
    setDialog(null);
    if (dialog !== 'proposal') openLeadIn('closer', null);
  };

  return {
    dialog,
    amount,
    setAmount,
    reason,
    setReason,
    competitor,
    setCompetitor,
    error,
    open,
    confirm,
    cancel: () => setDialog(null),
  };
}
