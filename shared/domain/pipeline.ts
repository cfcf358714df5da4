// The sales pipeline of DOMAIN.md: stages, the moves allowed between them, and why leads are lost.
import type { Lead, LeadStage } from './lead';

export const LOST_REASONS = [
  'price',
  'competitor',
  'noNeed',
  'noBudget',
  'noAuthority',
  'badTiming',
  'unreachable',
  'doNotCall',
  'other',
] as const;
export type LostReason = (typeof LOST_REASONS)[number];

/**
 * Allowed moves. A hunter qualifies and books; a closer proposes and closes; a won deal becomes a
 * customer the farmers retain. A lost lead may be reopened by the follow-up lists, and a
 * customer who leaves is lost (churn).
 */
export const TRANSITIONS: Readonly<Record<LeadStage, readonly LeadStage[]>> = {
  // A hunter may close on the spot (small teams' "universal soldier").
  lead: ['qualified', 'meetingScheduled', 'won', 'lost'],
  qualified: ['meetingScheduled', 'won', 'lost', 'lead'],
  meetingScheduled: ['proposalSent', 'won', 'lost', 'qualified'],
  proposalSent: ['won', 'lost', 'meetingScheduled'],
  won: ['retention', 'lost'],
  lost: ['lead'],
  retention: ['lost'],
};

/** Stages nobody dials from the cold queue. */
export const CLOSED_STAGES: readonly LeadStage[] = ['won', 'lost'];

export function canTransition(from: LeadStage, to: LeadStage): boolean {
  return TRANSITIONS[from].includes(to);
}

export type TransitionError =
  | { code: 'notAllowed'; from: LeadStage; to: LeadStage }
  | { code: 'reasonRequired' }
  | { code: 'unknownReason'; reason: string };

export type TransitionResult =
  | { ok: true; patch: Pick<Lead, 'stage' | 'stageChangedAt' | 'lostReason'> }
  | { ok: false; error: TransitionError };

export function isLostReason(value: unknown): value is LostReason {
  return typeof value === 'string' && (LOST_REASONS as readonly string[]).includes(value);
}

/** Moves a lead to `to`, enforcing the allowed moves and a reason for every lost lead. */
export function transition(
  lead: Pick<Lead, 'stage' | 'lostReason'>,
  to: LeadStage,
  at: number,
  reason?: string,
): TransitionResult {
  if (!canTransition(lead.stage, to)) {
    return { ok: false, error: { code: 'notAllowed', from: lead.stage, to } };
  }
  if (to === 'lost') {
    if (reason === undefined || reason === '')
      return { ok: false, error: { code: 'reasonRequired' } };
    if (!isLostReason(reason)) return { ok: false, error: { code: 'unknownReason', reason } };
    return { ok: true, patch: { stage: to, stageChangedAt: at, lostReason: reason } };
  }
  return { ok: true, patch: { stage: to, stageChangedAt: at, lostReason: null } };
}
