import { phoneCallOf } from '../../../../shared/domain/call-attempt';
import type { Disposition } from '../../../../shared/domain/dispositions';
import type { LeadId, ProductId, UserId } from '../../../../shared/domain/ids';
import type { LostReason } from '../../../../shared/domain/pipeline';
import type { ObjectionCategory } from '../../../../shared/domain/objections';
import { closeWon } from '../../../../shared/mutations/close-won';
import { handOff } from '../../../../shared/mutations/hand-off';
import { scheduleCallback } from '../../../../shared/mutations/schedule-callback';
import { setDisposition } from '../../../../shared/mutations/set-disposition';
import { run, type RunResult } from '../../../db/run';
import { cardsOpenedOn } from '../../../store/phone-slice';
import { useAppStore } from '../../../store/use-app-store';
import { useDesk } from '../../../ui/desk/use-desk';

/** What some outcomes add: a call-back time, a meeting, a deal, a lost reason. */
export type CallOutcomeDetails = {
  callbackAt?: number;
  meeting?: { closerId: UserId; at: number };
  deal?: { productId: ProductId; amount: number; currency: string };
  lostReason?: LostReason;
  /** The competitor a churned customer went to, when named. */
  competitor?: string;
  /** What an up-sold customer bought. */
  purchase?: { productId: ProductId; amount: number; currency: string };
  /** A refusal's reason and the new offer for the re-call. */
  objection?: ObjectionCategory;
  newOffer?: string;
};

export type LogCall = (
  disposition: Disposition,
  note: string,
  details: CallOutcomeDetails,
) => Promise<RunResult<unknown>>;

/**
 * Logs the call with its outcome, as the verb that outcome is: a call-back (scheduleCallback), a
 * booked meeting (handOff), a sale (closeWon, the customer going to a farmer the verb picks), or
 * any other number key (setDisposition). Null until the desk knows who is acting.
 */
export function useLogCall(leadId: LeadId): LogCall | null {
  const desk = useDesk();
  const callStartedAt = useAppStore((s) => s.callStartedAt);
  const ended = useAppStore((s) => s.endedCall);
  const setEndedCall = useAppStore((s) => s.setEndedCall);
  const cardsOpened = useAppStore((s) => s.cardsOpened);
  const clearCards = useAppStore((s) => s.clearCards);
  if (!desk) return null;
  // The objection cards opened on this lead since the call screen opened or the last outcome.
  const cards = cardsOpenedOn({ cardsOpened }, leadId);
  // The answered call the desk's phone just ended on this lead: its facts go with the outcome.
  const answered = ended && ended.leadId === leadId && !ended.logged ? ended.record : null;
  const save = async (disposition: Disposition, note: string, details: CallOutcomeDetails) => {
    const durationSec = callStartedAt ? Math.round((Date.now() - callStartedAt) / 1000) : null;
    // After-call work runs from the hang-up to this key (for average handle time).
    const phone = answered
      ? {
          ...phoneCallOf(answered),
          wrapUpMs: Math.min(86_400_000, Math.max(0, Date.now() - answered.endedAt)),
        }
      : undefined;
    const call = {
      leadId,
      note,
      durationSec,
      ...(phone ? { phone } : {}),
      ...(cards.length ? { cardsOpened: cards } : {}),
    };
    if (disposition === 'callBack') {
      if (details.callbackAt === undefined) return missing('callbackTimeMissing');
      return run(desk, scheduleCallback, { ...call, callbackAt: details.callbackAt });
    }
    if (disposition === 'meetingBooked') {
      if (!details.meeting) return missing('meetingMissing');
      return run(desk, handOff, {
        ...call,
        closerId: details.meeting.closerId,
        meetingAt: details.meeting.at,
      });
    }
    if (disposition === 'sale') {
      if (!details.deal) return missing('dealMissing');
      return run(desk, closeWon, {
        leadId,
        ...details.deal,
        call: {
          note,
          durationSec,
          ...(phone ? { phone } : {}),
          ...(cards.length ? { cardsOpened: cards } : {}),
        },
      });
    }
    return run(desk, setDisposition, {
      ...call,
      disposition,
      ...(details.lostReason ? { lostReason: details.lostReason } : {}),
      ...(details.competitor?.trim() ? { competitor: details.competitor.trim() } : {}),
      ...(details.purchase ? { purchase: details.purchase } : {}),
      ...(details.objection ? { objection: details.objection } : {}),
      ...(details.newOffer?.trim() ? { newOffer: details.newOffer.trim() } : {}),
    });
  };
  return async (disposition, note, details) => {
    const r = await save(disposition, note, details);
    if (r.ok && answered) setEndedCall(null);
    if (r.ok) clearCards(leadId);
    return r;
  };
}

function missing(code: 'callbackTimeMissing' | 'meetingMissing' | 'dealMissing') {
  return Promise.resolve({ ok: false as const, error: { code } });
}
