// Admission for the sync routes: at most `concurrency` requests at the database at once; the
// next ones wait in line, first come first served. A request the line would keep longer than
// `maxWaitMs` (at the pace measured so far), or that has waited that long, is turned away at once
// with 503 `serverBusy` and Retry-After: a time of its own to come back, after the line and after
// every desk told to come back before it, at the pace the server serves, less half a line's wait —
// so a thousand desks turned away together come back one after another instead of together, and
// join a line that is never empty meanwhile. Desks wait Retry-After out
// (renderer/sync/backoff.ts); nothing they hold is lost.
//
// Without it, a storm of desks coming back at once (a server restart, the office's network back)
// queued in the database pool until the pool gave up (500 after 10 s on PostgreSQL), or in the
// socket backlog until the desks gave up: work the server did for a desk that had stopped waiting.
import type { DbKind } from './db/db';
import { POOL_SIZE } from './db/postgres';
import { HttpError } from './errors';

export type AdmissionOptions = {
  /** Requests at the database at once. */
  concurrency: number;
  /** Longest a request waits in line before it is turned away. */
  maxWaitMs: number;
  /** The line's length at most, whatever the pace. */
  maxLine?: number;
  /** A request's time at the database until one is measured. */
  initialServiceMs?: number;
  now?: () => number;
};

type Waiter = { admit: () => void; timer: NodeJS.Timeout };

/** What an admission has done since it was made, and the line now. */
export type AdmissionStats = { admitted: number; waited: number; refused: number; line: number };

export class Admission {
  private active = 0;
  private readonly line: Waiter[] = [];
  /** A request's time at the database, moving average. */
  private serviceMs: number;
  /** When the line and every desk told to come back so far should have been served. */
  private booked = 0;
  private readonly now: () => number;
  private readonly maxLine: number;
  private counts = { admitted: 0, waited: 0, refused: 0 };

  constructor(private readonly options: AdmissionOptions) {
    if (options.concurrency < 1) throw new RangeError('concurrency must be at least 1');
    this.serviceMs = options.initialServiceMs ?? 20;
    this.now = options.now ?? (() => performance.now());
    this.maxLine = options.maxLine ?? 10_000;
  }

  get stats(): AdmissionStats {
    return { ...this.counts, line: this.line.length };
  }

  /** Runs `work` once admitted; throws HttpError 503 `serverBusy` (with Retry-After) if not. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    const started = this.now();
    try {
      return await work();
    } finally {
      // Moving average over about the last 20 requests.
      this.serviceMs += (this.now() - started - this.serviceMs) / 20;
      this.leave();
    }
  }

  /** The wait a request joining the line now should expect, in ms. */
  expectedWaitMs(): number {
    return ((this.line.length + 1) * this.serviceMs) / this.options.concurrency;
  }

  private enter(): Promise<void> {
    if (this.active < this.options.concurrency && this.line.length === 0) {
      this.active++;
      this.counts.admitted++;
      return Promise.resolve();
    }
    if (this.line.length >= this.maxLine || this.expectedWaitMs() > this.options.maxWaitMs)
      return Promise.reject(this.busy());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          this.counts.admitted++;
          this.counts.waited++;
          resolve();
        },
        timer: setTimeout(() => {
          const at = this.line.indexOf(waiter);
          if (at >= 0) this.line.splice(at, 1);
          reject(this.busy());
        }, this.options.maxWaitMs),
      };
      this.line.push(waiter);
    });
  }

  private leave(): void {
    const next = this.line.shift();
    // The place goes straight to the next in line (`active` unchanged), else it is freed.
    if (next) next.admit();
    else this.active--;
  }

  /**
   * 503 with Retry-After: this request's turn comes after the line clears and after every desk
   * told to come back before it, one after another at the measured pace; it is told to come back
   * half a line's wait before that, in whole seconds, at least 1 and at most 60.
   */
  private busy(): HttpError {
    this.counts.refused++;
    const now = this.now();
    const turn = Math.max(this.booked, now + this.expectedWaitMs());
    this.booked = turn + this.serviceMs / this.options.concurrency;
    // Back while half a line's wait is still ahead of its turn: it then waits in line (at most
    // half of maxWaitMs) rather than the database waiting for it.
    const seconds = Math.min(
      60,
      Math.max(1, Math.ceil((turn - now - this.options.maxWaitMs / 2) / 1000)),
    );
    return new HttpError(
      503,
      'serverBusy',
      `The server is busy with other desks; try again in ${seconds} s.`,
      { 'retry-after': String(seconds) },
    );
  }
}

/**
 * The sync routes' admission for a database: on PostgreSQL as many at once as the pool has
 * connections but two (left to sign-ins, the screens' reads and the live streams' look-ups); on
 * PGlite, which runs one statement at a time, two (one at the database, the next one's request
 * read and its answer written meanwhile). A request waits at most 10 s in line: well inside the
 * desk's 30 s timeout, so no desk gives up on a request the server still means to answer.
 */
export function syncAdmission(kind: DbKind): AdmissionOptions {
  return { concurrency: kind === 'postgres' ? POOL_SIZE - 2 : 2, maxWaitMs: 10_000 };
}
