// The in-browser half of the sync benchmarks: the desk's own sync engine (DeskSync) against the
// sync server that serves this page, with IndexedDB in this Chromium profile.
import { memoryTokenStore } from '../../../renderer/sync/auth';
import { DeskSync } from '../../../renderer/sync/desk-sync';
import { nextLead } from '../../../renderer/db/leads-repo';
import type { DeskDatabase } from '../../../renderer/db/schema';
import { liveQuery } from 'dexie';

/** The live desk of `propagation` (liveDeskOpen … liveDeskClose), and the activities it waits for. */
let live: { desk: DeskSync; db: DeskDatabase; watched: Map<string, Promise<number>> } | null = null;

/** Now as epoch milliseconds with sub-millisecond precision (the Node side reads the same clock). */
const epochNow = () => performance.timeOrigin + performance.now();

/**
 * The next Monday 08:00 UTC: inside every imported lead's calling hours (the bench's numbers are
 * Istanbul's, 11:00 there), so whether the queue answers does not depend on when the bench runs.
 */
function workingHours(): number {
  const d = new Date();
  d.setUTCHours(8, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.getTime();
}

export const syncBench = {
  /**
   * Signs in as `email` on this page's server and times the initial sync: until the first page
   * (the agent's own queue) is stored and the next lead can be read, and until the snapshot is
   * complete. Deletes the desk's database afterwards.
   */
  async initialSync(
    email: string,
    password: string,
    timeoutMs: number,
  ): Promise<{ queueReadyMs: number; completeMs: number; leads: number; firstLead: boolean }> {
    const desk = new DeskSync({
      storage: window.sessionStorage,
      tokenStore: () => memoryTokenStore(),
    });
    const t0 = performance.now();
    await desk.signIn(window.location.origin, email, password);
    const { engine, db, account } = desk.snapshot();
    if (!engine || !db || !account) throw new Error('sign-in did not start the engine');
    let queueReadyMs = NaN;
    let firstLead = false;
    const done = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('initial sync timed out')), timeoutMs);
      let checking = false;
      const stop = engine.subscribe((s) => {
        if (s.firstPageDone && Number.isNaN(queueReadyMs) && !checking) {
          checking = true;
          const at = performance.now() - t0;
          void nextLead(
            db,
            { owners: [account.user.id], organisationTimezone: account.organisation.timezone },
            workingHours(),
          ).then((l) => {
            firstLead = l !== null;
            queueReadyMs = at;
          });
        }
        if (s.initialSyncDone) {
          clearTimeout(timer);
          stop();
          resolve(performance.now() - t0);
        }
        if (s.state === 'signedOut' || s.state === 'upgradeRequired') {
          clearTimeout(timer);
          reject(new Error(`sync stopped: ${s.state} ${s.lastError?.message ?? ''}`));
        }
      });
    });
    const completeMs = await done;
    const leads = await db.leads.count();
    await desk.signOut();
    return { queueReadyMs, completeMs, leads, firstLead };
  },

  /**
   * Signs in as `email` on this page's server with the desk's own sync engine and waits until
   * the snapshot is stored and the live stream is open: a desk as it sits on a supervisor's
   * screen, told of changes by pokes.
   */
  async liveDeskOpen(email: string, password: string, timeoutMs: number): Promise<number> {
    const desk = new DeskSync({
      storage: window.sessionStorage,
      tokenStore: () => memoryTokenStore(),
    });
    await desk.signIn(window.location.origin, email, password);
    const { engine, db } = desk.snapshot();
    if (!engine || !db) throw new Error('sign-in did not start the engine');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the live desk never got ready')), timeoutMs);
      const stop = engine.subscribe((s) => {
        if (s.initialSyncDone && s.live) {
          clearTimeout(timer);
          stop();
          resolve();
        }
      });
    });
    live = { desk, db, watched: new Map() };
    return db.leads.count();
  },

  /**
   * Starts watching for activity `id` the way a screen does (a live query, answered after each
   * commit that touches the table); resolves once the watch has its first answer (not there yet).
   * `activitySeenAt(id)` then gives the epoch time the activity was first seen.
   */
  async watchActivity(id: string): Promise<void> {
    const desk = live;
    if (!desk) throw new Error('no live desk');
    let armed: () => void = () => undefined;
    const ready = new Promise<void>((r) => (armed = r));
    const seen = new Promise<number>((resolve, reject) => {
      const sub = liveQuery(() => desk.db.activities.get(id as never)).subscribe({
        next: (row) => {
          if (row) {
            resolve(epochNow());
            sub.unsubscribe();
          }
          armed();
        },
        error: reject,
      });
    });
    desk.watched.set(id, seen);
    await ready;
  },

  async activitySeenAt(id: string, timeoutMs: number): Promise<number> {
    const seen = live?.watched.get(id);
    if (!seen) throw new Error(`activity ${id} is not watched`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        seen,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`activity ${id} never reached the desk`)),
            timeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
      live?.watched.delete(id);
    }
  },

  /** Signs the live desk out and deletes its database. */
  async liveDeskClose(): Promise<void> {
    await live?.desk.signOut();
    live = null;
  },
};
