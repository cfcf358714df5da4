// Exponential backoff with "full jitter" (AWS Architecture Blog, 2015): the wait is uniformly
// random between 0 and min(cap, base · 2^attempt), so a floor of desks coming back after an
// outage spreads out instead of hammering the server in step. A server's Retry-After is a floor.

export type BackoffOptions = {
  /** First ceiling, ms. */
  baseMs?: number;
  /** Highest ceiling, ms. */
  capMs?: number;
  random?: () => number;
};

export const DEFAULT_BACKOFF = { baseMs: 1_000, capMs: 60_000 } as const;

/** The ceiling of the wait after `attempt` failures in a row (attempt 0 = first failure). */
export function backoffCeiling(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const cap = options.capMs ?? DEFAULT_BACKOFF.capMs;
  // 2^attempt overflows to Infinity long after the cap applies; min() keeps it finite.
  return Math.min(cap, base * 2 ** Math.max(0, attempt));
}

/** How long to wait before the next try: full jitter, never less than Retry-After. */
export function backoffDelay(
  attempt: number,
  retryAfterMs: number | null = null,
  options: BackoffOptions = {},
): number {
  const random = options.random ?? Math.random;
  const jittered = Math.floor(random() * backoffCeiling(attempt, options));
  return retryAfterMs === null ? jittered : Math.max(retryAfterMs, jittered);
}
