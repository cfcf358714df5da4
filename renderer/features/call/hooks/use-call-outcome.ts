// The outcome of a call: the number key picked, the small dialog some outcomes need (a time, a
// closer, an amount, a reason), and saving it with the agent's notes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User, Product } from '../../../../shared/domain/content';
import type { Disposition } from '../../../../shared/domain/dispositions';
import type { LostReason } from '../../../../shared/domain/pipeline';
import type { StoredLead } from '../../../db/schema';
import { presetTime } from '../../../../shared/domain/callback-presets';
import { type CallingPolicy } from '../../../../shared/domain/calling-window';
import { leadTimezone } from '../../../../shared/domain/phone-timezone';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { useLeadCallingPolicy } from '../../calling-rules/use-calling-rules';
import { useRefusalDetails, type RefusalDetails } from '../../follow-up/use-refusal-details';
import { useProducts } from '../../../ui/desk/use-content';
import { useClosers } from './use-closers';
import { useAppStore } from '../../../store/use-app-store';
import { useLogCall, type CallOutcomeDetails } from './use-log-call';

/** The outcomes that ask for more before they are saved. */
export type CallOutcomeDialogKind =
  'callBack' | 'meetingBooked' | 'sale' | 'churned' | 'upsold' | 'notInterested';

export type CallOutcome = {
  /** The open outcome dialog, if any. */
  dialog: CallOutcomeDialogKind | null;
  /** The closers a meeting can be booked with, the lead's team first. */
  closers: User[];
  /** An outcome is being saved. */
  busy: boolean;
  /** Why the last save or check failed, in words (also the BANT save's error). */
  error: string | null;
  setError: (error: string | null) => void;
  /** The agent's notes for this call, saved with the outcome. */
  note: string;
  setNote: (note: string) => void;
  /** The call-back or meeting time (epoch ms); null while the picker holds no complete time. */
  when: number | null;
  setWhen: (when: number | null) => void;
  /** The lead's timezone and the organisation's calling hours, for the time pickers. */
  timeZone: string;
  calling: CallingPolicy;
  /** A refusal's reason and new offer. */
  refusal: RefusalDetails;
  closerId: string;
  setCloserId: (closerId: string) => void;
  amount: string;
  setAmount: (amount: string) => void;
  /** What an up-sold customer bought. */
  purchaseProductId: string;
  setPurchaseProductId: (productId: string) => void;
  /** Why the customer left: nothing until the agent picks one. */
  lostReason: LostReason | '';
  setLostReason: (reason: LostReason) => void;
  /** The competitor a churned customer went to (with the reason 'competitor'). */
  competitor: string;
  setCompetitor: (name: string) => void;
  /** A disposition picked on the bar: saved at once, or its dialog opened. */
  pick: (disposition: Disposition) => void;
  /** Saves an outcome with its details at once (a live transfer books the meeting itself). */
  finish: (disposition: Disposition, details: CallOutcomeDetails) => Promise<void>;
  confirm: () => void;
  cancel: () => void;
};

export type UseCallOutcomeOptions = {
  lead: StoredLead;
  /** The product a sale is of. */
  product: Product | null;
  /** Called after an outcome is saved. */
  onDone: (disposition: Disposition) => void;
};

export function useCallOutcome({ lead, product, onDone }: UseCallOutcomeOptions): CallOutcome {
  const { t } = useTranslation();
  const save = useLogCall(lead.id);
  const closers = useClosers(lead.teamId);
  const products = useProducts();
  const [note, setNoteState] = useState('');
  const setNoteDraft = useAppStore((s) => s.setNoteDraft);
  // The phone logs an unanswered attempt itself, with the note as it stands.
  const setNote = (text: string) => {
    setNoteState(text);
    setNoteDraft(lead.id, text);
  };
  const [dialog, setDialog] = useState<CallOutcomeDialogKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const organisation = useOrganisation();
  const timeZone = leadTimezone(lead, organisation?.timezone ?? 'UTC');
  // The lead's calling rules (its country's, else the organisation's; the window when none).
  const calling = useLeadCallingPolicy(organisation, lead.country);
  const refusal = useRefusalDetails();
  // A call-back or meeting starts at the lead's next morning, inside their calling hours.
  const firstTime = () => presetTime('tomorrowMorning', timeZone, Date.now(), calling);
  const [when, setWhen] = useState<number | null>(firstTime);
  const [closerId, setCloserId] = useState<string>('');
  const [amount, setAmount] = useState(String(product?.price ?? ''));
  const [purchaseProductId, setPurchaseProductId] = useState('');
  const [lostReason, setLostReason] = useState<LostReason | ''>('');
  const [competitor, setCompetitor] = useState('');

  const finish = async (disposition: Disposition, extra: CallOutcomeDetails) => {
    if (!save) return;
    setBusy(true);
    const r = await save(disposition, note, extra);
    setBusy(false);
    if (!r.ok) {
      setError(t(`errors.${r.error.code}`));
      return;
    }
    setDialog(null);
    setError(null);
    setNote('');
    onDone(disposition);
  };

  const pick = (d: Disposition) => {
    setError(null);
    if (d === 'upsold') {
      setPurchaseProductId('');
      setAmount('');
      setDialog(d);
      return;
    }
    if (d === 'notInterested') {
      refusal.reset();
      setDialog(d);
      return;
    }
    if (d === 'callBack' || d === 'meetingBooked' || d === 'sale' || d === 'churned') {
      setWhen(firstTime());
      setCloserId(closers[0]?.id ?? '');
      setLostReason('');
      setCompetitor('');
      setDialog(d);
      return;
    }
    void finish(d, {});
  };

  const confirm = () => {
    if (dialog === 'callBack' || dialog === 'meetingBooked') {
      const at = when;
      if (at === null) return setError(t('errors.callbackTimeMissing'));
      if (dialog === 'callBack') return void finish('callBack', { callbackAt: at });
      const closer = closers.find((c) => c.id === closerId);
      if (!closer) return setError(t('errors.meetingMissing'));
      return void finish('meetingBooked', { meeting: { closerId: closer.id, at } });
    }
    if (dialog === 'sale') {
      const value = Number(amount.replace(',', '.'));
      if (!product) return;
      return void finish('sale', {
        deal: { productId: product.id, amount: value, currency: product.currency },
      });
    }
    if (dialog === 'notInterested') {
      return void finish('notInterested', {
        ...(refusal.objection ? { objection: refusal.objection } : {}),
        ...(refusal.newOffer.trim() ? { newOffer: refusal.newOffer.trim() } : {}),
      });
    }
    if (dialog === 'churned') {
      if (lostReason === '') return setError(t('errors.lostReasonMissing'));
      const named = lostReason === 'competitor' ? competitor.trim() : '';
      return void finish('churned', { lostReason, ...(named ? { competitor: named } : {}) });
    }
    if (dialog === 'upsold') {
      const bought = products.find((p) => p.id === purchaseProductId);
      if (!bought) return setError(t('errors.dealMissing'));
      const value = Number(amount.replace(',', '.'));
      if (!(value > 0) || !Number.isFinite(value)) return setError(t('errors.dealAmountInvalid'));
      return void finish('upsold', {
        purchase: { productId: bought.id, amount: value, currency: bought.currency },
      });
    }
  };

  const cancel = () => {
    setDialog(null);
    setError(null);
  };

  return {
    dialog,
    closers,
    busy,
    error,
    setError,
    note,
    setNote,
    when,
    setWhen,
    timeZone,
    calling,
    refusal,
    closerId,
    setCloserId,
    amount,
    setAmount,
    purchaseProductId,
    setPurchaseProductId,
    lostReason,
    setLostReason,
    competitor,
    setCompetitor,
    pick,
    finish,
    confirm,
    cancel,
  };
}
