// The records every desk keeps locally and the server stores: leads and their activities. The
// zod schemas are the one definition: the types are inferred from them, the wire protocol
// (shared/sync/protocol.ts) validates with them, and the ids come out branded.
import { phoneCallSchema } from './call-attempt';
import { z } from 'zod';
import {
  activityIdSchema,
  organisationIdSchema,
  productIdSchema,
  leadIdSchema,
  teamIdSchema,
  userIdSchema,
} from './ids';
import { MESSAGE_CHANNELS } from './message-channels';
import { LOST_REASONS } from './pipeline';
import { quoteRecordSchema } from '../quote/quote';
import { OBJECTION_CATEGORIES } from './objections';

const epochMs = z.number().int().min(0).max(8.64e15);
const text = (max: number) => z.string().max(max);
/** A phone number in E.164: +, country code, up to 15 digits. */
export const e164Schema = z.string().regex(/^\+[1-9]\d{5,14}$/);

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
export const NEXT_CALL_KINDS = ['callback', 'retry', 'followUp', 'checkIn'] as const;
export type NextCallKind = (typeof NEXT_CALL_KINDS)[number];

/** DOMAIN.md follow-up lists: re-call in days, then the month-end list, then the quarter list. */
export const FOLLOW_UP_LISTS = ['none', 'recall', 'month', 'quarter'] as const;
export type FollowUpList = (typeof FOLLOW_UP_LISTS)[number];

export const bantAnswerSchema = z.object({ met: z.boolean().nullable(), note: text(2000) });
/** Budget, Authority, Need, Timeline: the hunter's qualification. */
export const bantSchema = z.object({
  budget: bantAnswerSchema,
  authority: bantAnswerSchema,
  need: bantAnswerSchema,
  timeline: bantAnswerSchema,
});
export type BantAnswer = z.infer<typeof bantAnswerSchema>;
export type Bant = z.infer<typeof bantSchema>;

/** The hand-off from hunter to closer. */
export const meetingSchema = z.object({
  at: epochMs,
  closerId: userIdSchema,
  bookedBy: userIdSchema,
  bookedAt: epochMs,
  note: text(4000),
  /** What became of it, as the closer recorded (recordMeetingOutcome); absent while pending. */
  outcome: z.enum(['held', 'noShow']).optional(),
  outcomeAt: epochMs.optional(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** What the closer records about a meeting: it took place, nobody came, or it moved. */
export const MEETING_OUTCOMES = ['held', 'noShow', 'rescheduled'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export const dealSchema = z.object({
  productId: productIdSchema,
  amount: z.number().finite().min(0),
  currency: z.string().length(3),
  at: epochMs,
  /** The quote document sent with a proposal: its number, discount, validity and language. */
  quote: quoteRecordSchema.optional(),
});
export type Deal = z.infer<typeof dealSchema>;

/** Where a referred lead came from: the customer who named them and the agent who wrote it down. */
export const referralSchema = z.object({
  leadId: leadIdSchema,
  name: text(300),
  agentId: userIdSchema,
});
export type Referral = z.infer<typeof referralSchema>;

/** How a lead added by hand reached the desk; the inbound script is the one for an inbound caller. */
export const LEAD_ORIGINS = ['inbound', 'walkIn', 'referral', 'other'] as const;
export type LeadOrigin = (typeof LEAD_ORIGINS)[number];
/** Limits of the postal address and of the interests the agent notes down. */
export const ADDRESS_MAX = 500;
export const INTEREST_MAX = 60;
export const INTERESTS_MAX = 30;
/** Characters of the new offer noted for a re-call. */
export const NEW_OFFER_MAX = 500;

/** A whole lead, as the server stores and serves it and every desk keeps it. */
export const leadSchema = z.object({
  id: leadIdSchema,
  organisationId: organisationIdSchema,
  /** The agent working the lead; null while it waits in a team queue. */
  ownerId: userIdSchema.nullable(),
  teamId: teamIdSchema.nullable(),
  stage: z.enum(LEAD_STAGES),
  name: text(300),
  company: text(300),
  /** Main phone in E.164 (+905321234567); extra numbers in `phones`. */
  phoneE164: e164Schema.nullable(),
  phones: z.array(e164Schema).max(20),
  email: text(320).nullable(),
  country: z.string().length(2).nullable(),
  /** IANA timezone, inferred from the phone number unless overridden. */
  timezone: text(64).nullable(),
  listName: text(200).nullable(),
  source: text(200).nullable(),
  priority: z.number().int().min(0).max(1000),
  touches: z.number().int().min(0),
  /** Epoch ms of the next planned call; null when nothing is planned. */
  nextCallAt: epochMs.nullable(),
  doNotCall: z.boolean(),
  /** Normalised name/company/email tokens (shared/domain/search-key.ts), multi-entry indexed. */
  searchKeys: z.array(text(200)).max(500),
  notes: text(20_000),
  custom: z.record(text(100), text(2000)),
  createdAt: epochMs,
  updatedAt: epochMs,
  stageChangedAt: epochMs,
  nextCallKind: z.enum(NEXT_CALL_KINDS).nullable(),
  followUpList: z.enum(FOLLOW_UP_LISTS),
  /** Times the lead said no; drives the follow-up lists. */
  refusals: z.number().int().min(0),
  /** Unanswered dial attempts since the last conversation; drives retries. */
  attempts: z.number().int().min(0),
  bant: bantSchema.nullable(),
  meeting: meetingSchema.nullable(),
  proposal: dealSchema.nullable(),
  deal: dealSchema.nullable(),
  lostReason: z.enum(LOST_REASONS).nullable(),
  /** Postal address as the customer gives it (free text, several lines). */
  address: text(ADDRESS_MAX).optional(),
  /** What the customer is interested in: short tags the agent notes (products, topics). */
  interests: z.array(text(INTEREST_MAX)).max(INTERESTS_MAX).optional(),
  /** How a lead added by hand came in (absent for imported leads). */
  origin: z.enum(LEAD_ORIGINS).optional(),
  /** A lead a customer recommended: the customer's lead, their name then, and who took it down. */
  referredBy: referralSchema.optional(),
  /** Why the lead last refused (an objection category), for the re-call. */
  refusalReason: z.enum(OBJECTION_CATEGORIES).optional(),
  /** The new offer the agent noted for the re-call after a refusal. */
  newOffer: text(NEW_OFFER_MAX).optional(),
  /**
   * The advert's tracking number (DID, E.164) a caller dialled when their call created the lead;
   * set once, at creation (a known lead calling an advert keeps how it first came).
   */
  trackingNumber: e164Schema.optional(),
});
export type Lead = z.infer<typeof leadSchema>;
/** A lead field a mutation may change: every field but the identity. */
export type LeadField = Exclude<keyof Lead, 'id' | 'organisationId'>;
export const LEAD_FIELDS = Object.keys(leadSchema.shape).filter(
  (k) => k !== 'id' && k !== 'organisationId',
) as LeadField[];

export const ACTIVITY_TYPES = [
  'call',
  'note',
  'email',
  'meeting',
  'stageChange',
  'handOff',
  'message',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export { MESSAGE_CHANNELS, type MessageChannel } from './message-channels';

/**
 * What the lead was when an activity happened: its team, list, source and tracking number, the
 * product on offer, and the stage it was in and since when. Stamped by the verb that writes the
 * activity (the server's copy, from the server's rows, is the one kept), so reports group an
 * activity by where the lead stood then, without reading the lead.
 */
export const activityContextSchema = z.object({
  teamId: teamIdSchema.nullable(),
  list: text(200).nullable(),
  source: text(200).nullable(),
  did: text(32).nullable().optional(),
  productId: productIdSchema.nullable().optional(),
  stageFrom: z.enum(LEAD_STAGES),
  stageSince: epochMs,
});
export type ActivityContext = z.infer<typeof activityContextSchema>;

/** Append-only: activities are never edited once written. */
export const activitySchema = z.object({
  id: activityIdSchema,
  leadId: leadIdSchema,
  agentId: userIdSchema,
  type: z.enum(ACTIVITY_TYPES),
  /** Epoch ms when it happened. */
  at: epochMs,
  durationSec: z.number().int().min(0).max(86_400).nullable(),
  disposition: text(64).nullable(),
  note: text(20_000),
  /** For stage changes: the stage the lead moved to. */
  stageTo: z.enum(LEAD_STAGES).optional(),
  /** For a won deal: its value. */
  amount: z.number().finite().min(0).optional(),
  currency: z.string().length(3).optional(),
  /** For a sale or an up-sell: the product bought (a purchase in the customer's history). */
  productId: productIdSchema.optional(),
  /** For a referral the customer gave: the new lead it created. */
  referralLeadId: leadIdSchema.optional(),
  /** For a meeting's outcome: the hunter who booked it (their show rate). */
  bookedBy: userIdSchema.optional(),
  /** For a proposal sent with a quote: the quote it was. */
  quote: quoteRecordSchema.optional(),
  /** For a call the desk's phone placed or took: what the line signalled, ring and talk time. */
  phone: phoneCallSchema.optional(),
  /** For a message: the channel it went by, and the e-mail's subject (the text is the note). */
  channel: z.enum(MESSAGE_CHANNELS).optional(),
  subject: text(300).optional(),
  /** For a refusal: why (an objection category), the new offer for the re-call, and the follow-up list the call put the lead on. */
  objection: z.enum(OBJECTION_CATEGORIES).optional(),
  newOffer: text(NEW_OFFER_MAX).optional(),
  followUpList: z.enum(FOLLOW_UP_LISTS).optional(),
  /** For a lead lost or a customer who left: why, and the competitor they went to when named. */
  lostReason: z.enum(LOST_REASONS).optional(),
  competitor: text(200).optional(),
  /** For a call: the objection cards the agent opened during it (card ids), in order. */
  cardsOpened: z.array(text(100)).max(50).optional(),
  /** The lead as it was when this happened (insight groups by it; see activityContext). */
  context: activityContextSchema.optional(),
});
export type Activity = z.infer<typeof activitySchema>;

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
