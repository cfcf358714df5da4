// Remembers who was signed in at this desk between launches (the id only; no secrets).
const KEY = 'salesdesk.session';

export function loadSessionUserId(storage: Pick<Storage, 'getItem'>): string | null {
  try {
    return storage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveSessionUserId(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  userId: string | null,
): void {
  try {
    if (userId) storage.setItem(KEY, userId);
    else storage.removeItem(KEY);
  } catch {
    // Private mode or full storage: the session lasts until the window closes.
  }
}
