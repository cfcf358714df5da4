// The organisation's phone settings and each person's SIP account, as an administrator sets them on
// the server, and the account a desk receives after sign-in. They never sync as rows: secrets stay
// on the server and reach a desk only as the answer to its signed-in request.
import { z } from 'zod';

/** ws:// only on loopback (tests, a PBX on the same machine); wss:// everywhere else. */
export const wsUrlSchema = z
  .string()
  .max(500)
  .url()
  .refine((u) => {
    const url = new URL(u);
    if (url.protocol === 'wss:') return true;
    return url.protocol === 'ws:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  }, 'must be a wss:// address (ws:// only on this machine)');

/** A SIP user part: digits, letters and the few marks extensions use. */
export const sipUserSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._+-]+$/, 'letters, digits and . _ + - only');

export const sipDomainSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.-]+(:\d{1,5})?$/, 'a host name or address');

export const iceServerSchema = z.object({
  urls: z
    .array(
      z
        .string()
        .max(300)
        .regex(/^(stun|stuns|turn|turns):[^\s]+$/, 'a stun: or turn: address'),
    )
    .min(1)
    .max(5),
  username: z.string().max(200).optional(),
  credential: z.string().max(200).optional(),
});
export type IceServer = z.infer<typeof iceServerSchema>;

/** Longest a dialled number may ring before the desk gives up and logs no answer. */
export const RING_TIMEOUT_SEC = { min: 10, max: 120, default: 30 } as const;
/** The power dialler's pause between a disposition and the next dial. */
export const WRAP_UP_SEC = { min: 0, max: 120, default: 5 } as const;

/** The organisation's settings as the administrator sees and sends them (the secret write-only). */
export const telephonySettingsSchema = z.object({
  /** The PBX's WebSocket address every account uses unless its own says otherwise. */
  wssUrl: wsUrlSchema.nullable(),
  /** The SIP domain of the accounts: sip:<user>@<domain>. */
  sipDomain: sipDomainSchema.nullable(),
  iceServers: z.array(iceServerSchema).max(10),
  ringTimeoutSec: z.number().int().min(RING_TIMEOUT_SEC.min).max(RING_TIMEOUT_SEC.max),
  wrapUpSec: z.number().int().min(WRAP_UP_SEC.min).max(WRAP_UP_SEC.max),
  /** Called number (DID) → the product and script an inbound call on it is about. */
  dids: z
    .array(z.object({ number: z.string().min(1).max(32), productId: z.string().min(1).max(100) }))
    .max(500),
});
export type TelephonySettings = z.infer<typeof telephonySettingsSchema>;

export const DEFAULT_TELEPHONY_SETTINGS: TelephonySettings = {
  wssUrl: null,
  sipDomain: null,
  iceServers: [],
  ringTimeoutSec: RING_TIMEOUT_SEC.default,
  wrapUpSec: WRAP_UP_SEC.default,
  dids: [],
};

/** How an account proves itself to the PBX. */
export const SIP_AUTH_MODES = ['ephemeral', 'password'] as const;
export type SipAuthMode = (typeof SIP_AUTH_MODES)[number];

/** One person's account as the administrator sees it (the password write-only). */
export const sipAccountViewSchema = z.object({
  userId: z.string(),
  sipUser: sipUserSchema,
  authMode: z.enum(SIP_AUTH_MODES),
  /** The digest user when it differs from the SIP user (password mode). */
  authUser: sipUserSchema.nullable(),
  hasPassword: z.boolean(),
  /** This account's own PBX address, when it is not the organisation's. */
  wssUrl: wsUrlSchema.nullable(),
});
export type SipAccountView = z.infer<typeof sipAccountViewSchema>;

/** What the administrator sends to set an account; a password is kept when left out. */
export const sipAccountInputSchema = z.object({
  sipUser: sipUserSchema,
  authMode: z.enum(SIP_AUTH_MODES),
  authUser: sipUserSchema.nullable().default(null),
  password: z.string().min(1).max(200).optional(),
  wssUrl: wsUrlSchema.nullable().default(null),
});
export type SipAccountInput = z.input<typeof sipAccountInputSchema>;

/** What a signed-in desk receives: everything its phone needs to register, for a few hours. */
export const deskPhoneSchema = z.object({
  wssUrl: wsUrlSchema,
  /** sip:<user>@<domain> */
  uri: z.string().max(400),
  authorizationUser: z.string().max(200),
  password: z.string().max(400),
  /** Epoch ms when ephemeral credentials stop working (ask again before); null for a fixed password. */
  expiresAt: z.number().int().nullable(),
  displayName: z.string().max(200),
  iceServers: z.array(iceServerSchema),
  ringTimeoutSec: z.number().int(),
  wrapUpSec: z.number().int(),
  dids: telephonySettingsSchema.shape.dids,
});
export type DeskPhone = z.infer<typeof deskPhoneSchema>;

/** What an administrator reads: the settings (the key write-only) and every account. */
export const telephonyViewSchema = z.object({
  settings: telephonySettingsSchema,
  hasSecret: z.boolean(),
  accounts: z.array(sipAccountViewSchema),
});
export type TelephonyView = z.infer<typeof telephonyViewSchema>;

/** What an administrator sends to save the settings: the key set (string), cleared (null) or kept. */
export const telephonySettingsInputSchema = z.object({
  settings: telephonySettingsSchema,
  ephemeralSecret: z.string().min(16).max(200).nullable().optional(),
});
export type TelephonySettingsInput = z.input<typeof telephonySettingsInputSchema>;

/** What an agent is doing, set by the phone (on a call, wrap-up) and by hand (paused, available). */
export const AGENT_STATES = ['available', 'onCall', 'wrapUp', 'paused', 'offline'] as const;
export type AgentState = (typeof AGENT_STATES)[number];
export const PAUSE_REASONS = ['break', 'training', 'meeting'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** A desk reporting its agent's state (again every PRESENCE_HEARTBEAT_MS while it runs). */
export const presenceInputSchema = z
  .object({
    state: z.enum(AGENT_STATES),
    reason: z.enum(PAUSE_REASONS).nullable().default(null),
  })
  .refine((p) => p.state === 'paused' || p.reason === null, {
    message: 'a reason only goes with paused',
    path: ['reason'],
  });
export type PresenceInput = z.input<typeof presenceInputSchema>;

export const PRESENCE_HEARTBEAT_MS = 30_000;
/** A desk silent this long is offline (missed heartbeats: closed, crashed, network gone). */
export const PRESENCE_STALE_MS = 95_000;

export const agentPresenceSchema = z.object({
  userId: z.string(),
  state: z.enum(AGENT_STATES),
  reason: z.enum(PAUSE_REASONS).nullable(),
  /** Epoch ms the state began (server clock). */
  since: z.number().int(),
});
export type AgentPresence = z.infer<typeof agentPresenceSchema>;

export const wallboardSchema = z.object({
  /** The server's clock, so a desk whose clock is off still shows the right time in state. */
  now: z.number().int(),
  agents: z.array(agentPresenceSchema),
});
export type Wallboard = z.infer<typeof wallboardSchema>;

/** An extension a live call can be handed to, with its person's state (offline when silent). */
export const phoneDirectorySchema = z.object({
  entries: z.array(
    z.object({
      userId: z.string(),
      sipUser: sipUserSchema,
      state: z.enum(AGENT_STATES),
      reason: z.enum(PAUSE_REASONS).nullable(),
    }),
  ),
});
export type PhoneDirectory = z.infer<typeof phoneDirectorySchema>;
