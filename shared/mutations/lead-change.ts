// Building blocks of the verbs that work one lead: load it, log the call and its stage change,
// and describe the change (the fields the verb sets, and the stage and owner it relied on when
// it moves either).
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { dispositionFitsCall, phoneCallSchema } from '../domain/call-attempt';
import { callingPolicyFor } from '../domain/calling-rules';
import {
  applyDisposition,
  type Disposition,
  type DispositionContext,
} from '../domain/dispositions';
import {
  leadIdSchema,
  productIdSchema,
  uuidv7At,
  type ActivityId,
  type ProductId,
} from '../domain/ids';
import type { Activity, ActivityContext, Lead, LeadStage } from '../domain/lead';
import { leadTimezone } from '../domain/phone-timezone';
import type { LeadEffect, LeadPatch } from './effects';
import type { MutationState } from './state';
import {
  atSchema,
  fail,
  newActivityIdSchema,
  ok,
  type VerbContext,
  type VerbErrorCode,
  type VerbResult,
} from './verb';

/** Objection cards opened on a call: card ids, each once, in the order opened. */
export const cardsOpenedSchema = z
  .array(z.string().min(1).max(100))
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, 'each card once');

/** The competitor a lost lead or a customer went to, when the agent named one. */
export const competitorSchema = z.string().max(200);

/** A named competitor, trimmed; undefined when blank. */
export function competitorOf(name: string | undefined): string | undefined {
  const n = name?.trim();
  return n ? n : undefined;
}

/** The arguments of every verb that logs a call on a lead. */
export const callArgsSchema = z.object({
  /** The call activity's id; its stage change gets the next id (uuidv7At). */
  id: newActivityIdSchema,
  leadId: leadIdSchema,
  durationSec: z.number().int().min(0).max(86_400).nullable().default(null),
  note: z.string().max(20_000).default(''),
  /** What the desk's phone signalled, when it placed or took the call (talk time wins over durationSec). */
  phone: phoneCallSchema.optional(),
  /** The objection cards the agent opened during the call (card ids, each once, in order). */
  cardsOpened: cardsOpenedSchema.optional(),
  at: atSchema,
});
export type CallArgs = z.output<typeof callArgsSchema>;

/** The arguments of a verb about a deal on a lead (a proposal, a win). */
export const dealArgsSchema = z.object({
  id: newActivityIdSchema,
  leadId: leadIdSchema,
  productId: productIdSchema,
  amount: z.number().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  at: atSchema,
});

/** A country code for numbers typed without one. */
export const countrySchema = z
  .string()
  .refine((c): c is CountryCode => isSupportedCountry(c), 'not a supported country');

export function leadOf(state: MutationState, id: Lead['id']): Lead | VerbErrorCode {
  return state.lead(id) ?? 'leadNotFound';
}

/** The lead effect of a patch, with the stage and owner it relied on when it moves them. */
export function leadChange(lead: Lead, patch: LeadPatch): LeadEffect {
  const expect: NonNullable<LeadEffect['expect']> = {};
  if (patch.stage !== undefined && patch.stage !== lead.stage) expect.stage = lead.stage;
  if (patch.ownerId !== undefined && patch.ownerId !== lead.ownerId) expect.ownerId = lead.ownerId;
  return { id: lead.id, patch, ...(Object.keys(expect).length ? { expect } : {}) };
}

/** Most characters a lead's notes keep (the lead schema's limit): the oldest lines go first. */
export const NOTES_MAX = 20_000;

export function appendNote(existing: string, note: string): string {
  const all = existing ? `${existing}\n${note}` : note;
  return all.length <= NOTES_MAX ? all : all.slice(all.length - NOTES_MAX);
}

/** An activity of the actor on a lead. */
export function activityOf(
  ctx: VerbContext,
  lead: Pick<Lead, 'id'> & Partial<Lead>,
  fields: Pick<Activity, 'id' | 'type' | 'at'> & Partial<Activity>,
): Activity {
  const context = activityContext(lead);
  return {
    leadId: lead.id,
    agentId: ctx.actor.id,
    durationSec: null,
    disposition: null,
    note: '',
    ...(context ? { context } : {}),
    ...fields,
  };
}

/** Where the lead stood before the activity (its stage, team, list, …): null without a full lead. */
export function activityContext(lead: Partial<Lead>): ActivityContext | null {
  if (lead.stage === undefined || lead.stageChangedAt === undefined) return null;
  const productId = lead.deal?.productId ?? lead.proposal?.productId ?? null;
  return {
    teamId: lead.teamId ?? null,
    list: lead.listName ?? null,
    source: lead.source ?? null,
    ...(lead.trackingNumber ? { did: lead.trackingNumber } : {}),
    ...(productId ? { productId: productId as ProductId } : {}),
    stageFrom: lead.stage,
    stageSince: lead.stageChangedAt,
  };
}

/** The stage change row that follows an action a millisecond later, with the next id. */
export function stageActivity(
  ctx: VerbContext,
  lead: Pick<Lead, 'id'>,
  actionId: ActivityId,
  at: number,
  to: LeadStage,
  extra: Partial<Activity> = {},
): Activity {
  return activityOf(ctx, lead, {
    id: uuidv7At(actionId, at + 1) as ActivityId,
    type: 'stageChange',
    at: at + 1,
    stageTo: to,
    ...extra,
  });
}

/** What a lost lead's stage change says about why: the reason, and the competitor when named. */
export function lostFields(
  reason: Lead['lostReason'] | undefined,
  competitor: string | undefined,
): Pick<Activity, 'lostReason' | 'competitor'> {
  if (!reason) return {};
  const named = reason === 'competitor' ? competitorOf(competitor) : undefined;
  return { lostReason: reason, ...(named ? { competitor: named } : {}) };
}

/** The organisation's calling rules for this lead. */
export function callingRules(
  lead: Pick<Lead, 'timezone' | 'phoneE164'> & Partial<Pick<Lead, 'country'>>,
  ctx: VerbContext,
): Pick<DispositionContext, 'timeZone' | 'calling' | 'policy'> {
  return {
    timeZone: leadTimezone(lead, ctx.organisation.timezone),
    calling: callingPolicyFor(ctx.organisation.callingWindow, ctx.callingRules, lead.country),
    ...(ctx.policy ? { policy: ctx.policy } : {}),
  };
}

/**
 * A call with its outcome: the rule of shared/domain/dispositions decides what happens to the
 * lead; the call is logged, the agent's note joins the lead's notes, and a lead worked from the
 * team queue becomes the agent's own (unless the outcome hands it on).
 */
export function logCall(
  state: MutationState,
  args: CallArgs,
  ctx: VerbContext,
  disposition: Disposition,
  outcome: Partial<DispositionContext> = {},
  /** What the call's activity records besides the call (an up-sell's purchase). */
  callExtra: Pick<Activity, 'amount' | 'currency' | 'productId' | 'objection' | 'newOffer'> = {},
  /** The competitor named when the outcome loses the lead to one (ignored otherwise). */
  competitor?: string,
): VerbResult {
  const lead = leadOf(state, args.leadId);
  if (typeof lead === 'string') return fail(lead);
  if (args.phone && !dispositionFitsCall(disposition, args.phone))
    return fail(
      'callNotAnswered',
      `The line says ${args.phone.result}; ${disposition} needs a conversation.`,
    );
  const r = applyDisposition(lead, disposition, {
    now: args.at,
    agentId: ctx.actor.id,
    ...callingRules(lead, ctx),
    ...outcome,
  });
  if (!r.ok) return fail(r.error);
  const note = args.note.trim();
  const patch: LeadPatch = {
    ...(lead.ownerId === null ? { ownerId: ctx.actor.id } : {}),
    ...r.patch,
    ...(note ? { notes: appendNote(lead.notes, note) } : {}),
  };
  const activities = [
    activityOf(ctx, lead, {
      id: args.id,
      type: 'call',
      at: args.at,
      disposition,
      durationSec: args.phone ? Math.round(args.phone.talkMs / 1000) : args.durationSec,
      note,
      ...callExtra,
      // The list a refusal (or too many unanswered calls) put the lead on: the follow-up lists'
      // conversion counts from it.
      ...(r.patch.followUpList && r.patch.followUpList !== 'none'
        ? { followUpList: r.patch.followUpList }
        : {}),
      ...(args.phone ? { phone: args.phone } : {}),
      ...(args.cardsOpened?.length ? { cardsOpened: args.cardsOpened } : {}),
    }),
  ];
  if (r.stageTo) {
    const deal = r.stageTo === 'won' ? r.patch.deal : null;
    activities.push(
      stageActivity(
        ctx,
        lead,
        args.id,
        args.at,
        r.stageTo,
        deal
          ? { amount: deal.amount, currency: deal.currency, productId: deal.productId }
          : r.stageTo === 'lost'
            ? lostFields(r.patch.lostReason ?? null, competitor)
            : {},
      ),
    );
  }
  return ok({ leads: [leadChange(lead, patch)], activities });
}
