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
import { dncEntrySchema, repTargetsSchema, salesTargetSchema } from '../domain/targets';
import { effectsSchema, settingSchema } from '../mutations/effects';
import { MUTATION_NAMES } from '../mutations/registry';

/** Protocol versions. The desk sends its own in the `x-sales-desk-protocol` header. */
export const PROTOCOL_VERSION = 2;
export const PROTOCOL_HEADER = 'x-sales-desk-protocol';
/** An older desk than this gets HTTP 426 with an UpgradeRequired body. */
export const MIN_PROTOCOL_VERSION = 2;

const id = z.string().min(1).max(100);
const epochMs = z.number().int().min(0).max(8.64e15);

// ---------------------------------------------------------------------------------------------
// Mutations

export const mutationSchema = z.object({
  /** Per-desk sequence, strictly increasing; the server keeps the last applied one per client. */
  seq: z.number().int().min(1),
  /** A verb of shared/mutations/registry.ts. */
  name: z.enum(MUTATION_NAMES),
  /** The verb's arguments (the server validates them with the verb's own schema). */
  args: z.unknown(),
  effects: effectsSchema,
  schemaVersion: z.number().int().min(1),
  /** Desk clock when it happened: informational only, never used to order writes. */
  createdAt: epochMs,
});
export type Mutation = z.infer<typeof mutationSchema>;

/**
 * The server generation the desk last synced with (shared/sync/README.md "Restores"). When the
 * server's is another one — its database was restored from a backup — it answers 409
 * `generationChanged` and nothing else happens. Absent: no check (older desks, a first sync).
 */
const generationField = z.string().min(1).max(100).optional();

export const pushRequestSchema = z.object({
  clientId: z.uuid(),
  mutations: z.array(mutationSchema).min(1).max(500),
  generation: generationField,
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
  generation: generationField,
  /** The desk's push client id, for the `ackedSeq` of a 409 (default: the session's). */
  clientId: z.uuid().optional(),
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
  z.object({ kind: z.literal('setting'), row: settingSchema }),
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
  /**
   * Rows the desk may see are committed but wait behind a transaction still running on the
   * server (server/sync/pull.ts): pull again shortly, as nothing will poke when it ends.
   */
  heldBack: z.boolean().optional(),
  /** The server generation; the desk keeps it with its cursor and sends it back. */
  generation: z.string().optional(),
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
  /** For 409 generationChanged: the server's generation now… */
  generation: z.string().optional(),
  /** …and the last seq of this desk's pushes the restored database holds (0: none). */
  ackedSeq: z.number().int().min(0).optional(),
});

/** 409 code: the server's database was restored since the desk's last sync. */
export const GENERATION_CHANGED = 'generationChanged';

/**
 * `POST /api/sync/discarded`: a desk whose session the server ended deleted that person's local
 * data, unsent changes included; at its next sign-in (anyone's) it says how many, for the audit.
 */
export const discardedReportSchema = z.object({
  /** Whose data was deleted (checked against the organisation; another's is recorded as unknown). */
  userId: z.uuid(),
  /** Unsent changes deleted with it. */
  unsent: z.number().int().min(0).max(10_000_000),
  /** Why the server ended the session, as the desk was told ('sessionEnded', 'userDisabled'). */
  reason: z.enum(['sessionEnded', 'userDisabled']),
  /** When the desk deleted it (desk clock, epoch ms). */
  at: epochMs,
});
export type DiscardedReport = z.infer<typeof discardedReportSchema>;
