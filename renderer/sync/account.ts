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
