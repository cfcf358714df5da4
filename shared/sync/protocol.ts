// The sync protocol between desks and the sync server: every request and response body, as zod
// schemas both sides validate against (ARCHITECTURE.md "Sync protocol"). Design notes and the
// reasoning behind each rule live in server/README.md ("Sync protocol"); the HTTP routes, status codes
// and scopes are the contract in shared/sync/README.md (READ IT: API_CONTRACT).
//
// Mutations carry the desk's intent (name + args, kept for audit) AND its effects: the lead
// fields it changed (last write wins per field, in server arrival order), the conditions it
// relied on (expected stage / owner: a conditional mutation the server may reject), and the
// append-only rows it created. The server never re-runs desk logic; it checks scope and
// conditions, then applies effects set-based.
import { z } from 'zod';
import { LEAD_STAGES, ACTIVITY_TYPES } from '../domain/lead';
import { LOST_REASONS } from '../domain/pipeline';
import { USER_ROLES } from '../domain/content';
import { DNC_SOURCES } from '../domain/targets';

/** Protocol versions. The desk sends its own in the `x-sales-desk-protocol` header. */
export const PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'x-sales-desk-protocol';
/** An older desk than this gets HTTP 426 with an UpgradeRequired body. */
export const MIN_PROTOCOL_VERSION = 1;

const id = z.string().min(1).max(100);
const epochMs = z.number().int().min(0).max(8.64e15);
const text = (max: number) => z.string().max(max);

export const bantAnswerSchema = z.object({ met: z.boolean().nullable(), note: text(2000) });
export const bantSchema = z.object({
  budget: bantAnswerSchema,
  authority: bantAnswerSchema,
  need: bantAnswerSchema,
  timeline: bantAnswerSchema,
});
export const meetingSchema = z.object({
  at: epochMs,
  closerId: id,
  bookedBy: id,
  bookedAt: epochMs,
  note: text(4000),
});
export const dealSchema = z.object({
  productId: id,
  amount: z.number().finite().min(0),
  currency: z.string().length(3),
  at: epochMs,
});

/** A whole lead, as the server stores and serves it. */
export const leadSchema = z.object({
  id,
  organisationId: id,
  ownerId: id.nullable(),
  teamId: id.nullable(),
  stage: z.enum(LEAD_STAGES),
  name: text(300),
  company: text(300),
  phoneE164: z
    .string()
    .regex(/^\+[1-9]\d{5,14}$/)
    .nullable(),
  phones: z.array(z.string().regex(/^\+[1-9]\d{5,14}$/)).max(20),
  email: text(320).nullable(),
  country: z.string().length(2).nullable(),
  timezone: text(64).nullable(),
  listName: text(200).nullable(),
  source: text(200).nullable(),
  priority: z.number().int().min(0).max(1000),
  touches: z.number().int().min(0),
  nextCallAt: epochMs.nullable(),
  doNotCall: z.boolean(),
  searchKeys: z.array(text(200)).max(500),
  notes: text(20_000),
  custom: z.record(text(100), text(2000)),
  createdAt: epochMs,
  updatedAt: epochMs,
  stageChangedAt: epochMs,
  nextCallKind: z.enum(['callback', 'retry', 'followUp', 'checkIn']).nullable(),
  followUpList: z.enum(['none', 'recall', 'month', 'quarter']),
  refusals: z.number().int().min(0),
  attempts: z.number().int().min(0),
  bant: bantSchema.nullable(),
  meeting: meetingSchema.nullable(),
  proposal: dealSchema.nullable(),
  deal: dealSchema.nullable(),
  lostReason: z.enum(LOST_REASONS).nullable(),
});
export type WireLead = z.infer<typeof leadSchema>;

/** Fields a mutation may change; `id` and `organisationId` never change. */
export const leadPatchSchema = leadSchema.omit({ id: true, organisationId: true }).partial();
export type LeadPatch = z.infer<typeof leadPatchSchema>;

export const activitySchema = z.object({
  id: z.uuid(),
  leadId: id,
  agentId: id,
  type: z.enum(ACTIVITY_TYPES),
  at: epochMs,
  durationSec: z.number().int().min(0).max(86_400).nullable(),
  disposition: text(64).nullable(),
  note: text(20_000),
  stageTo: z.enum(LEAD_STAGES).optional(),
  amount: z.number().finite().min(0).optional(),
  currency: z.string().length(3).optional(),
});
export type WireActivity = z.infer<typeof activitySchema>;

export const dncEntrySchema = z.object({
  phoneE164: z.string().regex(/^\+[1-9]\d{5,14}$/),
  source: z.enum(DNC_SOURCES),
  addedAt: epochMs,
  addedBy: id.nullable(),
  note: text(1000),
});

/** Authored content (scripts, objection cards, closing techniques, products): stored whole. */
export const contentRowSchema = z.object({
  id,
  kind: z.enum(['script', 'objection', 'closing', 'product']),
  data: z.record(z.string(), z.unknown()),
});

export const repTargetsSchema = z.object({
  userId: id,
  dailyCalls: z.number().int().min(0).max(10_000),
  dailyBookings: z.number().int().min(0).max(10_000),
  monthlyWins: z.number().int().min(0).max(1_000_000),
  monthlyRevenue: z.number().finite().min(0),
  updatedAt: epochMs,
  updatedBy: id.nullable(),
});

export const salesTargetSchema = z.object({
  id,
  teamId: id.nullable(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  revenue: z.number().finite().min(0),
  wins: z.number().int().min(0),
});

const localized = z.record(z.string(), z.string());

export const teamSchema = z.object({
  id,
  name: localized,
  supervisorId: id.nullable(),
});

/** A person as desks see them (never a password hash). */
export const userSchema = z.object({
  id,
  displayName: text(200),
  email: text(320),
  roles: z.array(z.enum(USER_ROLES)).min(1),
  teamId: id.nullable(),
  locale: z.enum(['ar', 'tr', 'en']),
  dailyCallTarget: z.number().int().min(0),
  dailyBookingTarget: z.number().int().min(0),
  disabled: z.boolean().optional(),
});

// ---------------------------------------------------------------------------------------------
// Mutations

/** Domain verbs the outbox carries (renderer/db/actions.ts and the supervisor features). */
export const MUTATION_NAMES = [
  // agent desk
  'setDisposition',
  'qualify',
  'handOff',
  'scheduleCallback',
  'sendProposal',
  'closeWon',
  'closeLost',
  'editContact',
  'addNote',
  // supervisor desk
  'importLeads',
  'reassignLeads',
  'putDnc',
  'removeDnc',
  'putContent',
  'removeContent',
  'putTargets',
  'putSalesTarget',
  'putUser',
  'putTeam',
] as const;
export type MutationName = (typeof MUTATION_NAMES)[number];

/** One lead touched by a mutation. */
export const leadEffectSchema = z.object({
  id,
  /** A brand-new lead (import): the whole row. */
  create: leadSchema.optional(),
  /** Fields changed, applied last-write-wins per field in server arrival order. */
  patch: leadPatchSchema.optional(),
  /** Conditions: the mutation is rejected if the server's lead differs (stage moves, hand-offs, reassignment). */
  expect: z
    .object({
      stage: z.enum(LEAD_STAGES).optional(),
      ownerId: id.nullable().optional(),
    })
    .optional(),
});
export type LeadEffect = z.infer<typeof leadEffectSchema>;

export const effectsSchema = z.object({
  leads: z.array(leadEffectSchema).max(1000).optional(),
  activities: z.array(activitySchema).max(1000).optional(),
  dnc: z
    .object({
      put: z.array(dncEntrySchema).max(10_000).optional(),
      remove: z.array(z.string()).max(10_000).optional(),
    })
    .optional(),
  content: z
    .object({
      put: z.array(contentRowSchema).max(100).optional(),
      remove: z.array(id).max(100).optional(),
    })
    .optional(),
  targets: z.array(repTargetsSchema).max(500).optional(),
  salesTargets: z.array(salesTargetSchema).max(100).optional(),
  users: z.array(userSchema).max(100).optional(),
  teams: z.array(teamSchema).max(100).optional(),
});
export type Effects = z.infer<typeof effectsSchema>;

export const mutationSchema = z.object({
  /** Per-desk sequence, strictly increasing; the server keeps the last applied one per client. */
  seq: z.number().int().min(1),
  name: z.enum(MUTATION_NAMES),
  /** The intent, as the desk recorded it (audit log). */
  args: z.unknown(),
  effects: effectsSchema,
  schemaVersion: z.number().int().min(1),
  /** Desk clock when it happened: informational only, never used to order writes. */
  createdAt: epochMs,
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  clientId: z.uuid(),
  mutations: z.array(mutationSchema).min(1).max(500),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const REJECTION_REASONS = [
  'outOfScope',
  'stageChanged',
  'ownerChanged',
  'leadNotFound',
  'forbidden',
  'invalid',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const pushResponseSchema = z.object({
  /** Highest seq now applied (or rejected) for this client: the desk drops entries up to it. */
  ackedSeq: z.number().int().min(0),
  rejected: z.array(
    z.object({ seq: z.number().int(), reason: z.enum(REJECTION_REASONS), detail: z.string() }),
  ),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Pull

export const pullRequestSchema = z.object({
  /** Opaque; null on first sync (snapshot). */
  cursor: z.string().max(200).nullable(),
  limit: z.number().int().min(1).max(5000).default(1000),
});

export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lead'), row: leadSchema }),
  z.object({ kind: z.literal('activity'), row: activitySchema }),
  z.object({ kind: z.literal('user'), row: userSchema }),
  z.object({ kind: z.literal('team'), row: teamSchema }),
  z.object({ kind: z.literal('content'), row: contentRowSchema }),
  z.object({ kind: z.literal('target'), row: repTargetsSchema }),
  z.object({ kind: z.literal('salesTarget'), row: salesTargetSchema }),
  z.object({ kind: z.literal('dnc'), row: dncEntrySchema }),
  /** The row left the caller's scope or was deleted: remove it from the desk. */
  z.object({
    kind: z.literal('tombstone'),
    entity: z.enum(['lead', 'content', 'dnc', 'user', 'team']),
    id,
  }),
]);
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema),
  cursor: z.string(),
  /** More changes wait: pull again at once. */
  more: z.boolean(),
  /** The desk's cursor is older than tombstone retention: wipe synced rows and re-snapshot. */
  resnapshot: z.boolean().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Auth

export const signInRequestSchema = z.object({
  email: z.string().min(3).max(320),
  password: z.string().min(1).max(1024),
  clientId: z.uuid(),
});

export const organisationSchema = z.object({
  id,
  name: localized,
  defaultLanguage: z.enum(['ar', 'tr', 'en']),
  currency: z.string().length(3),
  timezone: z.string(),
  callingWindow: z.object({
    startMinutes: z.number().int().min(0).max(1440),
    endMinutes: z.number().int().min(0).max(1440),
  }),
});

export const sessionSchema = z.object({
  accessToken: z.string(),
  /** Epoch ms; refresh before it. */
  accessExpiresAt: epochMs,
  refreshToken: z.string(),
  user: userSchema,
  organisation: organisationSchema,
});
export type SyncSession = z.infer<typeof sessionSchema>;

export const refreshRequestSchema = z.object({ refreshToken: z.string().min(10).max(500) });

/** Every error body: a stable code the desk translates, and English detail for logs. */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.string(),
  /** For 426: versions the server accepts. */
  accepted: z.array(z.number().int()).optional(),
});
