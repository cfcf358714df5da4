// The records every desk keeps locally and the server stores: leads and their activities.
import type { ActivityId, LeadId, OrganisationId, TeamId, UserId } from './ids';
import type { LostReason } from './pipeline';

/** Pipeline stages of DOMAIN.md, in order. */
export const LEAD_STAGES = [
  'lead',
  'qualified',
  'meetingScheduled',
  'proposalSent',
  'won',
  'lost',
  'retention',
] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** Why a lead is due a call: the agent promised one, a no-answer retry, or a follow-up rule. */
export type NextCallKind = 'callback' | 'retry' | 'followUp' | 'checkIn';

/** DOMAIN.md follow-up lists: re-call in days, then the month-end list, then the quarter list. */
export type FollowUpList = 'none' | 'recall' | 'month' | 'quarter';

export type BantAnswer = { met: boolean | null; note: string };
/** Budget, Authority, Need, Timeline: the hunter's qualification. */
export type Bant = {
  budget: BantAnswer;
  authority: BantAnswer;
  need: BantAnswer;
  timeline: BantAnswer;
};

/** The hand-off from hunter to closer. */
export type Meeting = {
  at: number;
  closerId: UserId;
  bookedBy: UserId;
  bookedAt: number;
  note: string;
};

export type Deal = { productId: string; amount: number; currency: string; at: number };

export type Lead = {
  id: LeadId;
  organisationId: OrganisationId;
  /** The agent working the lead; null while it waits in a team queue. */
  ownerId: UserId | null;
  teamId: TeamId | null;
  stage: LeadStage;
  name: string;
  company: string;
  /** Main phone in E.164 (+905321234567); extra numbers in `phones`. */
  phoneE164: string | null;
  phones: string[];
  email: string | null;
  country: string | null;
  /** IANA timezone, inferred from the phone number unless overridden. */
  timezone: string | null;
  listName: string | null;
  source: string | null;
  priority: number;
  touches: number;
  /** Epoch ms of the next planned call; null when nothing is planned. */
  nextCallAt: number | null;
  doNotCall: boolean;
  /** Normalised name/company/email tokens (shared/domain/search-key.ts), multi-entry indexed. */
  searchKeys: string[];
  notes: string;
  custom: Record<string, string>;
  createdAt: number;
  updatedAt: number;
  stageChangedAt: number;
  nextCallKind: NextCallKind | null;
  followUpList: FollowUpList;
  /** Times the lead said no; drives the follow-up lists. */
  refusals: number;
  /** Unanswered dial attempts since the last conversation; drives retries. */
  attempts: number;
  bant: Bant | null;
  meeting: Meeting | null;
  proposal: Deal | null;
  deal: Deal | null;
  lostReason: LostReason | null;
};

export const ACTIVITY_TYPES = [
  'call',
  'note',
  'email',
  'meeting',
  'stageChange',
  'handOff',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Append-only: activities are never edited once written. */
export type Activity = {
  id: ActivityId;
  leadId: LeadId;
  agentId: UserId;
  type: ActivityType;
  /** Epoch ms when it happened. */
  at: number;
  durationSec: number | null;
  disposition: string | null;
  note: string;
  /** For stage changes: the stage the lead moved to. */
  stageTo?: LeadStage;
  /** For a won deal: its value. */
  amount?: number;
  currency?: string;
};

/** The pipeline bookkeeping of a lead nobody has worked yet. */
export function freshLeadState(
  at: number,
): Pick<
  Lead,
  | 'stageChangedAt'
  | 'nextCallKind'
  | 'followUpList'
  | 'refusals'
  | 'attempts'
  | 'bant'
  | 'meeting'
  | 'proposal'
  | 'deal'
  | 'lostReason'
> {
  return {
    stageChangedAt: at,
    nextCallKind: null,
    followUpList: 'none',
    refusals: 0,
    attempts: 0,
    bant: null,
    meeting: null,
    proposal: null,
    deal: null,
    lostReason: null,
  };
}
