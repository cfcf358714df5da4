// The desk's named domain actions. Each one changes the lead, appends its activities and writes
// an outbox entry in ONE Dexie transaction, so sync can push exactly what happened and a crash
// never leaves half an action behind. Screens call these and nothing else to change data.
import type { CountryCode } from 'libphonenumber-js';
import { applyDisposition, type Disposition } from '../../shared/domain/dispositions';
import { nextCheckIn } from '../../shared/domain/follow-up';
import type { OrganisationProfile } from '../../shared/domain/content';
import {
  uuidv7,
  type ActivityId,
  type LeadId,
  type ProductId,
  type UserId,
} from '../../shared/domain/ids';
import type { Activity, Bant, Lead, LeadStage } from '../../shared/domain/lead';
import { isLostReason, transition, type LostReason } from '../../shared/domain/pipeline';
import { toE164 } from '../../shared/domain/dnc';
import { leadTimezone } from '../../shared/domain/phone-timezone';
import { searchTokens } from '../../shared/domain/search-key';
import { isValidTimeZone } from '../../shared/domain/calling-window';
import type { Effects, LeadPatch, MutationName } from '../../shared/sync/protocol';
import { addToOutbox } from './outbox';
import { toStoredLead, type DeskDatabase, type StoredLead } from './schema';

export { OUTBOX_SCHEMA_VERSION } from './outbox';

export type ActionContext = {
  db: DeskDatabase;
  agentId: UserId;
  organisation: OrganisationProfile;
  now?: () => number;
};

export type ActionError =
  | 'leadNotFound'
  | 'callbackTimeMissing'
  | 'callbackInPast'
  | 'meetingMissing'
  | 'meetingInPast'
  | 'dealMissing'
  | 'dealAmountInvalid'
  | 'notAllowedInStage'
  | 'lostReasonMissing'
  | 'nameRequired'
  | 'phoneInvalid'
  | 'emailInvalid'
  | 'timezoneInvalid'
  | 'noteEmpty';

export type ActionResult = { ok: true; lead: StoredLead } | { ok: false; error: ActionError };

/** Lead fields the sync server stores; the queue keys are derived on each desk. */
const DERIVED_FIELDS = new Set(['id', 'organisationId', 'queueOwner', 'queueKey']);

/**
 * What an action did, for the sync server: the lead fields it changed (last write wins per
 * field), the stage and owner it relied on when it moved either (a conditional mutation), and
 * the activities it appended.
 */
export function leadEffects(before: Lead, after: Lead, activities: Activity[]): Effects {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (DERIVED_FIELDS.has(key)) continue;
    const old = (before as Record<string, unknown>)[key];
    if (old !== value && JSON.stringify(old) !== JSON.stringify(value)) patch[key] = value;
  }
  const expect: { stage?: LeadStage; ownerId?: UserId | null } = {};
  if (before.stage !== after.stage) expect.stage = before.stage;
  if (before.ownerId !== after.ownerId) expect.ownerId = before.ownerId;
  return {
    leads: [
      {
        id: after.id,
        patch: patch as LeadPatch,
        ...(Object.keys(expect).length ? { expect } : {}),
      },
    ],
    ...(activities.length ? { activities } : {}),
  };
}

function activity(
  agentId: UserId,
  leadId: LeadId,
  at: number,
  fields: Partial<Activity> & Pick<Activity, 'type'>,
): Activity {
  return {
    id: uuidv7(at) as ActivityId,
    leadId,
    agentId,
    at,
    durationSec: null,
    disposition: null,
    note: '',
    ...fields,
  };
}

/**
 * Runs `change` on the lead inside one transaction with its activities and outbox entry.
 * `change` returns the new lead and activities, or an error that aborts with nothing written.
 */
async function commit(
  ctx: ActionContext,
  name: MutationName,
  args: Record<string, unknown> & { leadId: LeadId },
  change: (
    lead: Lead,
    now: number,
  ) =>
    | { lead: Lead; activities: Activity[] }
    | ActionError
    | Promise<{ lead: Lead; activities: Activity[] } | ActionError>,
): Promise<ActionResult> {
  const { db } = ctx;
  const now = (ctx.now ?? Date.now)();
  return db.transaction('rw', [db.leads, db.activities, db.outbox, db.meta, db.dnc], async () => {
    const lead = await db.leads.get(args.leadId);
    if (!lead) return { ok: false, error: 'leadNotFound' } as const;
    const result = await change(lead, now);
    if (typeof result === 'string') return { ok: false, error: result } as const;
    const stored = toStoredLead({ ...result.lead, updatedAt: now });
    await db.leads.put(stored);
    if (result.activities.length) await db.activities.bulkAdd(result.activities);
    await addToOutbox(
      db,
      name,
      { ...args, at: now },
      leadEffects(lead, stored, result.activities),
      now,
    );
    return { ok: true, lead: stored } as const;
  });
}

function stageActivity(
  agentId: UserId,
  lead: Lead,
  at: number,
  to: LeadStage,
  extra: Partial<Activity> = {},
): Activity {
  return activity(agentId, lead.id, at + 1, {
    type: 'stageChange',
    stageTo: to,
    // The stage itself is in stageTo; the note is for words a person wrote.
    note: '',
    ...extra,
  });
}

export type DispositionInput = {
  leadId: LeadId;
  disposition: Disposition;
  durationSec?: number | null;
  note?: string;
  callbackAt?: number;
  meeting?: { closerId: UserId; at: number; note?: string };
  deal?: { productId: ProductId; amount: number; currency: string };
  farmerId?: UserId | null;
  lostReason?: LostReason;
};

/** Logs the call and applies its outcome (the hunter's, closer's and farmer's number keys). */
export function setDisposition(ctx: ActionContext, input: DispositionInput): Promise<ActionResult> {
  return commit(ctx, 'setDisposition', { ...input }, (lead, now) => {
    const r = applyDisposition(lead, input.disposition, {
      now,
      agentId: ctx.agentId,
      timeZone: leadTimezone(lead, ctx.organisation.timezone),
      calling: ctx.organisation.callingWindow,
      ...(input.callbackAt !== undefined ? { callbackAt: input.callbackAt } : {}),
      ...(input.meeting ? { meeting: input.meeting } : {}),
      ...(input.deal ? { deal: input.deal } : {}),
      ...(input.farmerId !== undefined ? { farmerId: input.farmerId } : {}),
      ...(input.lostReason ? { lostReason: input.lostReason } : {}),
    });
    if (!r.ok) return r.error;
    const note = input.note?.trim() ?? '';
    // Working a lead from the team pool makes it yours (unless the outcome hands it on).
    const next: Lead = {
      ...lead,
      ownerId: lead.ownerId ?? ctx.agentId,
      ...r.patch,
      notes: note ? appendNote(lead.notes, note) : lead.notes,
    };
    const acts = [
      activity(ctx.agentId, lead.id, now, {
        type: 'call',
        disposition: input.disposition,
        durationSec: input.durationSec ?? null,
        note,
      }),
    ];
    if (r.stageTo) {
      acts.push(
        stageActivity(
          ctx.agentId,
          lead,
          now,
          r.stageTo,
          r.stageTo === 'won' && input.deal
            ? { amount: input.deal.amount, currency: input.deal.currency }
            : {},
        ),
      );
    }
    return { lead: next, activities: acts };
  });
}

function appendNote(existing: string, note: string): string {
  return existing ? `${existing}\n${note}` : note;
}

/** Saves the BANT answers; four "yes" answers qualify a fresh lead. */
export function qualify(
  ctx: ActionContext,
  input: { leadId: LeadId; bant: Bant },
): Promise<ActionResult> {
  return commit(ctx, 'qualify', { ...input }, (lead, now) => {
    const allMet = Object.values(input.bant).every((a) => a.met === true);
    let next: Lead = { ...lead, bant: input.bant };
    const acts: Activity[] = [];
    if (allMet && lead.stage === 'lead') {
      const t = transition(lead, 'qualified', now);
      if (!t.ok) return 'notAllowedInStage';
      next = { ...next, ...t.patch };
      acts.push(stageActivity(ctx.agentId, lead, now, 'qualified'));
    }
    return { lead: next, activities: acts };
  });
}

/** Hunter → closer: books the meeting and moves the lead to "meeting scheduled". */
export function handOff(
  ctx: ActionContext,
  input: {
    leadId: LeadId;
    closerId: UserId;
    at: number;
    note?: string;
    durationSec?: number | null;
  },
): Promise<ActionResult> {
  return setDisposition(ctx, {
    leadId: input.leadId,
    disposition: 'meetingBooked',
    meeting: { closerId: input.closerId, at: input.at, note: input.note ?? '' },
    durationSec: input.durationSec ?? null,
    note: input.note ?? '',
  });
}

/** A callback at a time the lead asked for. */
export function scheduleCallback(
  ctx: ActionContext,
  input: { leadId: LeadId; at: number; note?: string; durationSec?: number | null },
): Promise<ActionResult> {
  return setDisposition(ctx, {
    leadId: input.leadId,
    disposition: 'callBack',
    callbackAt: input.at,
    note: input.note ?? '',
    durationSec: input.durationSec ?? null,
  });
}

/** Closer: the proposal is out; follow it up in three days. */
export function sendProposal(
  ctx: ActionContext,
  input: { leadId: LeadId; productId: ProductId; amount: number; currency: string },
): Promise<ActionResult> {
  return commit(ctx, 'sendProposal', { ...input }, (lead, now) => {
    if (!(input.amount > 0) || !Number.isFinite(input.amount)) return 'dealAmountInvalid';
    const t = transition(lead, 'proposalSent', now);
    if (!t.ok) return 'notAllowedInStage';
    const proposal = {
      productId: input.productId,
      amount: input.amount,
      currency: input.currency,
      at: now,
    };
    return {
      lead: {
        ...lead,
        ...t.patch,
        proposal,
        nextCallAt: now + 3 * 86_400_000,
        nextCallKind: 'followUp',
      },
      activities: [
        stageActivity(ctx.agentId, lead, now, 'proposalSent', {
          amount: input.amount,
          currency: input.currency,
        }),
      ],
    };
  });
}

/** Closer: won. The customer goes to a farmer with the first check-in planned. */
export function closeWon(
  ctx: ActionContext,
  input: {
    leadId: LeadId;
    productId: ProductId;
    amount: number;
    currency: string;
    farmerId: UserId | null;
  },
): Promise<ActionResult> {
  return commit(ctx, 'closeWon', { ...input }, (lead, now) => {
    if (!(input.amount > 0) || !Number.isFinite(input.amount)) return 'dealAmountInvalid';
    const t = transition(lead, 'won', now);
    if (!t.ok) return 'notAllowedInStage';
    const deal = {
      productId: input.productId,
      amount: input.amount,
      currency: input.currency,
      at: now,
    };
    const tz = leadTimezone(lead, ctx.organisation.timezone);
    return {
      lead: {
        ...lead,
        ...t.patch,
        deal,
        ownerId: input.farmerId ?? lead.ownerId,
        nextCallAt: nextCheckIn(now, true, tz, undefined, ctx.organisation.callingWindow),
        nextCallKind: 'checkIn',
        followUpList: 'none',
      },
      activities: [
        stageActivity(ctx.agentId, lead, now, 'won', {
          amount: input.amount,
          currency: input.currency,
        }),
      ],
    };
  });
}

/** Lost, with a reason from the list. */
export function closeLost(
  ctx: ActionContext,
  input: { leadId: LeadId; reason: string; note?: string },
): Promise<ActionResult> {
  return commit(ctx, 'closeLost', { ...input }, (lead, now) => {
    if (!isLostReason(input.reason)) return 'lostReasonMissing';
    const t = transition(lead, 'lost', now, input.reason);
    if (!t.ok) return t.error.code === 'notAllowed' ? 'notAllowedInStage' : 'lostReasonMissing';
    return {
      lead: { ...lead, ...t.patch, nextCallAt: null, nextCallKind: null },
      activities: [
        stageActivity(ctx.agentId, lead, now, 'lost', {
          note: input.note?.trim() ?? '',
        }),
      ],
    };
  });
}

export type ContactInput = {
  leadId: LeadId;
  name: string;
  company: string;
  phone: string;
  email: string;
  timezone: string | null;
  defaultCountry?: CountryCode;
};

/** Corrects the lead's contact details; a number that cannot exist is refused, not saved. */
export function editContact(ctx: ActionContext, input: ContactInput): Promise<ActionResult> {
  return commit(ctx, 'editContact', { ...input }, async (lead) => {
    const name = input.name.trim();
    if (!name) return 'nameRequired';
    const phone = input.phone.trim() ? toE164(input.phone, input.defaultCountry) : null;
    if (input.phone.trim() && !phone) return 'phoneInvalid';
    const email = input.email.trim();
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'emailInvalid';
    if (input.timezone && !isValidTimeZone(input.timezone)) return 'timezoneInvalid';
    const company = input.company.trim();
    // A number on the do-not-call list takes the lead out of every dial queue at once.
    const listed = phone !== null && (await ctx.db.dnc.get(phone)) !== undefined;
    return {
      lead: {
        ...lead,
        name,
        company,
        phoneE164: phone,
        doNotCall: lead.doNotCall || listed,
        email: email || null,
        timezone: input.timezone || null,
        searchKeys: searchTokens(name, company, email),
      },
      activities: [],
    };
  });
}

/** A note on the lead's history. */
export function addNote(
  ctx: ActionContext,
  input: { leadId: LeadId; text: string },
): Promise<ActionResult> {
  return commit(ctx, 'addNote', { ...input }, (lead, now) => {
    const text = input.text.trim();
    if (!text) return 'noteEmpty';
    return {
      lead: { ...lead, notes: appendNote(lead.notes, text) },
      activities: [activity(ctx.agentId, lead.id, now, { type: 'note', note: text })],
    };
  });
}
