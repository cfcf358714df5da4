// Call recordings, reviews and live coaching (issue 13): the shapes the desk and the server
// exchange over HTTP. Recordings are binary and travel outside the sync protocol (push/pull):
// the desk keeps each recording's chunks in IndexedDB until the server holds the whole file,
// uploads them chunk by chunk (each chunk idempotent by recording id + sequence number + hash),
// then asks the server to assemble it and check the whole file's SHA-256. Reviews, stars and
// acknowledgements are server records read and written through REST; the organisation's
// recording settings and scorecard are synced settings written through verbs.
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Organisation settings (synced: setting keys `recording` and `scorecard`)
// ---------------------------------------------------------------------------------------------

export const RECORDING_MODES = ['off', 'on', 'announce'] as const;
export type RecordingMode = (typeof RECORDING_MODES)[number];

export const recordingSettingsSchema = z.object({
  /** off: nothing recorded; on: every answered softphone call; announce: on, with a notice played
   *  to the customer at answer (the organisation's audio per language, else a beep tone). */
  mode: z.enum(RECORDING_MODES),
  /** Agents may pause the recording (e.g. while a card number is read out). */
  allowPause: z.boolean(),
  /** Days a recording is kept on the server before the deletion job removes it; null: for ever. */
  retentionDays: z.number().int().min(1).max(3650).nullable(),
  /** The agent's desk shows when a supervisor listens, whispers or barges. */
  coachingNotice: z.boolean(),
});
export type RecordingSettings = z.infer<typeof recordingSettingsSchema>;

export const DEFAULT_RECORDING_SETTINGS: RecordingSettings = {
  mode: 'off',
  allowPause: true,
  retentionDays: 90,
  coachingNotice: true,
};

/** What a criterion is about: one of the script's five phases, or a habit of a good call. */
export const CRITERION_KINDS = [
  'greeting',
  'interest',
  'offer',
  'objections',
  'close',
  'bant',
  'objectionHandled',
  'recap',
  'custom',
] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const scorecardCriterionSchema = z.object({
  /** Stable id (comments and scores point at it; a renamed criterion keeps its history). */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  kind: z.enum(CRITERION_KINDS),
  /** The supervisor's own wording for a custom criterion (built-in kinds are translated). */
  label: z.string().trim().max(120).optional(),
  /** Highest score (a yes/no criterion is 1). */
  maxScore: z.number().int().min(1).max(10),
  /** Relative weight in the call's total. */
  weight: z.number().min(0).max(10),
});
export type ScorecardCriterion = z.infer<typeof scorecardCriterionSchema>;

export const scorecardSchema = z.object({
  criteria: z.array(scorecardCriterionSchema).min(1).max(30),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const DEFAULT_SCORECARD: Scorecard = {
  criteria: [
    { id: 'greeting', kind: 'greeting', maxScore: 5, weight: 1 },
    { id: 'interest', kind: 'interest', maxScore: 5, weight: 1 },
    { id: 'offer', kind: 'offer', maxScore: 5, weight: 1 },
    { id: 'objections', kind: 'objections', maxScore: 5, weight: 1 },
    { id: 'close', kind: 'close', maxScore: 5, weight: 1 },
    { id: 'bant', kind: 'bant', maxScore: 1, weight: 1 },
    { id: 'objection-handled', kind: 'objectionHandled', maxScore: 1, weight: 1 },
    { id: 'recap', kind: 'recap', maxScore: 1, weight: 1 },
  ],
};

// ---------------------------------------------------------------------------------------------
// Upload (desk → server)
// ---------------------------------------------------------------------------------------------

/** Largest chunk the server takes in one request. */
export const MAX_CHUNK_BYTES = 1024 * 1024;
/** Largest recording (a 4-hour call at 64 kbit/s is ~115 MB). */
export const MAX_RECORDING_BYTES = 256 * 1024 * 1024;
export const RECORDING_MIME_TYPES = ['audio/webm', 'audio/ogg'] as const;

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A stretch of the call the agent paused recording for (ms from the recording's start). */
export const recordingPauseSchema = z.object({
  atMs: z.number().int().min(0),
  /** How long the pause lasted in call time (the recording itself skips it). */
  forMs: z.number().int().min(0),
});

/** `PUT /api/recordings/:id` — declares (or re-declares, identically) a finished recording. */
export const recordingDeclarationSchema = z.object({
  /** The lead the call was on; null for a call that ended on no lead. */
  leadId: z.string().uuid().nullable(),
  direction: z.enum(['inbound', 'outbound']),
  /** The call attempt's start and answer (ms since epoch): ties the recording to its call log. */
  callStartedAt: z.number().int().min(0),
  answeredAt: z.number().int().min(0),
  /** Length of the audio in the file (pauses excluded). */
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3_600_000),
  mime: z.enum(RECORDING_MIME_TYPES),
  size: z.number().int().min(1).max(MAX_RECORDING_BYTES),
  sha256: sha256HexSchema,
  /** Number of chunks, numbered 0 … chunks − 1, concatenated in that order. */
  chunks: z
    .number()
    .int()
    .min(1)
    .max(MAX_RECORDING_BYTES / 1024),
  pauses: z.array(recordingPauseSchema).max(500),
  /** A notice was played to the customer at answer. */
  announced: z.boolean(),
});
export type RecordingDeclaration = z.infer<typeof recordingDeclarationSchema>;

/** The server's answer to a declaration or `GET /api/recordings/:id/upload`: what it holds. */
export const uploadStatusSchema = z.object({
  id: z.string().uuid(),
  /** Sequence numbers of the chunks it holds. */
  received: z.array(z.number().int().min(0)),
  complete: z.boolean(),
});
export type UploadStatus = z.infer<typeof uploadStatusSchema>;

/** Header carrying a chunk's SHA-256 (hex) on `PUT /api/recordings/:id/chunks/:seq`. */
export const CHUNK_HASH_HEADER = 'x-content-sha256';

// ---------------------------------------------------------------------------------------------
// Review (supervisor ↔ server), agent's acknowledgement
// ---------------------------------------------------------------------------------------------

export const REVIEW_COMMENT_MAX = 2000;

export const reviewInputSchema = z.object({
  /** One per criterion of the scorecard the review was made with; null: not applicable. */
  scores: z.array(
    z.object({
      criterionId: z.string(),
      score: z.number().int().min(0).max(10).nullable(),
    }),
  ),
  /** Comments pinned to a moment of the recording (ms from its start). */
  comments: z
    .array(
      z.object({
        atMs: z.number().int().min(0),
        text: z.string().trim().min(1).max(REVIEW_COMMENT_MAX),
        criterionId: z.string().optional(),
      }),
    )
    .max(200),
  /** The scorecard's criteria as they were when scored (the review keeps its own copy). */
  criteria: z.array(scorecardCriterionSchema).min(1).max(30),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const accessRequestSchema = z.object({ purpose: z.enum(['play', 'download']) });
/** A short-lived URL for an `<audio>` element (which cannot send a bearer token). */
export const accessGrantSchema = z.object({ url: z.string(), expiresAt: z.number().int() });

// ---------------------------------------------------------------------------------------------
// Live coaching signalling (supervisor desk ↔ server ↔ agent desk)
// ---------------------------------------------------------------------------------------------

export const COACHING_MODES = ['listen', 'whisper', 'barge'] as const;
export type CoachingMode = (typeof COACHING_MODES)[number];

export const coachingStartSchema = z.object({
  agentId: z.string().uuid(),
  mode: z.enum(COACHING_MODES),
});

export const coachingSignalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offer'), sdp: z.string().max(20_000) }),
  z.object({ kind: z.literal('answer'), sdp: z.string().max(20_000) }),
  z.object({ kind: z.literal('candidate'), candidate: z.string().max(2_000).nullable() }),
  z.object({ kind: z.literal('mode'), mode: z.enum(COACHING_MODES) }),
  z.object({ kind: z.literal('end') }),
]);
export type CoachingSignal = z.infer<typeof coachingSignalSchema>;

// ---------------------------------------------------------------------------------------------
// The supervisors' list of recordings (server → supervisor desk)
// ---------------------------------------------------------------------------------------------

/** `GET /api/recordings` query: every filter optional; newest call first, paged by `cursor`. */
export const recordingListQuerySchema = z.object({
  agentId: z.string().uuid().optional(),
  teamId: z.string().uuid().optional(),
  /** Call start, ms since epoch, inclusive. */
  from: z.coerce.number().int().min(0).optional(),
  /** Call start, ms since epoch, exclusive. */
  to: z.coerce.number().int().min(0).optional(),
  /** The call activity's disposition. */
  outcome: z.string().min(1).max(60).optional(),
  minTalkSec: z.coerce.number().int().min(0).optional(),
  maxTalkSec: z.coerce.number().int().min(0).optional(),
  /** The lead's list name. */
  list: z.string().min(1).max(200).optional(),
  /** Only recordings nobody reviewed yet. */
  unreviewed: z.enum(['0', '1']).optional(),
  /** Only recordings in the organisation's library (starred). */
  starred: z.enum(['0', '1']).optional(),
  /** The previous page's `next`. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type RecordingListQuery = z.infer<typeof recordingListQuerySchema>;

export const recordingItemSchema = z.object({
  id: z.string().uuid(),
  agentId: z.string().uuid(),
  agentName: z.string().nullable(),
  teamId: z.string().uuid().nullable(),
  leadId: z.string().nullable(),
  leadName: z.string().nullable(),
  listName: z.string().nullable(),
  direction: z.enum(['inbound', 'outbound']),
  callStartedAt: z.number().int(),
  /** Length of the audio (pauses excluded). */
  durationMs: z.number().int(),
  /** The call's talk time from its activity; the audio's length when no activity names it. */
  talkMs: z.number().int(),
  /** The call activity's disposition; null until the desk's call log reaches the server. */
  outcome: z.string().nullable(),
  pauses: z.array(recordingPauseSchema),
  announced: z.boolean(),
  status: z.enum(['uploading', 'complete']),
  mime: z.enum(RECORDING_MIME_TYPES),
  size: z.number().int(),
});
export type RecordingItem = z.infer<typeof recordingItemSchema>;

export const recordingPageSchema = z.object({
  items: z.array(recordingItemSchema),
  /** Cursor of the next page; null on the last one. */
  next: z.string().nullable(),
});
export type RecordingPage = z.infer<typeof recordingPageSchema>;

/** `GET /api/recordings/announcements`: the languages the organisation has a notice in. */
export const announcementsSchema = z.object({
  languages: z.array(z.enum(['en', 'ar', 'tr'])),
});
/** Largest announcement audio file. */
export const MAX_ANNOUNCEMENT_BYTES = 1024 * 1024;
