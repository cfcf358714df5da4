// Who was signed in to which sync server at this desk, remembered between launches so the desk
// can resume (and open the right local database while offline). No secrets: the refresh token
// is never in localStorage.
import { organisationSchema, userSchema } from '../../shared/domain/content';
import { z } from 'zod';

export const accountSchema = z.object({
  serverUrl: z.url(),
  user: userSchema,
  organisation: organisationSchema,
});
export type Account = z.infer<typeof accountSchema>;

const KEY = 'salesdesk.account';
const SERVER_KEY = 'salesdesk.serverUrl';

export function loadAccount(storage: Pick<Storage, 'getItem'>): Account | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const parsed = accountSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveAccount(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  account: Account | null,
): void {
  try {
    if (account) {
      storage.setItem(KEY, JSON.stringify(account));
      storage.setItem(SERVER_KEY, account.serverUrl);
    } else storage.removeItem(KEY);
  } catch {
    // Storage off: the session lasts until the window closes.
  }
}

/** Remembers the server URL typed in the sign-in form (shown again after a reload). */
export function rememberServerUrl(storage: Pick<Storage, 'setItem'>, url: string): void {
  try {
    storage.setItem(SERVER_KEY, url);
  } catch {
    // Storage off: the person types it again.
  }
}

/** The server URL typed last time (kept after sign-out, for the next person). */
export function lastServerUrl(storage: Pick<Storage, 'getItem'>): string | null {
  try {
    return storage.getItem(SERVER_KEY);
  } catch {
    return null;
  }
}

/** The local database of one person of one organisation. */
export function accountDbKey(account: Pick<Account, 'user' | 'organisation'>): string {
  return `${account.organisation.id}-${account.user.id}`;
}

/**
 * What a desk deleted when the server ended a session (disabled, revoked, signed out elsewhere):
 * whose data, how many unsent changes went with it. Kept until the server has been told (at the
 * next sign-in at this desk, for the audit) and shown on the sign-in screen meanwhile.
 */
export const discardedNoteSchema = z.object({
  serverUrl: z.string(),
  userId: z.uuid(),
  unsent: z.number().int().min(0),
  reason: z.enum(['sessionEnded', 'userDisabled']),
  at: z.number().int().min(0),
});
export type DiscardedNote = z.infer<typeof discardedNoteSchema>;

const DISCARDED_KEY = 'salesdesk.discarded';
/** Notes kept at most (a desk signed out by the server twenty times unreported keeps the last). */
const MAX_NOTES = 20;

export function loadDiscarded(storage: Pick<Storage, 'getItem'>): DiscardedNote[] {
  try {
    const raw = storage.getItem(DISCARDED_KEY);
    if (!raw) return [];
    const parsed = z.array(discardedNoteSchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function saveDiscarded(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  notes: readonly DiscardedNote[],
): void {
  try {
    if (notes.length) storage.setItem(DISCARDED_KEY, JSON.stringify(notes.slice(-MAX_NOTES)));
    else storage.removeItem(DISCARDED_KEY);
  } catch {
    // Storage off: the count is shown now and cannot be reported later.
  }
}
