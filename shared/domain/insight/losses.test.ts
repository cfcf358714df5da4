// Proves the loss and refusal figures against hand-computed fixtures: reason shares, the
// breakdown per rep, list and product, the daily and weekly stacked trend, and the competitors
// grouped whatever their case or spacing, the unnamed ones last.
import { describe, expect, it } from 'vitest';
import type { InsightFact, InsightMetric } from './facts';
import {
  competitorBreakdown,
  competitorKey,
  reasonBreakdown,
  reasonsBy,
  reasonTrend,
} from './losses';

const fact = (
  metric: InsightMetric,
  value: string,
  over: Partial<InsightFact> = {},
): InsightFact => ({
  metric,
  value,
  day: '2026-11-02',
  agentId: 'faisal',
  teamId: 'gulf',
  list: 'Expo',
  source: '',
  did: '',
  productId: 'pro',
  detail: '',
  n: 1,
  sum: 0,
  ...over,
});

// 10 losses: price 4 (faisal 3 on Expo, mona 1 on Web), competitor 5, noNeed 1; refusals apart.
const FACTS: InsightFact[] = [
  fact('lost', 'price', { n: 3 }),
  fact('lost', 'price', { agentId: 'mona', list: 'Web', day: '2026-11-10' }),
  fact('lost', 'competitor', { detail: 'AquaPure', n: 2, day: '2026-11-03' }),
  fact('lost', 'competitor', { detail: ' aquapure ', agentId: 'mona', day: '2026-11-16' }),
  fact('lost', 'competitor', { detail: 'Zamzam  Water', agentId: 'mona', productId: '' }),
  fact('lost', 'competitor', { detail: '', day: '2026-11-30' }),
  fact('lost', 'noNeed', { list: 'Web', day: '2026-11-29' }),
  fact('refusal', 'price', { n: 2 }),
  fact('refusal', 'trust', { agentId: 'mona' }),
  fact('call', 'notInterested', { n: 7 }),
];

describe('reasonBreakdown', () => {
  it('counts each reason and its share of all losses, most frequent first', () => {
    expect(reasonBreakdown(FACTS, 'lost')).toEqual({
      total: 10,
      reasons: [
        { reason: 'competitor', n: 5, share: 0.5 },
        { reason: 'price', n: 4, share: 0.4 },
        { reason: 'noNeed', n: 1, share: 0.1 },
      ],
    });
    expect(reasonBreakdown(FACTS, 'refusal')).toEqual({
      total: 3,
      reasons: [
        { reason: 'price', n: 2, share: 2 / 3 },
        { reason: 'trust', n: 1, share: 1 / 3 },
      ],
    });
    expect(reasonBreakdown([], 'lost')).toEqual({ total: 0, reasons: [] });
  });
});

describe('reasonsBy', () => {
  it('splits the reasons per rep, with each rep’s share and top reason', () => {
    expect(reasonsBy(FACTS, 'lost', 'agentId')).toEqual({
      reasons: ['competitor', 'price', 'noNeed'],
      total: 10,
      rows: [
        {
          key: 'faisal',
          total: 7,
          share: 0.7,
          counts: { price: 3, competitor: 3, noNeed: 1 },
          top: 'competitor',
        },
        {
          key: 'mona',
          total: 3,
          share: 0.3,
          counts: { price: 1, competitor: 2 },
          top: 'competitor',
        },
      ],
    });
  });

  it('per list and per product, a lead without one in a group of its own', () => {
    expect(reasonsBy(FACTS, 'lost', 'list').rows.map((r) => [r.key, r.total, r.counts])).toEqual([
      ['Expo', 8, { price: 3, competitor: 5 }],
      ['Web', 2, { price: 1, noNeed: 1 }],
    ]);
    expect(reasonsBy(FACTS, 'lost', 'productId').rows.map((r) => [r.key, r.total])).toEqual([
      ['pro', 9],
      ['', 1],
    ]);
  });
});

describe('reasonTrend', () => {
  it('goes per day over a short period, empty days included', () => {
    const t = reasonTrend(FACTS, 'lost', '2026-11-02', '2026-11-04');
    expect(t.unit).toBe('day');
    expect(t.reasons).toEqual(['competitor', 'price']);
    expect(t.buckets).toEqual([
      { from: '2026-11-02', to: '2026-11-02', total: 4, counts: { price: 3, competitor: 1 } },
      { from: '2026-11-03', to: '2026-11-03', total: 2, counts: { competitor: 2 } },
      { from: '2026-11-04', to: '2026-11-04', total: 0, counts: {} },
    ]);
  });

  it('goes per week over a month, weeks starting on the given day and clipped to the period', () => {
    // November 2026: the 1st is a Sunday. Weeks from Monday: 1 | 2–8 | 9–15 | 16–22 | 23–29 | 30.
    const monday = reasonTrend(FACTS, 'lost', '2026-11-01', '2026-11-30', 1);
    expect(monday.unit).toBe('week');
    expect(monday.buckets.map((b) => [b.from, b.to, b.total])).toEqual([
      ['2026-11-01', '2026-11-01', 0],
      ['2026-11-02', '2026-11-08', 6],
      ['2026-11-09', '2026-11-15', 1],
      ['2026-11-16', '2026-11-22', 1],
      ['2026-11-23', '2026-11-29', 1],
      ['2026-11-30', '2026-11-30', 1],
    ]);
    // Weeks from Saturday (the Gulf): 1–6 | 7–13 | 14–20 | 21–27 | 28–30.
    const saturday = reasonTrend(FACTS, 'lost', '2026-11-01', '2026-11-30', 6);
    expect(saturday.buckets.map((b) => [b.from, b.to, b.counts])).toEqual([
      ['2026-11-01', '2026-11-06', { price: 3, competitor: 3 }],
      ['2026-11-07', '2026-11-13', { price: 1 }],
      ['2026-11-14', '2026-11-20', { competitor: 1 }],
      ['2026-11-21', '2026-11-27', {}],
      ['2026-11-28', '2026-11-30', { noNeed: 1, competitor: 1 }],
    ]);
  });

  it('leaves out facts outside the period', () => {
    const t = reasonTrend(FACTS, 'lost', '2026-11-10', '2026-11-10');
    expect(t.buckets).toEqual([
      { from: '2026-11-10', to: '2026-11-10', total: 1, counts: { price: 1 } },
    ]);
  });
});

describe('competitorBreakdown', () => {
  it('groups the competitors named whatever their case and spacing, the unnamed last', () => {
    expect(competitorBreakdown(FACTS)).toEqual({
      total: 5,
      rows: [
        { name: 'AquaPure', n: 3, share: 0.6, spellings: ['AquaPure', 'aquapure'] },
        { name: 'Zamzam Water', n: 1, share: 0.2, spellings: ['Zamzam Water'] },
        { name: null, n: 1, share: 0.2, spellings: [''] },
      ],
    });
    expect(competitorKey('  ŞİŞE  Su ')).toBe(competitorKey('şişe su'));
  });

  it('has nothing to show without a lead lost to a competitor', () => {
    expect(competitorBreakdown(FACTS.filter((f) => f.value !== 'competitor'))).toEqual({
      total: 0,
      rows: [],
    });
  });
});
