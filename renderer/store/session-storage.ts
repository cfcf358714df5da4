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

// Whose area the current one is, per window: a reload puts the same person back where they were,
// anyone signing in anew starts in their own area.
const AREA_OWNER_KEY = 'salesdesk.areaOwner';

export function loadAreaOwner(storage: Pick<Storage, 'getItem'>): string | null {
  try {
    return storage.getItem(AREA_OWNER_KEY);
  } catch {
    return null;
  }
}

export function saveAreaOwner(storage: Pick<Storage, 'setItem'>, userId: string): void {
  try {
    storage.setItem(AREA_OWNER_KEY, userId);
  } catch {
    // Private mode or full storage: the next reload lands in the person's own area.
  }
}
