// Whether the desktop app could keep the person's sign-in on disk, as main last said when the
// desk saved a refresh token. A small external store: the sync layer reports, the UI explains.
import type { Response } from '../../shared/ipc/contract';

/** Why the sign-in lasts for this run only (main's code, translated by the page), or null. */
export type TokenNotPersisted = NonNullable<Response<'auth:saveToken'>['reason']>;

let current: TokenNotPersisted | null = null;
const listeners = new Set<() => void>();

/** What main answered to the last `auth:saveToken`. */
export function reportTokenSaved(answer: Response<'auth:saveToken'>): void {
  const next = answer.persisted ? null : (answer.reason ?? 'noEncryption');
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

export const tokenPersistence = {
  get: (): TokenNotPersisted | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
