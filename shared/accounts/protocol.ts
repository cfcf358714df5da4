// The account API (shared/sync/README.md, "Accounts"): invitation and reset links, setting and
// changing a password, and the open sessions of a person. Bodies are bounded at the edge.
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from './password-policy';

export const PASSWORD_LINK_KINDS = ['invite', 'reset'] as const;
export type PasswordLinkKind = (typeof PASSWORD_LINK_KINDS)[number];

/** How long a link works. */
export const PASSWORD_LINK_TTL_MS = 72 * 3_600_000;

/** Where a link lands in the desk: the set-password screen (`#/set-password?token=…`). */
export const SET_PASSWORD_HASH = '#/set-password';

/** 32 random bytes, base64url: 43 characters (room left for a longer one later). */
const token = z
  .string()
  .min(20)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a link token');
// A password is checked by the policy; the edge only bounds it (in UTF-16 units: 4× for emoji).
const password = z
  .string()
  .min(1)
  .max(MAX_PASSWORD_LENGTH * 4);

export const createPasswordLinkRequestSchema = z.strictObject({
  kind: z.enum(PASSWORD_LINK_KINDS),
});

export const passwordLinkCreatedSchema = z.object({
  kind: z.enum(PASSWORD_LINK_KINDS),
  /** The desk path with the token, to append to the server's address. */
  path: z.string(),
  expiresAt: z.number().int(),
  /** Sent to the person by e-mail (SMTP configured and the server accepted it). */
  emailed: z.boolean(),
});
export type PasswordLinkCreated = z.infer<typeof passwordLinkCreatedSchema>;

export const passwordLinkTokenRequestSchema = z.strictObject({ token });

/** What the set-password screen shows before the person types. */
export const passwordLinkInfoSchema = z.object({
  kind: z.enum(PASSWORD_LINK_KINDS),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(['en', 'ar', 'tr']),
  expiresAt: z.number().int(),
});
export type PasswordLinkInfo = z.infer<typeof passwordLinkInfoSchema>;

export const usePasswordLinkRequestSchema = z.strictObject({ token, password });

export const passwordSetSchema = z.object({ email: z.string() });

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: password,
  newPassword: password,
});

export const accountSessionSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  createdAt: z.number().int(),
  lastRefreshedAt: z.number().int(),
  /** The address it signed in from, when the sign-in's audit entry has it. */
  ip: z.string().nullable(),
  /** The session asking. */
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof accountSessionSchema>;

export const sessionListSchema = z.object({ sessions: z.array(accountSessionSchema) });

/** What an administrator sees of a person's sign-in. */
export const accountViewSchema = z.object({
  hasPassword: z.boolean(),
  /** The link that works now, if any (never its token: only its creator saw that). */
  pendingLink: z
    .object({
      kind: z.enum(PASSWORD_LINK_KINDS),
      createdAt: z.number().int(),
      expiresAt: z.number().int(),
    })
    .nullable(),
  sessions: z.array(accountSessionSchema),
});
export type AccountView = z.infer<typeof accountViewSchema>;

/** The error codes of these routes the desk translates (besides the password problems). */
export const PASSWORD_LINK_ERRORS = ['linkInvalid', 'linkExpired', 'linkUsed'] as const;
