// The softphone's state as the screens see it: whether the phone is registered, the call in
// progress, the last call that ended (until its log is done), the dialling mode and the power
// dialler's wrap-up. The phone itself lives in renderer/features/phone (PhoneProvider).
import type { StateCreator } from 'zustand';
import type { CallRecord } from '../../shared/domain/call-attempt';
import type { Disposition } from '../../shared/domain/dispositions';
import type { AgentState, PauseReason } from '../../shared/domain/telephony';

export type CallQuality = 'good' | 'fair' | 'poor';

/** What the call bar shows of the call in progress. */
export type LiveCall = {
  leadId: string | null;
  number: string;
  direction: 'outbound' | 'inbound';
  /** The number the customer dialled (an advert's own line), when the PBX passes it on. */
  did: string | null;
  phase: 'dialling' | 'ringing' | 'talking';
  startedAt: number;
  answeredAt: number | null;
  muted: boolean;
  held: boolean;
  quality: CallQuality | null;
  /** Attended transfer: this agent's call to a colleague while the customer waits on hold. */
  consult?: ConsultLeg | null;
  /** Why the last call to a colleague ended with the customer still here. */
  consultEnded?: ConsultEnd | null;
  /** A colleague calling to hand over a customer: an internal call, logged on no lead. */
  handover?: Handover | null;
  /** The customer a colleague handed over: this call took the place of the colleague's. */
  handedOver?: boolean;
};

export type ConsultLeg = { phase: 'dialling' | 'ringing' | 'talking' };
export type ConsultEnd = 'busy' | 'declined' | 'noAnswer' | 'failed' | 'ended';
export type Handover = {
  /** The lead the colleague is handing over (it reaches this desk with the hand-off). */
  leadId: string | null;
  /** Who is calling: their name as their phone gives it. */
  from: string;
  /** The customer in a few words (name and company), as the colleague's desk sends them. */
  summary: string;
};

export type PhoneStatus =
  /** No SIP account for this person (or the demo): the desk hands numbers to the dial link. */
  | { kind: 'none' }
  | { kind: 'connecting' }
  | { kind: 'registered' }
  | { kind: 'failed'; reason: 'unreachable' | 'refused' | 'noServer'; status: number | null };

export type EndedCall = {
  leadId: string | null;
  record: CallRecord;
  /**
   * Unanswered attempts are logged by the phone at once: the outcome key it stood for (null when
   * the lead was left as it was). Answered calls wait for the agent's key: `logged` false.
   */
  logged: boolean;
  disposition: Disposition | null;
  /** Why logging the attempt failed, as an error code. */
  error: string | null;
};

export type DialMode = 'preview' | 'power';

export type PhoneSlice = {
  phoneStatus: PhoneStatus;
  liveCall: LiveCall | null;
  endedCall: EndedCall | null;
  micProblem: 'denied' | 'missing' | 'failed' | null;
  dialMode: DialMode;
  /** Power dialling: when the next dial fires (null when not counting down). */
  wrapUpUntil: number | null;
  powerPaused: boolean;
  /** The agent's note for the lead on the call screen, so the phone's own log keeps it. */
  noteDraft: { leadId: string; text: string } | null;
  /** The objection cards opened on the lead on the call screen since it opened or its last outcome (ids, in order). */
  cardsOpened: { leadId: string; ids: readonly string[] } | null;
  /** Set by hand: the agent is away (and why); null when available. */
  pauseReason: PauseReason | null;
  setPauseReason: (reason: PauseReason | null) => void;
  setPhoneStatus: (s: PhoneStatus) => void;
  setLiveCall: (c: LiveCall | null) => void;
  setEndedCall: (c: EndedCall | null) => void;
  setMicProblem: (p: PhoneSlice['micProblem']) => void;
  setDialMode: (m: DialMode) => void;
  setWrapUpUntil: (at: number | null) => void;
  setPowerPaused: (paused: boolean) => void;
  setNoteDraft: (leadId: string, text: string) => void;
  /** Notes a card opened on the lead (each card once, at most CARDS_OPENED_MAX). */
  openCard: (leadId: string, cardId: string) => void;
  /** Forgets the cards opened on the lead (the call screen opened, or an outcome took them). */
  clearCards: (leadId: string) => void;
};

/** Most cards a call records (the call verbs' limit). */
export const CARDS_OPENED_MAX = 50;

/** The cards opened on `leadId` so far. */
export function cardsOpenedOn(s: Pick<PhoneSlice, 'cardsOpened'>, leadId: string): string[] {
  return s.cardsOpened?.leadId === leadId ? [...s.cardsOpened.ids] : [];
}

export const createPhoneSlice: StateCreator<PhoneSlice> = (set) => ({
  phoneStatus: { kind: 'none' },
  liveCall: null,
  endedCall: null,
  micProblem: null,
  dialMode: 'preview',
  wrapUpUntil: null,
  powerPaused: false,
  noteDraft: null,
  cardsOpened: null,
  pauseReason: null,
  // A paused agent is not dialled for: the power dialler pauses with them.
  setPauseReason: (pauseReason) =>
    set(pauseReason ? { pauseReason, powerPaused: true, wrapUpUntil: null } : { pauseReason }),
  setPhoneStatus: (phoneStatus) => set({ phoneStatus }),
  setLiveCall: (liveCall) => set({ liveCall }),
  setEndedCall: (endedCall) => set({ endedCall }),
  setMicProblem: (micProblem) => set({ micProblem }),
  setDialMode: (dialMode) => set({ dialMode, wrapUpUntil: null, powerPaused: false }),
  setWrapUpUntil: (wrapUpUntil) => set({ wrapUpUntil }),
  setPowerPaused: (powerPaused) =>
    set({ powerPaused, ...(powerPaused ? { wrapUpUntil: null } : {}) }),
  setNoteDraft: (leadId, text) => set({ noteDraft: { leadId, text } }),
  openCard: (leadId, cardId) =>
    set((s) => {
      const ids = cardsOpenedOn(s, leadId);
      if (ids.includes(cardId) || ids.length >= CARDS_OPENED_MAX) return {};
      return { cardsOpened: { leadId, ids: [...ids, cardId] } };
    }),
  clearCards: (leadId) =>
    set((s) => (s.cardsOpened?.leadId === leadId ? { cardsOpened: null } : {})),
});

/** The agent's state as the phone and the agent's own choice make it. */
export function agentStateOf(
  s: Pick<PhoneSlice, 'liveCall' | 'endedCall' | 'wrapUpUntil' | 'pauseReason'>,
): { state: AgentState; reason: PauseReason | null } {
  if (s.liveCall) return { state: 'onCall', reason: null };
  if ((s.endedCall && !s.endedCall.logged) || s.wrapUpUntil !== null)
    return { state: 'wrapUp', reason: null };
  if (s.pauseReason) return { state: 'paused', reason: s.pauseReason };
  return { state: 'available', reason: null };
}
