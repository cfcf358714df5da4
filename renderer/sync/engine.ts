// The desk's sync engine: push the outbox, pull changes, stay live (ARCHITECTURE.md "Sync
// protocol"; HTTP contract in shared/sync/README.md).
//
// Usage — everything it needs is injected, so it runs in the renderer, in Node tests on
// fake-indexeddb with Node's fetch, and behind a fault-injecting proxy:
//
//   const transport = new HttpTransport({ baseUrl: 'http://127.0.0.1:8787', fetch });
//   const auth = new AuthSession(transport, memoryTokenStore());
//   await auth.signIn(email, password, clientId);
//   const engine = new SyncEngine({ db, auth });
//   const stop = engine.subscribe((status) => console.log(status.state));
//   engine.start();            // loop: push → pull, live pokes, polling backstop, backoff
//   await engine.syncNow();    // one full cycle now (push everything, pull until done);
//                              // rejects with the cycle's error, e.g. a NetworkError
//   await engine.stop();       // stops the loop and the event stream; waits for a running cycle
//
// Status (`engine.status`, `subscribe`): state 'idle' | 'syncing' | 'offline' | 'backoff' |
// 'upgradeRequired' | 'signedOut' | 'stopped', lastSyncedAt, lastError, initialSyncDone,
// pulledRows (this run), live (event stream connected), nextRetryAt. The pending count is
// `db.outbox.count()` (live in the UI through useLiveQuery); rejections are in `db.rejections`.
//
// Guarantees: outbox entries are pushed in seq order and only dropped once acknowledged; a pulled
// page and its cursor are stored in one transaction, with pending local patches rebased on top
// (so a restart resumes with nothing lost); one cycle at a time per database (Web Locks when the
// runtime has them, an in-process mutex otherwise); transient failures (network, 5xx, 429) back
// off with full jitter and honour Retry-After; 401 tokenExpired refreshes once; 426 stops the
// engine in 'upgradeRequired'; a refused refresh ends in 'signedOut'.
import { liveQuery, type Subscription } from 'dexie';
import type { DeskDatabase } from '../db/schema';
import type { AuthSession } from './auth';
import { backoffCeiling, backoffDelay, type BackoffOptions } from './backoff';
import {
  isSessionOver,
  isTransient,
  isUpgradeRequired,
  NetworkError,
  SyncHttpError,
} from './errors';
import { applyPullPage, loadCursor, META, wipeForResnapshot } from './apply-pull';
import { withLock } from './mutex';
import { nextPushBatch, pushResultFor, recordPushResult, PUSH_BATCH_SIZE } from './push';
import {
  adoptGeneration,
  isGenerationChanged,
  pullIdentity,
  type PullIdentity,
} from './generation';
import type { PullResponse } from '../../shared/sync/protocol';

/** What the live stream told the desk (SyncEngine.onLive). */
export type LiveEvent = 'open' | 'poke' | 'presence' | 'coach';

export type SyncState =
  'idle' | 'syncing' | 'offline' | 'backoff' | 'upgradeRequired' | 'signedOut' | 'stopped';

export type SyncStatus = {
  state: SyncState;
  /** Epoch ms of the last completed pull, from this or an earlier run. */
  lastSyncedAt: number | null;
  /** The last failure, kept until a cycle succeeds. */
  lastError: { code: string; message: string } | null;
  /** The first full snapshot has arrived. */
  initialSyncDone: boolean;
  /** Rows pulled since start (progress of the initial sync). */
  pulledRows: number;
  /** At least one pull page has been stored (the agent's own queue comes first). */
  firstPageDone: boolean;
  /** The live event stream is connected. */
  live: boolean;
  /** When the next try is due while backing off. */
  nextRetryAt: number | null;
};

type WakeReason = 'request' | 'online' | 'stop';

export type SyncEngineOptions = {
  db: DeskDatabase;
  auth: AuthSession;
  pushBatchSize?: number;
  pullLimit?: number;
  /** Polling backstop while the event stream is quiet or down. */
  pollIntervalMs?: number;
  backoff?: BackoffOptions;
  /** Settle time before pushing a fresh outbox entry (several quick writes → one push). */
  pushDebounceMs?: number;
  /** Read the live event stream (off in some tests). */
  live?: boolean;
  now?: () => number;
  /** Where online/offline events come from; defaults to `window` when there is one. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  isOnline?: () => boolean;
};

/**
 * Times one entry may fail with a 500 before the desk refuses it itself (when the server
 * otherwise answers): each after a backoff, so a passing fault is ridden out.
 */
export const SERVER_ERROR_TRIES = 3;

const INITIAL: SyncStatus = {
  state: 'idle',
  lastSyncedAt: null,
  lastError: null,
  initialSyncDone: false,
  pulledRows: 0,
  firstPageDone: false,
  live: false,
  nextRetryAt: null,
};

export class SyncEngine {
  private statusValue: SyncStatus = INITIAL;
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private readonly liveListeners = new Set<(e: LiveEvent) => void>();
  private running = false;
  private wake: ((reason?: WakeReason) => void) | null = null;
  private stopSignal = new AbortController();
  private wanted = false;
  private attempt = 0;
  /** The entry the server last failed on with a 500, and how many times in a row. */
  private serverErrors: { seq: number; tries: number } | null = null;
  private loopDone: Promise<void> | null = null;
  private streamAbort: AbortController | null = null;
  private outboxSub: Subscription | null = null;
  private pushTimer: ReturnType<typeof setTimeout> | null = null;
  /** Pulls in a row that ended on rows held back on the server (see heldBackDelay). */
  private heldBackRuns = 0;
  private readonly opts: Required<
    Omit<SyncEngineOptions, 'db' | 'auth' | 'events' | 'isOnline' | 'backoff'>
  > & { backoff: BackoffOptions };
  private readonly lockName: string;
  private readonly eventsTarget: SyncEngineOptions['events'];
  private readonly isOnline: () => boolean;

  constructor(private readonly options: SyncEngineOptions) {
    this.opts = {
      pushBatchSize: options.pushBatchSize ?? PUSH_BATCH_SIZE,
      pullLimit: options.pullLimit ?? 1000,
      pollIntervalMs: options.pollIntervalMs ?? 30_000,
      backoff: options.backoff ?? {},
      pushDebounceMs: options.pushDebounceMs ?? 250,
      live: options.live ?? true,
      now: options.now ?? Date.now,
    };
    this.lockName = `salesdesk-sync:${options.db.name}`;
    this.eventsTarget =
      options.events !== undefined ? options.events : typeof window !== 'undefined' ? window : null;
    this.isOnline =
      options.isOnline ??
      (() =>
        typeof navigator === 'undefined' || typeof navigator.onLine !== 'boolean'
          ? true
          : navigator.onLine);
  }

  get status(): SyncStatus {
    return this.statusValue;
  }

  get db(): DeskDatabase {
    return this.options.db;
  }

  /** Calls `listener` now and on every status change; returns the unsubscribe function. */
  subscribe(listener: (s: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.statusValue);
    return () => this.listeners.delete(listener);
  }

  /**
   * Calls `listener` with what the live stream says: connected (`open`: anything may have been
   * missed), something changed (`poke`), an agent's state changed (`presence`). The wallboard
   * reads again on these instead of asking every two seconds.
   */
  onLive(listener: (e: LiveEvent) => void): () => void {
    this.liveListeners.add(listener);
    return () => this.liveListeners.delete(listener);
  }

  private emitLive(event: LiveEvent): void {
    for (const l of this.liveListeners) l(event);
  }

  /** Starts the loop, the live stream and the outbox watch. Idempotent. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.wanted = true;
    this.stopSignal = new AbortController();
    this.eventsTarget?.addEventListener('online', this.onOnline);
    this.eventsTarget?.addEventListener('offline', this.onOffline);
    void this.restore();
    // A new outbox entry (this tab or another) → push soon.
    this.outboxSub = liveQuery(() => this.options.db.outbox.count()).subscribe({
      next: (n) => {
        if (n > 0) this.schedulePush();
      },
      error: () => undefined,
    });
    this.setStatus({ state: this.isOnline() ? 'idle' : 'offline' });
    this.loopDone = this.loop();
    if (this.opts.live) void this.liveLoop();
  }

  /** Stops everything and waits for a cycle in flight to finish. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.eventsTarget?.removeEventListener('online', this.onOnline);
    this.eventsTarget?.removeEventListener('offline', this.onOffline);
    this.outboxSub?.unsubscribe();
    this.outboxSub = null;
    if (this.pushTimer) clearTimeout(this.pushTimer);
    this.streamAbort?.abort();
    this.stopSignal.abort();
    this.wake?.('stop');
    await this.loopDone;
    if (this.statusValue.state !== 'upgradeRequired' && this.statusValue.state !== 'signedOut') {
      this.setStatus({ state: 'stopped', live: false });
    }
  }

  /** Asks the running loop for a cycle soon (a poke, a button, coming back online). */
  requestSync(): void {
    this.wanted = true;
    this.wake?.('request');
  }

  /**
   * One full cycle now, whether or not the loop runs: pushes the whole outbox, then pulls until
   * the server has nothing more. Rejects with the cycle's error.
   */
  async syncNow(): Promise<void> {
    await this.cycle();
  }

  // -------------------------------------------------------------------------------------------

  /** Reads what earlier runs stored (last sync time, initial sync done) into the status. */
  async restore(): Promise<void> {
    const { db } = this.options;
    const [last, done] = await Promise.all([
      db.meta.get(META.lastSyncedAt),
      db.meta.get(META.initialSyncDone),
    ]);
    this.setStatus({
      lastSyncedAt: typeof last?.value === 'number' ? last.value : this.statusValue.lastSyncedAt,
      initialSyncDone: done?.value === true || this.statusValue.initialSyncDone,
      firstPageDone: done?.value === true || this.statusValue.firstPageDone,
    });
  }

  private readonly onOnline = (): void => {
    if (this.statusValue.state === 'offline') this.setStatus({ state: 'idle' });
    this.wanted = true;
    this.attempt = 0;
    this.wake?.('online');
  };

  private readonly onOffline = (): void => {
    this.setStatus({ state: 'offline', live: false });
    this.streamAbort?.abort();
  };

  private schedulePush(): void {
    if (this.pushTimer) return;
    this.pushTimer = setTimeout(() => {
      this.pushTimer = null;
      this.requestSync();
    }, this.opts.pushDebounceMs);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      if (!this.isOnline()) {
        this.setStatus({ state: 'offline' });
        await this.sleep(this.opts.pollIntervalMs);
        continue;
      }
      if (!this.wanted) {
        await this.sleep(this.opts.pollIntervalMs);
        // Woken by a request, or the polling backstop: either way, sync.
        this.wanted = true;
        continue;
      }
      this.wanted = false;
      let heldBack: boolean;
      try {
        heldBack = await this.cycle();
        this.attempt = 0;
      } catch (error) {
        if (!this.running) break;
        if (isUpgradeRequired(error)) {
          this.setStatus({ state: 'upgradeRequired' });
          this.running = false;
          this.streamAbort?.abort();
          break;
        }
        if (isSessionOver(error)) {
          this.setStatus({ state: 'signedOut' });
          this.running = false;
          this.streamAbort?.abort();
          break;
        }
        if (!this.isOnline()) continue;
        const retryAfter = error instanceof SyncHttpError ? error.retryAfterMs : null;
        // Anything else (a protocol mismatch, a 4xx) is retried too, just slowly.
        const attempt = isTransient(error) ? this.attempt : Math.max(this.attempt, 5);
        const delay = backoffDelay(attempt, retryAfter, this.opts.backoff);
        this.attempt += 1;
        this.setStatus({ state: 'backoff', nextRetryAt: this.opts.now() + delay });
        await this.sleep(delay, true);
        this.wanted = true;
        continue;
      }
      // Rows wait on the server behind a transaction still running, and its end pokes nobody:
      // pull again soon rather than at the polling backstop.
      if (heldBack) {
        await this.sleep(heldBackDelay(this.heldBackRuns++));
        this.wanted = true;
      } else {
        this.heldBackRuns = 0;
      }
    }
  }

  /**
   * Sleeps `ms`, or until woken. A backoff (`strict`) is only cut short by coming back online or
   * by stop(), never by a poke: a server that asked for Retry-After gets it.
   */
  private sleep(ms: number, strict = false): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = (reason: WakeReason = 'request') => {
        if (strict && reason === 'request') return;
        done();
      };
    });
  }

  /** One push and pull under the desk's sync lock; true when the pull ended on held-back rows. */
  private async cycle(): Promise<boolean> {
    return withLock(this.lockName, async () => {
      this.setStatus({ state: 'syncing', nextRetryAt: null });
      let heldBack: boolean;
      try {
        heldBack = await this.pushAndPull();
      } catch (error) {
        this.setStatus({
          state: this.isOnline() ? 'backoff' : 'offline',
          lastError: describeError(error),
        });
        throw error;
      }
      this.setStatus({ state: 'idle', lastError: null });
      return heldBack;
    });
  }

  /**
   * Push, then pull. A server restored from a backup since the last sync (a new generation, 409
   * on either) first gets back what it lost, then the desk pulls a fresh snapshot (generation.ts).
   */
  private async pushAndPull(): Promise<boolean> {
    try {
      await this.pushAll();
      return await this.pullAll();
    } catch (error) {
      if (!isGenerationChanged(error)) throw error;
      await adoptGeneration(this.options.db, error.generation, error.ackedSeq);
      this.setStatus({ initialSyncDone: false });
      await this.pushAll();
      return this.pullAll();
    }
  }

  private async pushAll(): Promise<void> {
    const { db, auth } = this.options;
    let size = this.opts.pushBatchSize;
    for (;;) {
      const batch = await nextPushBatch(db, size);
      if (!batch) return;
      let response = {
        ackedSeq: 0,
        rejected: [] as { seq: number; reason: never; detail: string }[],
      };
      if (batch.request.mutations.length) {
        try {
          response = (await auth.authorized((token) =>
            auth.transport.push(token, batch.request),
          )) as typeof response;
        } catch (error) {
          // A batch the server cannot read at all: find the one bad entry by sending singly,
          // then let the server's verdict on it stand, so one bad entry never blocks the rest.
          if (error instanceof SyncHttpError && error.status === 400) {
            if (size > 1) {
              size = 1;
              continue;
            }
            const seq = batch.request.mutations[0]?.seq ?? batch.lastSeq;
            await recordPushResult(
              db,
              seq,
              [{ seq, reason: 'invalid', detail: error.message }],
              this.opts.now(),
            );
            size = this.opts.pushBatchSize;
            continue;
          }
          // The server fails on the batch (500): send singly to find the entry it fails on; an
          // entry failing the same way SERVER_ERROR_TRIES times while the server otherwise
          // answers (a pull goes through) is refused on the desk, so the rest flows. A server
          // that fails on everything (a pull fails too) is only waited for: nothing is refused.
          if (error instanceof SyncHttpError && error.status === 500) {
            if (size > 1) {
              size = 1;
              continue;
            }
            const seq = batch.request.mutations[0]?.seq ?? batch.lastSeq;
            const tries = this.serverErrors?.seq === seq ? this.serverErrors.tries + 1 : 1;
            this.serverErrors = { seq, tries };
            if (tries < SERVER_ERROR_TRIES || !(await this.serverAnswers())) throw error;
            this.serverErrors = null;
            await recordPushResult(
              db,
              seq,
              [{ seq, reason: 'serverError', detail: error.message }],
              this.opts.now(),
            );
            size = this.opts.pushBatchSize;
            continue;
          }
          throw error;
        }
      }
      if (this.serverErrors?.seq === batch.request.mutations[0]?.seq) this.serverErrors = null;
      const { ackedSeq, refused } = pushResultFor(batch, response);
      const dropped = await recordPushResult(db, ackedSeq, refused, this.opts.now());
      // The server acknowledged nothing new: stop rather than resend the same batch forever.
      if (dropped === 0) return;
    }
  }

  /** Whether the server answers a pull: it is up and reads its database. */
  private async serverAnswers(): Promise<boolean> {
    const { db, auth } = this.options;
    try {
      const cursor = await loadCursor(db);
      const identity = await pullIdentity(db);
      await auth.authorized((token) =>
        auth.transport.pull(token, { cursor, limit: 1, ...identity }),
      );
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Pulls until the server has nothing more. From the second page on, the next page is asked for
   * as soon as a page arrives, with that page's cursor, while the page is being stored: the
   * server reads and sends page N + 1 (and the desk parses it) while IndexedDB writes page N.
   * Pages are still stored one at a time and in order, each with its own cursor; a page that
   * fails to store ends the pull and the page asked for ahead of it is dropped, so the next pull
   * starts again from the cursor stored last. The pull reads nothing on the server, so asking
   * ahead changes nothing there. Resolves true when the last page said rows were held back.
   */
  private async pullAll(): Promise<boolean> {
    const { db, auth } = this.options;
    const ask = (cursor: string | null, identity: PullIdentity): Promise<PullResponse> => {
      const asked = auth.authorized((token) =>
        auth.transport.pull(token, { cursor, limit: this.opts.pullLimit, ...identity }),
      );
      // Awaited (and its error thrown) when its turn comes, or dropped with the pull.
      asked.catch(() => undefined);
      return asked;
    };
    const start = async (): Promise<[PullIdentity, Promise<PullResponse>]> => {
      const [cursor, identity] = await Promise.all([loadCursor(db), pullIdentity(db)]);
      return [identity, ask(cursor, identity)];
    };
    let [identity, asked] = await start();
    for (let pages = 0; pages < 100_000; pages++) {
      const page = await asked;
      if (page.resnapshot) {
        await wipeForResnapshot(db);
        this.setStatus({ initialSyncDone: false });
        [identity, asked] = await start();
        continue;
      }
      // The page carries the generation its cursor belongs to, stored with it (apply-pull.ts).
      if (page.generation) identity = { ...identity, generation: page.generation };
      // Not while the first page is stored: that one is the agent's own queue, on screen first,
      // and parsing the next page beside it would hold it up.
      const ahead = page.more && pages > 0 ? ask(page.cursor, identity) : null;
      const { rows } = await applyPullPage(
        db,
        page,
        this.opts.now(),
        auth.current?.user.id ?? null,
      );
      this.setStatus({
        pulledRows: this.statusValue.pulledRows + rows,
        lastSyncedAt: this.opts.now(),
        firstPageDone: true,
        ...(page.more ? {} : { initialSyncDone: true }),
      });
      if (!page.more) return page.heldBack === true;
      asked = ahead ?? ask(page.cursor, identity);
    }
    return false;
  }

  private async liveLoop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      if (!this.isOnline()) {
        await this.pause(this.opts.pollIntervalMs);
        continue;
      }
      const abort = new AbortController();
      this.streamAbort = abort;
      try {
        const { auth } = this.options;
        await auth.authorized(async (token) => {
          for await (const event of auth.transport.events(token, abort.signal)) {
            if (event === 'open') {
              failures = 0;
              this.setStatus({ live: true });
              // Anything missed while the stream was down.
              this.requestSync();
              this.emitLive('open');
            } else if (event === 'poke') {
              this.requestSync();
              this.emitLive('poke');
            } else if (event === 'presence' || event === 'coach') {
              this.emitLive(event);
            }
          }
        });
      } catch (error) {
        if (isUpgradeRequired(error) || isSessionOver(error)) {
          // The main loop reaches the same verdict on its next request and reports it.
          this.requestSync();
        }
      } finally {
        this.setStatus({ live: false });
      }
      if (!this.running) return;
      await this.pause(backoffDelay(failures++, null, this.opts.backoff));
    }
  }

  /** A wait for the live loop that stop() and coming back online cut short. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const signal = this.stopSignal.signal;
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.eventsTarget?.removeEventListener('online', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
      this.eventsTarget?.addEventListener('online', done);
    });
  }

  private setStatus(patch: Partial<SyncStatus>): void {
    const next = { ...this.statusValue, ...patch };
    const changed = (Object.keys(patch) as (keyof SyncStatus)[]).some(
      (k) => this.statusValue[k] !== next[k],
    );
    if (!changed) return;
    this.statusValue = next;
    for (const l of this.listeners) l(next);
  }
}

/**
 * The wait before pulling again after a page said rows were held back: a ceiling of 100 ms,
 * doubling with each such pull in a row, at most 5 s. Holds are usually one short transaction; a
 * long one (a report, an open `psql`) costs a pull every 2.5–5 s, not one every 100 ms.
 *
 * "Equal jitter": the wait is uniformly random in the ceiling's upper half. One long transaction
 * holds back every desk of the floor at once, and they were all poked by the same push; without
 * jitter they would ask again in step, a burst of a whole floor's pulls every few seconds.
 */
export function heldBackDelay(runs: number, random: () => number = Math.random): number {
  const ceiling = backoffCeiling(runs, { baseMs: 100, capMs: 5_000 });
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof SyncHttpError) return { code: error.code, message: error.message };
  if (error instanceof NetworkError) return { code: 'unreachable', message: error.message };
  return { code: 'error', message: error instanceof Error ? error.message : String(error) };
}
