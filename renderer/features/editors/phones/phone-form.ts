// The phone forms as typed (strings, rows) and the requests they become, checked with the same
// zod schemas the server uses; each zod issue becomes a field and a message key in the user's
// language (the schemas' own messages are English).
import type { z } from 'zod';
import {
  RING_TIMEOUT_SEC,
  WRAP_UP_SEC,
  sipAccountInputSchema,
  telephonySettingsInputSchema,
  type SipAccountInput,
  type SipAccountView,
  type SipAuthMode,
  type TelephonySettings,
  type TelephonySettingsInput,
} from '../../../../shared/domain/telephony';
import type { Catalog } from '../../../i18n/catalog';

export type InvalidKey = keyof Catalog['phoneAdmin']['invalid'];
/** A message key of `phoneAdmin.invalid` and the limits it names. */
export type FieldError = { key: InvalidKey; params?: Limits };
type Limits = { min?: number; max?: number };
/** Field path (`wssUrl`, `iceServers.0.urls`, `dids.2.number`, `secret`) → its first problem. */
export type FieldErrors = Partial<Record<string, FieldError>>;

export type IceServerDraft = { row: number; urls: string; username: string; credential: string };
export type DidDraft = { row: number; number: string; productId: string };
export type SettingsDraft = {
  wssUrl: string;
  sipDomain: string;
  iceServers: IceServerDraft[];
  ringTimeoutSec: string;
  wrapUpSec: string;
  dids: DidDraft[];
  /** A new ephemeral-credential key; empty keeps the stored one (unless `clearSecret`). */
  newSecret: string;
  clearSecret: boolean;
};

let rows = 0;
/** A React key for a new row (rows have no id of their own). */
export const nextRow = (): number => ++rows;

export function settingsDraft(settings: TelephonySettings): SettingsDraft {
  return {
    wssUrl: settings.wssUrl ?? '',
    sipDomain: settings.sipDomain ?? '',
    iceServers: settings.iceServers.map((s) => ({
      row: nextRow(),
      urls: s.urls.join(', '),
      username: s.username ?? '',
      credential: s.credential ?? '',
    })),
    ringTimeoutSec: String(settings.ringTimeoutSec),
    wrapUpSec: String(settings.wrapUpSec),
    dids: settings.dids.map((d) => ({ row: nextRow(), ...d })),
    newSecret: '',
    clearSecret: false,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const wholeNumber = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

/** The request the draft becomes (not yet checked). */
export function settingsInput(draft: SettingsDraft): TelephonySettingsInput {
  const secret = draft.newSecret.trim();
  return {
    settings: {
      wssUrl: orNull(draft.wssUrl),
      sipDomain: orNull(draft.sipDomain),
      iceServers: draft.iceServers.map((s) => ({
        urls: s.urls
          .split(',')
          .map((u) => u.trim())
          .filter(Boolean),
        ...(s.username.trim() ? { username: s.username.trim() } : {}),
        ...(s.credential !== '' ? { credential: s.credential } : {}),
      })),
      ringTimeoutSec: wholeNumber(draft.ringTimeoutSec),
      wrapUpSec: wholeNumber(draft.wrapUpSec),
      dids: draft.dids.map((d) => ({ number: d.number.trim(), productId: d.productId })),
    },
    ...(secret ? { ephemeralSecret: secret } : draft.clearSecret ? { ephemeralSecret: null } : {}),
  };
}

type Issue = z.core.$ZodIssue;
const max = (issue: Issue): Limits =>
  issue.code === 'too_big' ? { max: Number(issue.maximum) } : {};
const min = (issue: Issue): Limits =>
  issue.code === 'too_small' ? { min: Number(issue.minimum) } : {};

function settingsIssue(issue: Issue): [string, FieldError] | null {
  const [top, field, index, part, item] = issue.path;
  const tooBig = issue.code === 'too_big';
  if (top === 'ephemeralSecret')
    return [
      'secret',
      tooBig ? { key: 'tooLong', params: max(issue) } : { key: 'secret', params: min(issue) },
    ];
  if (top !== 'settings') return null;
  switch (field) {
    case 'wssUrl':
      return ['wssUrl', { key: 'wssUrl' }];
    case 'sipDomain':
      return ['sipDomain', { key: 'sipDomain' }];
    case 'ringTimeoutSec':
      return [
        'ringTimeoutSec',
        { key: 'range', params: { min: RING_TIMEOUT_SEC.min, max: RING_TIMEOUT_SEC.max } },
      ];
    case 'wrapUpSec':
      return [
        'wrapUpSec',
        { key: 'range', params: { min: WRAP_UP_SEC.min, max: WRAP_UP_SEC.max } },
      ];
    case 'iceServers':
      if (index === undefined) return ['iceServers', { key: 'iceServersMax', params: max(issue) }];
      if (part === 'urls' && item === undefined)
        return [
          `iceServers.${String(index)}.urls`,
          tooBig ? { key: 'iceUrlsMax', params: max(issue) } : { key: 'iceUrlsRequired' },
        ];
      if (part === 'urls') return [`iceServers.${String(index)}.urls`, { key: 'iceUrl' }];
      return [
        `iceServers.${String(index)}.${String(part)}`,
        { key: 'tooLong', params: max(issue) },
      ];
    case 'dids':
      if (index === undefined) return ['dids', { key: 'didsMax', params: max(issue) }];
      if (part === 'number')
        return [
          `dids.${String(index)}.number`,
          tooBig ? { key: 'tooLong', params: max(issue) } : { key: 'didNumber' },
        ];
      return [`dids.${String(index)}.productId`, { key: 'didProduct' }];
    default:
      return null;
  }
}

function collect(
  issues: readonly Issue[],
  toField: (i: Issue) => [string, FieldError] | null,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const found = toField(issue);
    if (found && !errors[found[0]]) errors[found[0]] = found[1];
  }
  return errors;
}

/** The request, or the problems of each field; a called number listed twice is one too. */
export function checkSettings(
  input: TelephonySettingsInput,
):
  | { ok: true; value: z.infer<typeof telephonySettingsInputSchema> }
  | { ok: false; errors: FieldErrors } {
  const parsed = telephonySettingsInputSchema.safeParse(input);
  const errors = parsed.success ? {} : collect(parsed.error.issues, settingsIssue);
  const seen = new Set<string>();
  input.settings.dids.forEach((d, i) => {
    if (d.number && seen.has(d.number)) errors[`dids.${i}.number`] ??= { key: 'didDuplicate' };
    seen.add(d.number);
  });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  return { ok: false, errors };
}

export type AccountDraft = {
  sipUser: string;
  authMode: SipAuthMode;
  authUser: string;
  /** Write-only: empty keeps the stored password. */
  password: string;
  wssUrl: string;
};

export function accountDraft(account: SipAccountView | null): AccountDraft {
  return {
    sipUser: account?.sipUser ?? '',
    authMode: account?.authMode ?? 'ephemeral',
    authUser: account?.authUser ?? '',
    password: '',
    wssUrl: account?.wssUrl ?? '',
  };
}

/** The request: the auth user and password only go with a fixed-password account. */
export function accountInput(draft: AccountDraft): SipAccountInput {
  const fixed = draft.authMode === 'password';
  return {
    sipUser: draft.sipUser.trim(),
    authMode: draft.authMode,
    authUser: fixed ? orNull(draft.authUser) : null,
    ...(fixed && draft.password !== '' ? { password: draft.password } : {}),
    wssUrl: orNull(draft.wssUrl),
  };
}

function accountIssue(issue: Issue): [string, FieldError] | null {
  const [field] = issue.path;
  if (field === 'sipUser' || field === 'authUser') return [field, { key: 'sipUser' }];
  if (field === 'wssUrl') return ['wssUrl', { key: 'wssUrl' }];
  if (field === 'password')
    return [
      'password',
      issue.code === 'too_big'
        ? { key: 'tooLong', params: max(issue) }
        : { key: 'passwordRequired' },
    ];
  return null;
}

/**
 * The account request, or the problems of each field. A fixed-password account needs a
 * password unless one is stored already (the server keeps it when none is sent).
 */
export function checkAccount(
  input: SipAccountInput,
  hasPassword: boolean,
): { ok: true; value: SipAccountInput } | { ok: false; errors: FieldErrors } {
  const parsed = sipAccountInputSchema.safeParse(input);
  const errors = parsed.success ? {} : collect(parsed.error.issues, accountIssue);
  if (input.authMode === 'password' && input.password === undefined && !hasPassword)
    errors.password ??= { key: 'passwordRequired' };
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: input };
  return { ok: false, errors };
}
