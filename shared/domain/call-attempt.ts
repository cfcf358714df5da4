// The softphone's call state machine: SIP events in any order (duplicated, late, after the end)
// fold into exactly one record per attempt — what the line signalled, ring time, talk time and
// who hung up. Pure; the desk feeds it from JsSIP and logs the record as the call activity.
import { z } from 'zod';
import type { Disposition } from './dispositions';

/** What the line signalled. */
export const CALL_RESULTS = [
  'answered',
  'noAnswer',
  'busy',
  'rejected',
  'failed',
  'cancelled',
] as const;
export type CallResult = (typeof CALL_RESULTS)[number];

export const HANGUP_SIDES = ['agent', 'customer', 'system'] as const;
export type HangupSide = (typeof HANGUP_SIDES)[number];

export const CALL_DIRECTIONS = ['outbound', 'inbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

const MAX_MS = 86_400_000;

/** The telephony facts a call activity carries when the desk's phone placed or took the call. */
export const phoneCallSchema = z.object({
  direction: z.enum(CALL_DIRECTIONS),
  result: z.enum(CALL_RESULTS),
  /** The final SIP status (200, 486, 603, 487, …); null when no answer came (network, PBX down). */
  sipStatus: z.number().int().min(100).max(699).nullable(),
  /** From the first ring (or from dialling when it never rang) to answer or to the end. */
  ringMs: z.number().int().min(0).max(MAX_MS),
  /** From answer to hang-up; 0 when unanswered. */
  talkMs: z.number().int().min(0).max(MAX_MS),
  hangupBy: z.enum(HANGUP_SIDES).nullable(),
  /** After-call work: from hang-up to the agent's outcome key (answered calls). */
  wrapUpMs: z.number().int().min(0).max(MAX_MS).optional(),
  /** The call's recording (issue 13), when the organisation records calls: its id on the server. */
  recordingId: z.string().uuid().optional(),
});
export type PhoneCall = z.infer<typeof phoneCallSchema>;

/** One attempt's record, as the machine closes it. */
export type CallRecord = PhoneCall & {
  startedAt: number;
  answeredAt: number | null;
  endedAt: number;
};

export type CallEvent =
  /** Dialled (INVITE sent), or an inbound call started ringing on the desk. */
  | { type: 'start'; at: number; direction: CallDirection }
  /** 180/183 from the far end. */
  | { type: 'ringing'; at: number }
  /** 200 OK: the conversation starts. */
  | { type: 'answered'; at: number }
  /** The agent pressed hang up (before answer it becomes a CANCEL). */
  | { type: 'hangup'; at: number }
  /** The desk's ring timeout ran out: the agent's side cancels, and it counts as no answer. */
  | { type: 'ringTimeout'; at: number }
  /** The session ended: BYE after answer, or a final failure before it. */
  | {
      type: 'ended';
      at: number;
      /** Who ended it: this desk, the far end, or neither (network, timeout, PBX). */
      originator: 'local' | 'remote' | 'system';
      /** The final SIP status when the end came with one. */
      sipStatus: number | null;
    };

export type CallState =
  | { phase: 'idle' }
  | {
      phase: 'dialling' | 'ringing' | 'talking';
      direction: CallDirection;
      startedAt: number;
      ringingAt: number | null;
      answeredAt: number | null;
      /** The agent asked to hang up, or the ring timeout did (it decides "cancelled" vs "no answer"). */
      hangupAsked: 'agent' | 'timeout' | null;
    }
  | { phase: 'ended'; record: CallRecord };

export const IDLE: CallState = { phase: 'idle' };

export type Step = { state: CallState; record: CallRecord | null };

/** One event: the next state, and the record when this event closed the attempt. */
export function stepCall(state: CallState, event: CallEvent): Step {
  const same = { state, record: null };
  if (state.phase === 'ended') return same;
  if (state.phase === 'idle') {
    if (event.type !== 'start') return same;
    return {
      state: {
        phase: 'dialling',
        direction: event.direction,
        startedAt: event.at,
        // An inbound call rings on the desk from its first moment.
        ringingAt: event.direction === 'inbound' ? event.at : null,
        answeredAt: null,
        hangupAsked: null,
      },
      record: null,
    };
  }
  switch (event.type) {
    case 'start':
      return same;
    case 'ringing':
      if (state.phase !== 'dialling') return same;
      return {
        state: { ...state, phase: 'ringing', ringingAt: Math.max(event.at, state.startedAt) },
        record: null,
      };
    case 'answered':
      if (state.phase === 'talking') return same;
      return {
        state: {
          ...state,
          phase: 'talking',
          answeredAt: Math.max(event.at, state.startedAt),
        },
        record: null,
      };
    case 'hangup':
    case 'ringTimeout':
      if (state.hangupAsked) return same;
      if (event.type === 'ringTimeout' && state.phase === 'talking') return same;
      return {
        state: { ...state, hangupAsked: event.type === 'hangup' ? 'agent' : 'timeout' },
        record: null,
      };
    case 'ended': {
      const record = closeRecord(state, event);
      return { state: { phase: 'ended', record }, record };
    }
  }
}

type Open = Exclude<CallState, { phase: 'idle' } | { phase: 'ended' }>;

function closeRecord(s: Open, e: Extract<CallEvent, { type: 'ended' }>): CallRecord {
  const endedAt = Math.max(e.at, s.answeredAt ?? s.startedAt);
  const ringFrom = s.ringingAt ?? s.startedAt;
  const base = {
    direction: s.direction,
    startedAt: s.startedAt,
    answeredAt: s.answeredAt,
    endedAt,
  };
  if (s.answeredAt !== null) {
    return {
      ...base,
      result: 'answered',
      sipStatus: 200,
      ringMs: clampMs(s.answeredAt - ringFrom),
      talkMs: clampMs(endedAt - s.answeredAt),
      hangupBy: side(e.originator, s.hangupAsked),
    };
  }
  return {
    ...base,
    result: unansweredResult(s, e),
    sipStatus: e.sipStatus,
    ringMs: clampMs(endedAt - ringFrom),
    talkMs: 0,
    hangupBy: side(e.originator, s.hangupAsked),
  };
}

function unansweredResult(s: Open, e: Extract<CallEvent, { type: 'ended' }>): CallResult {
  if (s.hangupAsked === 'timeout') return 'noAnswer';
  if (s.hangupAsked === 'agent' || (e.originator === 'local' && e.sipStatus === 487))
    return 'cancelled';
  // The caller hung up (CANCEL) while it rang on the desk: a missed call, cancelled by them.
  if (s.direction === 'inbound' && e.originator === 'remote' && (e.sipStatus ?? 487) === 487)
    return 'cancelled';
  switch (e.sipStatus) {
    case 486:
    case 600:
      return 'busy';
    case 603:
    case 607:
      return 'rejected';
    // Temporarily unavailable, request timeout, or the far end gave up while ringing.
    case 480:
    case 408:
    case 487:
      return s.ringingAt !== null ? 'noAnswer' : 'failed';
    default:
      return 'failed';
  }
}

function side(
  originator: 'local' | 'remote' | 'system',
  asked: 'agent' | 'timeout' | null,
): HangupSide {
  if (asked === 'agent') return 'agent';
  if (asked === 'timeout') return 'system';
  return originator === 'local' ? 'agent' : originator === 'remote' ? 'customer' : 'system';
}

function clampMs(ms: number): number {
  return Math.min(MAX_MS, Math.max(0, Math.round(ms)));
}

/** Folds a whole sequence of events: the record of the attempt, if it has ended. */
export function runCall(events: readonly CallEvent[]): CallRecord | null {
  let state: CallState = IDLE;
  let record: CallRecord | null = null;
  for (const e of events) {
    const s = stepCall(state, e);
    state = s.state;
    record ??= s.record;
  }
  return record;
}

/** The facts a call activity keeps of a record. */
export function phoneCallOf(r: CallRecord): PhoneCall {
  return {
    direction: r.direction,
    result: r.result,
    sipStatus: r.sipStatus,
    ringMs: r.ringMs,
    talkMs: r.talkMs,
    hangupBy: r.hangupBy,
    ...(r.recordingId ? { recordingId: r.recordingId } : {}),
  };
}

/** A cancelled call that rang this long counts as unanswered: the agent gave up waiting. */
export const CANCEL_COUNTS_AS_NO_ANSWER_MS = 5_000;

/**
 * What an unanswered attempt does to the lead, as the disposition key the agent would have
 * pressed: no answer, a rejection or busy count as an attempt and schedule the retry; a call the
 * agent cancelled before it rang for long, or one the network or PBX failed, leaves the lead as it
 * was (the attempt is still logged).
 */
export function dispositionOfUnanswered(call: PhoneCall): Disposition | null {
  // A missed inbound call is the customer's attempt, not ours: no retry is burnt on it.
  if (call.direction === 'inbound') return null;
  switch (call.result) {
    case 'noAnswer':
    case 'rejected':
      return 'noAnswer';
    case 'busy':
      return 'busy';
    case 'cancelled':
      return call.ringMs >= CANCEL_COUNTS_AS_NO_ANSWER_MS ? 'noAnswer' : null;
    default:
      return null;
  }
}

/** Outcomes an agent may give a call the line says nobody answered. */
export const UNANSWERED_DISPOSITIONS: readonly Disposition[] = ['noAnswer', 'busy'];

/** Whether a disposition fits what the line signalled. */
export function dispositionFitsCall(disposition: Disposition, call: PhoneCall): boolean {
  return call.result === 'answered' || UNANSWERED_DISPOSITIONS.includes(disposition);
}
