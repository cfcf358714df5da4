// The in-browser half of the sync benchmarks: the desk's own sync engine (DeskSync) against the
// sync server that serves this page, with IndexedDB in this Chromium profile.
import { memoryTokenStore } from '../../../renderer/sync/auth';
import { DeskSync } from '../../../renderer/sync/desk-sync';
import { nextLead } from '../../../renderer/db/leads-repo';

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
};
