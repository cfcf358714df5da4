// The organisation profile, read once per desk database and shared by every screen that shows
// or uses it. One live read, not one per component: a screen mounted while others hold the
// profile has it on its first render, and every holder changes in the same render. With a read
// per component, the call screen could show a lead and its outcome keys while the hook that
// saves the outcome still waited for its own copy — a number key pressed then was lost.
import { useCallback, useSyncExternalStore } from 'react';
import { liveQuery, type Subscription } from 'dexie';
import type { OrganisationProfile } from '../../../shared/domain/content';
import type { DeskDatabase } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';

type Shared = {
  /** undefined until the first read answers. */
  value: OrganisationProfile | null | undefined;
  listeners: Set<() => void>;
  subscription: Subscription | null;
};

const shared = new WeakMap<DeskDatabase, Shared>();

function sharedOf(db: DeskDatabase): Shared {
  let s = shared.get(db);
  if (!s) {
    s = { value: undefined, listeners: new Set(), subscription: null };
    shared.set(db, s);
  }
  return s;
}

/** Listens to the desk's organisation profile; the read runs while anyone listens. */
export function subscribeOrganisation(db: DeskDatabase, listener: () => void): () => void {
  const s = sharedOf(db);
  s.listeners.add(listener);
  if (!s.subscription) {
    s.subscription = liveQuery(
      async () =>
        ((await db.meta.get('organisation'))?.value as OrganisationProfile | undefined) ?? null,
    ).subscribe({
      next: (value) => {
        if (value === s.value) return;
        s.value = value;
        for (const l of [...s.listeners]) l();
      },
      // A failed read keeps what was read before (a closed database: the desk is going away).
      error: (error: unknown) => console.error('organisation read failed', error),
    });
  }
  return () => {
    s.listeners.delete(listener);
    if (s.listeners.size > 0) return;
    s.subscription?.unsubscribe();
    s.subscription = null;
    // Nobody watches it any more: the next listener reads it afresh rather than trust a copy
    // that may have changed unseen (a sign-out wipes the desk, a reset loads another profile).
    s.value = undefined;
  };
}

/** The profile as last read, or null before the first read (and on a desk without one). */
export function organisationSnapshot(db: DeskDatabase): OrganisationProfile | null {
  return shared.get(db)?.value ?? null;
}

/** The organisation profile stored on this desk (calling hours, currency, timezone). */
export function useOrganisation(): OrganisationProfile | null {
  const db = useDeskDb();
  const subscribe = useCallback((l: () => void) => subscribeOrganisation(db, l), [db]);
  const snapshot = useCallback(() => organisationSnapshot(db), [db]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
