// The records every desk keeps locally and the server stores: leads and their activities.
import type { ActivityId, LeadId, OrganisationId, TeamId, UserId } from './ids';

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
};
