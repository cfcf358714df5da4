// The sync protocol between desks and the sync server: every request and response body, as zod
// schemas both sides validate against (ARCHITECTURE.md "Sync protocol"). Design notes and the
// reasoning behind each rule live in server/README.md ("Sync protocol"); the HTTP routes, status codes
// and scopes are the contract in shared/sync/README.md.
//
// A mutation is a verb of shared/mutations (name + args) and the effects the desk's run of it
// produced. The server runs the same verb on the rows it holds, stores its own result, and
// refuses a mutation whose effects reach outside what the verb can produce.
import { z } from 'zod';
import { activitySchema, leadSchema } from '../domain/lead';
import { contentRowSchema, organisationSchema, teamSchema, userSchema } from '../domain/content';
import {
  dncEntrySchema,
  nationalDncFileSchema,
  repTargetsSchema,
  salesTargetSchema,
} from '../domain/targets';

/** Protocol versions. The desk sends its own in the `x-sales-desk-protocol` header. */
export const PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'x-sales-desk-protocol';
/** An older desk than this gets HTTP 426 with an UpgradeRequired body. */
export const MIN_PROTOCOL_VERSION = 1;

const id = z.string().min(1).max(100);
const epochMs = z.number().int().min(0).max(8.64e15);

/** Organisation-wide settings a mutation may set, by key. */
export const settingSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('dncNationalFile'), value: nationalDncFileSchema }),
]);
export type Setting = z.infer<typeof settingSchema>;
export type SettingKey = Setting['key'];

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

/** Fields a mutation may change; `id` and `organisationId` never change. */
export const leadPatchSchema = leadSchema.omit({ id: true, organisationId: true }).partial();
export type LeadPatch = z.infer<typeof leadPatchSchema>;

/** One lead touched by a mutation. */
export const leadEffectSchema = z.object({
  id: leadSchema.shape.id,
  /** A brand-new lead (import): the whole row. */
  create: leadSchema.optional(),
  /** Fields changed, applied last-write-wins per field in server arrival order. */
  patch: leadPatchSchema.optional(),
  /** Conditions: the mutation is rejected if the server's lead differs (stage moves, hand-offs, reassignment). */
  expect: z
    .object({
      stage: leadSchema.shape.stage.optional(),
      ownerId: leadSchema.shape.ownerId.optional(),
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
