// A light per-address throttle for the routes that take a link token. Tokens are 256-bit, so no
// one guesses one; this only stops a flood of lookups. Kept in each server's memory: several
// instances each allow as much, which is still nothing against 2^256.

export const LINK_ATTEMPTS_PER_WINDOW = 30;
export const LINK_WINDOW_MS = 10 * 60_000;

export class LinkThrottle {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max = LINK_ATTEMPTS_PER_WINDOW,
    private readonly windowMs = LINK_WINDOW_MS,
  ) {}

  /** Counts an attempt from `ip`; the seconds to wait when it is one too many, else 0. */
  take(ip: string, now = Date.now()): number {
    if (this.hits.size > 10_000) this.sweep(now);
    const hit = this.hits.get(ip);
    if (!hit || now - hit.start >= this.windowMs) {
      this.hits.set(ip, { start: now, count: 1 });
      return 0;
    }
    hit.count += 1;
    return hit.count > this.max ? Math.ceil((hit.start + this.windowMs - now) / 1000) : 0;
  }

  private sweep(now: number): void {
    for (const [ip, hit] of this.hits) if (now - hit.start >= this.windowMs) this.hits.delete(ip);
  }
}
