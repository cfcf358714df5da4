// Call dispositions: what happened on a call, and what that does to the lead — stage, touches,
// the next call and the follow-up lists. Pure: the desk's `setDisposition` action applies it.
import type { CallingPolicy } from './calling-window';
import { DEFAULT_CALLING_WINDOW } from './calling-window';
import {
  afterRefusal,
  DEFAULT_FOLLOW_UP_POLICY,
  nextCheckIn,
  retryAt,
  type FollowUpPolicy,
} from './follow-up';
import type { UserId } from './ids';
import type { ObjectionCategory } from './objections';
import type { Deal, Lead, LeadStage } from './lead';
import { CLOSED_STAGES, transition, type LostReason } from './pipeline';

export const DISPOSITIONS = [
  'noAnswer',
  'busy',
  'voicemail',
  'wrongNumber',
  'notInterested',
  'callBack',
  'meetingBooked',
  'doNotCall',
  'sale',
  'retained',
  'upsold',
  'churned',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export type DispositionRole = 'hunter' | 'closer' | 'farmer';

/** Number keys per role, in the order they appear on the call screen. */
export const DISPOSITION_KEYS: Readonly<Record<DispositionRole, readonly Disposition[]>> = {
  hunter: [
    'noAnswer',
    'busy',
    'voicemail',
    'wrongNumber',
    'notInterested',
    'callBack',
    'meetingBooked',
    'doNotCall',
    'sale',
  ],
  closer: ['noAnswer', 'busy', 'voicemail', 'callBack', 'notInterested', 'doNotCall'],
  farmer: [
    'noAnswer',
    'busy',
    'voicemail',
    'callBack',
    'retained',
    'upsold',
    'churned',
    'doNotCall',
  ],
};

/** True when the agent talked to someone (it resets the unanswered-attempts counter). */
export const CONVERSATION: Readonly<Record<Disposition, boolean>> = {
  noAnswer: false,
  busy: false,
  voicemail: false,
  wrongNumber: false,
  notInterested: true,
  callBack: true,
  meetingBooked: true,
  doNotCall: true,
  sale: true,
  retained: true,
  upsold: true,
  churned: true,
};

export type DispositionContext = {
  now: number;
  agentId: UserId;
  /** The lead's timezone for calling hours (phone-timezone.ts leadTimezone). */
  timeZone: string;
  policy?: FollowUpPolicy;
  calling?: CallingPolicy;
  callbackAt?: number;
  meeting?: { closerId: UserId; at: number; note?: string };
  deal?: Omit<Deal, 'at'>;
  /** The farmer who will look after a new customer. */
  farmerId?: UserId | null;
  lostReason?: LostReason;
  /** A refusal's reason (objection category) and the new offer for the re-call. */
  objection?: ObjectionCategory;
  newOffer?: string;
};

export type DispositionError =
  | 'callbackTimeMissing'
  | 'callbackInPast'
  | 'meetingMissing'
  | 'meetingInPast'
  | 'dealMissing'
  | 'dealAmountInvalid'
  | 'notAllowedInStage'
  | 'lostReasonMissing';

export type DispositionResult =
  | {
      ok: true;
      patch: Partial<Lead>;
      /** Set when the stage changes, for the activity log. */
      stageTo: LeadStage | null;
    }
  | { ok: false; error: DispositionError };

type Patch = Partial<Lead>;

function stageMove(
  lead: Lead,
  to: LeadStage,
  now: number,
  reason?: LostReason,
): Patch | DispositionError {
  if (lead.stage === to) return {};
  const r = transition(lead, to, now, reason);
  if (!r.ok) return r.error.code === 'reasonRequired' ? 'lostReasonMissing' : 'notAllowedInStage';
  return r.patch;
}

/**
 * What winning a deal sets besides the stage: the deal, the customer handed to their farmer (when
 * there is one) and the first retention check-in. The closer's "won" and the hunter's "sale" key
 * both come here.
 */
export function wonFields(
  lead: Pick<Lead, 'ownerId' | 'timezone' | 'phoneE164'>,
  deal: Omit<Deal, 'at'> | undefined,
  ctx: Pick<DispositionContext, 'now' | 'timeZone' | 'policy' | 'calling' | 'farmerId'>,
): Patch | DispositionError {
  if (!deal) return 'dealMissing';
  if (!(deal.amount > 0) || !Number.isFinite(deal.amount)) return 'dealAmountInvalid';
  return {
    deal: { ...deal, at: ctx.now },
    ...(ctx.farmerId && ctx.farmerId !== lead.ownerId ? { ownerId: ctx.farmerId } : {}),
    nextCallAt: nextCheckIn(ctx.now, true, ctx.timeZone, ctx.policy, ctx.calling),
    nextCallKind: 'checkIn',
    followUpList: 'none',
  };
}

/** Applies a call outcome to a lead. */
export function applyDisposition(
  lead: Lead,
  disposition: Disposition,
  ctx: DispositionContext,
): DispositionResult {
  const { now } = ctx;
  const policy = ctx.policy ?? DEFAULT_FOLLOW_UP_POLICY;
  const calling = ctx.calling ?? DEFAULT_CALLING_WINDOW;
  const talked = CONVERSATION[disposition];
  const base: Patch = {
    updatedAt: now,
    attempts: talked ? 0 : lead.attempts + 1,
    // A touch is a contact the lead noticed: a conversation or a message left.
    touches: talked || disposition === 'voicemail' ? lead.touches + 1 : lead.touches,
  };
  const done = (patch: Patch, stageTo: LeadStage | null = null): DispositionResult => ({
    ok: true,
    patch: { ...base, ...patch },
    stageTo,
  });
  const move = (to: LeadStage, extra: Patch, reason?: LostReason): DispositionResult => {
    const m = stageMove(lead, to, now, reason);
    if (typeof m === 'string') return { ok: false, error: m };
    return done({ ...m, ...extra }, lead.stage === to ? null : to);
  };

  switch (disposition) {
    case 'noAnswer':
    case 'busy':
    case 'voicemail': {
      if (lead.attempts + 1 >= policy.maxAttempts) {
        // Unreachable for now: try again on the month-end list rather than every two hours.
        const r = afterRefusal(2, ctx.timeZone, now, policy, calling);
        if (r.kind === 'followUp')
          return done({
            nextCallAt: r.nextCallAt,
            nextCallKind: 'followUp',
            followUpList: r.list,
            attempts: 0,
          });
      }
      return done({
        nextCallAt: retryAt(disposition, ctx.timeZone, now, policy, calling),
        nextCallKind: 'retry',
      });
    }
    case 'wrongNumber':
      if (CLOSED_STAGES.includes(lead.stage) || lead.stage === 'retention')
        return done({ nextCallAt: null, nextCallKind: null });
      return move('lost', { nextCallAt: null, nextCallKind: null }, 'unreachable');
    case 'doNotCall':
      if (lead.stage === 'lead' || lead.stage === 'qualified') {
        return move('lost', { doNotCall: true, nextCallAt: null, nextCallKind: null }, 'doNotCall');
      }
      return done({ doNotCall: true, nextCallAt: null, nextCallKind: null });
    case 'notInterested': {
      const refusals = lead.refusals + 1;
      const r = afterRefusal(refusals, ctx.timeZone, now, policy, calling);
      if (r.kind === 'lost') {
        return move(
          'lost',
          { refusals, nextCallAt: null, nextCallKind: null, followUpList: 'none' },
          ctx.lostReason ?? 'noNeed',
        );
      }
      // The re-call sees why the lead said no this time and what to offer then.
      const offer = ctx.newOffer?.trim() ?? '';
      return done({
        refusals,
        nextCallAt: r.nextCallAt,
        nextCallKind: 'followUp',
        followUpList: r.list,
        ...(ctx.objection ? { refusalReason: ctx.objection } : {}),
        ...(offer ? { newOffer: offer } : {}),
      });
    }
    case 'callBack': {
      // NaN/Infinity come from an unparsable date field: treat as no time at all.
      if (ctx.callbackAt === undefined || !Number.isFinite(ctx.callbackAt))
        return { ok: false, error: 'callbackTimeMissing' };
      if (ctx.callbackAt <= now) return { ok: false, error: 'callbackInPast' };
      return done({ nextCallAt: ctx.callbackAt, nextCallKind: 'callback' });
    }
    case 'meetingBooked': {
      if (!ctx.meeting || !Number.isFinite(ctx.meeting.at))
        return { ok: false, error: 'meetingMissing' };
      if (ctx.meeting.at <= now) return { ok: false, error: 'meetingInPast' };
      return move('meetingScheduled', {
        ownerId: ctx.meeting.closerId,
        meeting: {
          at: ctx.meeting.at,
          closerId: ctx.meeting.closerId,
          bookedBy: ctx.agentId,
          bookedAt: now,
          note: ctx.meeting.note ?? '',
        },
        nextCallAt: null,
        nextCallKind: null,
        followUpList: 'none',
      });
    }
    case 'sale': {
      const won = wonFields(lead, ctx.deal, { ...ctx, policy, calling });
      if (typeof won === 'string') return { ok: false, error: won };
      return move('won', won);
    }
    case 'retained':
    case 'upsold': {
      const next = {
        nextCallAt: nextCheckIn(now, false, ctx.timeZone, policy, calling),
        nextCallKind: 'checkIn' as const,
      };
      if (lead.stage === 'won') return move('retention', next);
      if (lead.stage !== 'retention') return { ok: false, error: 'notAllowedInStage' };
      return done(next);
    }
    case 'churned':
      if (lead.stage !== 'won' && lead.stage !== 'retention')
        return { ok: false, error: 'notAllowedInStage' };
      return move('lost', { nextCallAt: null, nextCallKind: null }, ctx.lostReason ?? 'competitor');
  }
}
