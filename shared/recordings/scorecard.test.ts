import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD, type ReviewInput, type ScorecardCriterion } from './protocol';
import {
  criterionLabel,
  isMissed,
  mostMissed,
  reviewProblem,
  reviewTotal,
  weeklyAverages,
  type ScoredCall,
} from './scorecard';

const C = (id: string, maxScore: number, weight: number, label?: string): ScorecardCriterion => ({
  id,
  kind: label ? 'custom' : 'greeting',
  maxScore,
  weight,
  ...(label ? { label } : {}),
});

describe('reviewTotal', () => {
  it('weights each criterion’s share of its maximum', () => {
    // greeting 4/5 (w1) = 0.8, bant 1/1 (w2) = 1, custom 0/10 (w1) = 0 → (0.8 + 2 + 0) / 4 = 70 %
    const criteria = [C('greeting', 5, 1), C('bant', 1, 2), C('price', 10, 1, 'Price anchored')];
    const total = reviewTotal(criteria, [
      { criterionId: 'greeting', score: 4 },
      { criterionId: 'bant', score: 1 },
      { criterionId: 'price', score: 0 },
    ]);
    expect(total).toBe(70);
  });

  it('leaves n/a and weightless criteria out, and has no total when nothing is scored', () => {
    const criteria = [C('a', 5, 1), C('b', 5, 3), C('c', 5, 0)];
    expect(
      reviewTotal(criteria, [
        { criterionId: 'a', score: 5 },
        { criterionId: 'b', score: null },
        { criterionId: 'c', score: 0 },
      ]),
    ).toBe(100);
    expect(reviewTotal(criteria, [{ criterionId: 'a', score: null }])).toBeNull();
    expect(reviewTotal(criteria, [])).toBeNull();
  });

  it('rounds to one decimal', () => {
    const criteria = [C('a', 3, 1)];
    expect(reviewTotal(criteria, [{ criterionId: 'a', score: 1 }])).toBe(33.3);
    expect(reviewTotal(criteria, [{ criterionId: 'a', score: 2 }])).toBe(66.7);
  });

  it('scores the default scorecard all-full as 100 and all-zero as 0', () => {
    const { criteria } = DEFAULT_SCORECARD;
    expect(
      reviewTotal(
        criteria,
        criteria.map((c) => ({ criterionId: c.id, score: c.maxScore })),
      ),
    ).toBe(100);
    expect(
      reviewTotal(
        criteria,
        criteria.map((c) => ({ criterionId: c.id, score: 0 })),
      ),
    ).toBe(0);
  });
});

describe('isMissed', () => {
  it('is below half the maximum, never n/a', () => {
    expect(isMissed(0, 1)).toBe(true);
    expect(isMissed(1, 1)).toBe(false);
    expect(isMissed(2, 5)).toBe(true);
    expect(isMissed(3, 5)).toBe(false);
    expect(isMissed(2, 4)).toBe(false);
    expect(isMissed(null, 5)).toBe(false);
  });
});

describe('reviewProblem', () => {
  const input = (over: Partial<ReviewInput> = {}): ReviewInput => ({
    criteria: [C('a', 5, 1), C('b', 1, 1)],
    scores: [
      { criterionId: 'a', score: 3 },
      { criterionId: 'b', score: null },
    ],
    comments: [{ atMs: 1000, text: 'Nice opener', criterionId: 'a' }],
    ...over,
  });
  it('accepts a complete review', () => {
    expect(reviewProblem(input())).toBeNull();
  });
  it('names what is wrong', () => {
    expect(
      reviewProblem(
        input({
          scores: [
            { criterionId: 'a', score: 6 },
            { criterionId: 'b', score: 1 },
          ],
        }),
      ),
    ).toMatch(/above its maximum/);
    expect(reviewProblem(input({ scores: [{ criterionId: 'a', score: 1 }] }))).toMatch(
      /b not scored/,
    );
    expect(
      reviewProblem(input({ scores: [...input().scores, { criterionId: 'z', score: 1 }] })),
    ).toMatch(/z is not a criterion/);
    expect(
      reviewProblem(input({ scores: [...input().scores, { criterionId: 'a', score: 1 }] })),
    ).toMatch(/twice/);
    expect(reviewProblem(input({ criteria: [C('a', 5, 1), C('a', 1, 1)] }))).toMatch(/twice/);
    expect(reviewProblem(input({ comments: [{ atMs: 0, text: 'x', criterionId: 'q' }] }))).toMatch(
      /comments/,
    );
    expect(
      reviewProblem(
        input({
          criteria: [C('a', 5, 1), { id: 'b', kind: 'custom', maxScore: 1, weight: 1 }],
        }),
      ),
    ).toMatch(/no label/);
  });
});

describe('criterionLabel', () => {
  it('translates built-in kinds and keeps a custom criterion’s own label', () => {
    const t = (k: string) => `T:${k}`;
    expect(criterionLabel({ kind: 'bant' }, t)).toBe('T:bant');
    expect(criterionLabel({ kind: 'custom', label: ' Price anchored ' }, t)).toBe('Price anchored');
  });
});

// 2026-03-04 is a Wednesday. Riyadh weeks start on Sunday, Istanbul weeks on Monday.
const at = (iso: string) => Date.parse(iso);
const call = (
  agentId: string,
  iso: string,
  score: number | null,
  scores: [string, number | null][] = [],
): ScoredCall => ({
  agentId,
  callStartedAt: at(iso),
  score,
  criteria: [
    C('greeting', 5, 1),
    { id: 'bant', kind: 'bant', maxScore: 1, weight: 1 },
    C('price', 5, 1, 'Price'),
  ],
  scores: scores.map(([criterionId, s]) => ({ criterionId, score: s })),
});

describe('weeklyAverages', () => {
  it('averages each rep’s totals per week of the organisation’s calendar', () => {
    const calls = [
      call('u1', '2026-03-04T09:00:00Z', 80),
      call('u1', '2026-03-05T09:00:00Z', 60),
      // Saturday 7 March 22:30 UTC is already Sunday 8 March in Riyadh: a new week there.
      call('u1', '2026-03-07T22:30:00Z', 90),
      call('u1', '2026-03-06T09:00:00Z', null),
      call('u2', '2026-03-04T09:00:00Z', 50),
    ];
    expect(
      weeklyAverages(calls, 'Asia/Riyadh').map((w) => [w.agentId, w.week, w.average, w.reviews]),
    ).toEqual([
      ['u1', '2026-03-01', 70, 2],
      ['u1', '2026-03-08', 90, 1],
      ['u2', '2026-03-01', 50, 1],
    ]);
    // In Istanbul the same instants fall in the week beginning Monday 2 March.
    expect(
      weeklyAverages(calls, 'Europe/Istanbul').map((w) => [w.agentId, w.week, w.average]),
    ).toEqual([
      ['u1', '2026-03-02', 76.7],
      ['u2', '2026-03-02', 50],
    ]);
  });
});

describe('mostMissed', () => {
  it('ranks each rep’s missed criteria by misses, then by share, with the latest label', () => {
    const calls = [
      call('u1', '2026-03-01T09:00:00Z', 10, [
        ['greeting', 1],
        ['bant', 0],
        ['price', 1],
      ]),
      call('u1', '2026-03-02T09:00:00Z', 10, [
        ['greeting', 4],
        ['bant', 0],
        ['price', null],
      ]),
      call('u1', '2026-03-03T09:00:00Z', 10, [
        ['greeting', 2],
        ['bant', 1],
        ['price', 0],
      ]),
      call('u2', '2026-03-03T09:00:00Z', 100, [
        ['greeting', 5],
        ['bant', 1],
        ['price', 5],
      ]),
    ];
    const out = mostMissed(calls, 2);
    expect(out).toEqual([
      {
        agentId: 'u1',
        criteria: [
          // price: 2 misses of 2 scored beats greeting's 2 of 3 and bant's 2 of 3 at equal misses
          { criterionId: 'price', kind: 'custom', label: 'Price', misses: 2, scored: 2 },
          { criterionId: 'bant', kind: 'bant', misses: 2, scored: 3 },
        ],
      },
      { agentId: 'u2', criteria: [] },
    ]);
  });
});
