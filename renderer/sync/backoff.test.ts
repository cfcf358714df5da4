import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay } from './backoff';
import { parseRetryAfter } from './errors';

describe('backoff with full jitter', () => {
  it('doubles the ceiling per failure up to the cap', () => {
    const o = { baseMs: 1000, capMs: 60_000 };
    expect([0, 1, 2, 3, 5, 6, 7, 50, 5000].map((a) => backoffCeiling(a, o))).toEqual([
      1000, 2000, 4000, 8000, 32_000, 60_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('waits anywhere between zero and the ceiling', () => {
    for (const attempt of [0, 3, 10]) {
      const ceiling = backoffCeiling(attempt);
      expect(backoffDelay(attempt, null, { random: () => 0 })).toBe(0);
      expect(backoffDelay(attempt, null, { random: () => 0.999_999 })).toBeLessThan(ceiling);
      const samples = Array.from({ length: 2000 }, () => backoffDelay(attempt));
      expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...samples)).toBeLessThan(ceiling);
      // Spread over the whole range, not bunched at the ceiling like plain exponential backoff.
      const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
      expect(mean).toBeGreaterThan(ceiling * 0.4);
      expect(mean).toBeLessThan(ceiling * 0.6);
    }
  });

  it('never waits less than the server asked with Retry-After', () => {
    expect(backoffDelay(0, 30_000, { random: () => 0.5 })).toBe(30_000);
    expect(backoffDelay(10, 1_000, { random: () => 0.5 })).toBe(30_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.UTC(2026, 9, 21, 7, 28, 0))).toBe(
      10_000,
    );
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
