import { describe, expect, it } from 'vitest';
import type { InsightFact } from './facts';
import {
  averageDeal,
  dealValue,
  closeHint,
  expectedClose,
  forecastDeals,
  forecastWindow,
  groupOpenDeals,
  stageMedianSeconds,
  stageProbabilities,
  timeToWinSeconds,
  type ForecastDeal,
} from './forecast';
import { DEFAULT_PIPELINE_INSIGHT } from './pipeline-settings';

const D = 86_400;
const DAY_MS = D * 1000;
const NOW = Date.UTC(2026, 11, 3, 9);
const NONE = DEFAULT_PIPELINE_INSIGHT.probabilities;

function fact(
  metric: InsightFact['metric'],
  value: string,
  n: number,
  sum = 0,
  more: Partial<InsightFact> = {},
): InsightFact {
  return {
    metric,
    day: '2026-12-01',
    agentId: 'a',
    teamId: 't',
    list: '',
    source: '',
    did: '',
    productId: '',
    value,
    detail: '',
    n,
    sum,
    ...more,
  };
}

describe('stageProbabilities', () => {
  const facts = [
    fact('won', 'p1', 4, 0, { detail: 'SAR' }),
    fact('won', '', 2, 0, { detail: 'SAR' }),
    fact('stageEnter', 'qualified', 60),
    fact('stageEnter', 'meetingScheduled', 24),
    fact('stageEnter', 'proposalSent', 10),
    fact('stageEnter', 'won', 6),
  ];

  it('learns W / E where at least 20 entered, else keeps the default', () => {
    expect(stageProbabilities(facts, NONE)).toEqual([
      { stage: 'qualified', p: 0.1, source: 'learned', entered: 60, won: 6, learned: 0.1 },
      { stage: 'meetingScheduled', p: 0.25, source: 'learned', entered: 24, won: 6, learned: 0.25 },
      // 6 / 10 = 0.6, but 10 entries are under the 20 needed: the default 0.5.
      { stage: 'proposalSent', p: 0.5, source: 'default', entered: 10, won: 6, learned: 0.6 },
    ]);
  });

  it('lets a manual probability win over the learned and the default one', () => {
    const p = stageProbabilities(facts, { ...NONE, proposalSent: 0.7, qualified: 0 });
    expect(p.map((x) => [x.p, x.source])).toEqual([
      [0, 'manual'],
      [0.25, 'learned'],
      [0.7, 'manual'],
    ]);
  });

  it('caps the estimate at 1 and falls back without history', () => {
    const many = [
      fact('won', '', 30, 0, { detail: 'SAR' }),
      fact('stageEnter', 'proposalSent', 25),
    ];
    expect(stageProbabilities(many, NONE)[2]).toMatchObject({ p: 1, learned: 1 });
    expect(stageProbabilities([], NONE).map((x) => [x.p, x.learned])).toEqual([
      [0.1, null],
      [0.25, null],
      [0.5, null],
    ]);
  });
});

describe('averageDeal', () => {
  it('is the mean sale in the currency asked', () => {
    const facts = [
      fact('won', 'p1', 2, 10_000, { detail: 'SAR' }),
      fact('won', 'p2', 1, 5000, { detail: 'SAR' }),
      fact('won', 'p2', 1, 999, { detail: 'USD' }),
      fact('upsell', 'p2', 1, 77_777, { detail: 'SAR' }),
    ];
    expect(averageDeal(facts, 'SAR')).toBe(5000);
    expect(averageDeal(facts, 'USD')).toBe(999);
    expect(averageDeal(facts, 'EUR')).toBeNull();
  });
});

describe('time to win', () => {
  it('adds the medians of this and every later stage, defaults where nothing left', () => {
    const facts = [
      // Two stays between 48 h and 3 d: 172800 + (1 / 2) × 86400 = 216000.
      fact('stageLeft', 'qualified', 2, 400_000, { detail: '48' }),
      // Two stays under an hour: 0 + (1 / 2) × 3600 = 1800.
      fact('stageLeft', 'proposalSent', 2, 1000, { detail: '0' }),
      fact('stageLeft', 'lead', 9, 9, { detail: '0' }),
    ];
    const medians = stageMedianSeconds(facts);
    expect(medians).toEqual({
      qualified: 216_000,
      meetingScheduled: 7 * D,
      proposalSent: 1800,
    });
    expect(timeToWinSeconds(medians)).toEqual({
      proposalSent: 1800,
      meetingScheduled: 7 * D + 1800,
      qualified: 216_000 + 7 * D + 1800,
    });
  });
});

describe('dealValue', () => {
  const prices = new Map([
    ['p1', { price: 8000, currency: 'SAR' }],
    ['p2', { price: 300, currency: 'USD' }],
  ]);
  const proposal = (amount: number, productId: string, currency = 'SAR') => ({
    proposal: { amount, productId: productId as never, currency, at: 0 },
  });

  it('takes the proposal, else the product price, else the average sale', () => {
    expect(dealValue(proposal(12_000, 'p1'), prices, 5000, 'SAR')).toEqual({
      amount: 12_000,
      currency: 'SAR',
      basis: 'proposal',
    });
    expect(dealValue(proposal(0, 'p1'), prices, 5000, 'SAR')).toEqual({
      amount: 8000,
      currency: 'SAR',
      basis: 'product',
    });
    expect(dealValue(proposal(0, 'p2'), prices, 5000, 'SAR')).toMatchObject({
      amount: 300,
      currency: 'USD',
    });
    expect(dealValue(proposal(0, 'gone'), prices, 5000, 'SAR')).toEqual({
      amount: 5000,
      currency: 'SAR',
      basis: 'average',
    });
    expect(dealValue({ proposal: null }, prices, 5000, 'SAR')?.basis).toBe('average');
    expect(dealValue({ proposal: null }, prices, null, 'SAR')).toBeNull();
  });
});

describe('closeHint and expectedClose', () => {
  const toWin = { qualified: 30 * D, meetingScheduled: 20 * D, proposalSent: 10 * D };
  const since = NOW - 2 * DAY_MS;
  const meeting = (at: number, outcome?: 'held') => ({
    at,
    closerId: 'c' as never,
    bookedBy: 'h' as never,
    bookedAt: 0,
    note: '',
    ...(outcome ? { outcome } : {}),
  });
  const none = { meeting: null, nextCallAt: null, nextCallKind: null };

  it('reads a proposal’s follow-up call and a booked meeting without outcome', () => {
    expect(
      closeHint({ ...none, stage: 'proposalSent', nextCallAt: NOW, nextCallKind: 'followUp' }),
    ).toEqual({ at: NOW, kind: 'followUp' });
    // A callback is no proposal follow-up.
    expect(
      closeHint({ ...none, stage: 'proposalSent', nextCallAt: NOW, nextCallKind: 'callback' }),
    ).toBeNull();
    expect(closeHint({ ...none, stage: 'meetingScheduled', meeting: meeting(NOW) })).toEqual({
      at: NOW,
      kind: 'meeting',
    });
    expect(
      closeHint({ ...none, stage: 'meetingScheduled', meeting: meeting(NOW, 'held') }),
    ).toBeNull();
  });

  it('uses the hint when still ahead', () => {
    const hint = { at: NOW + 3 * DAY_MS, kind: 'followUp' as const };
    expect(expectedClose({ stage: 'proposalSent', since, hint }, toWin, NOW)).toEqual({
      at: NOW + 3 * DAY_MS,
      basis: 'followUp',
    });
  });

  it('else the stage change plus the median time to win', () => {
    // Entered 2 days ago, 10 days to win from a proposal: 8 days ahead.
    expect(expectedClose({ stage: 'proposalSent', since, hint: null }, toWin, NOW)).toEqual({
      at: NOW + 8 * DAY_MS,
      basis: 'median',
    });
    const past = { at: NOW - DAY_MS, kind: 'meeting' as const };
    expect(expectedClose({ stage: 'meetingScheduled', since, hint: past }, toWin, NOW)).toEqual({
      at: NOW + 18 * DAY_MS,
      basis: 'median',
    });
  });

  it('never estimates a close in the past', () => {
    const old = { stage: 'qualified' as const, since: NOW - 90 * DAY_MS, hint: null };
    expect(expectedClose(old, toWin, NOW)).toEqual({ at: NOW, basis: 'median' });
  });
});

describe('groupOpenDeals and forecastDeals', () => {
  const H = 3_600_000;
  const base = NOW - 5 * DAY_MS;
  const proposal = (amount: number, productId = 'p1', currency = 'SAR') => ({
    amount,
    productId: productId as never,
    currency,
    at: 0,
  });
  const open = (
    over: Partial<Parameters<typeof groupOpenDeals>[0] extends Iterable<infer T> ? T : never>,
  ) => ({
    ownerId: 'a',
    stage: 'proposalSent' as const,
    stageChangedAt: base,
    proposal: null,
    meeting: null,
    nextCallAt: null,
    nextCallKind: null,
    ...over,
  });

  it('groups deals alike to the hour, counting the priced ones and their amounts', () => {
    const groups = groupOpenDeals([
      open({ proposal: proposal(1000) }),
      open({ proposal: proposal(500), stageChangedAt: base + 59 * 60_000 }),
      open({ proposal: proposal(0) }),
      // Another hour, another product, another owner: three more groups.
      open({ proposal: proposal(700), stageChangedAt: base + H }),
      open({ proposal: proposal(0, 'p2') }),
      open({ ownerId: 'b', proposal: proposal(100) }),
    ]);
    expect(groups).toHaveLength(4);
    expect(groups[0]).toEqual({
      ownerId: 'a',
      stage: 'proposalSent',
      since: Math.floor(base / H) * H,
      hint: null,
      currency: 'SAR',
      productId: 'p1',
      n: 3,
      priced: 2,
      amount: 1500,
    });
  });

  it('values the priced deals at their amounts and the rest by product price or average', () => {
    const toWin = { qualified: 30 * D, meetingScheduled: 20 * D, proposalSent: 10 * D };
    const groups = groupOpenDeals([
      open({ proposal: proposal(1000) }),
      open({ proposal: proposal(0) }),
      open({ proposal: proposal(0) }),
      open({ ownerId: 'b', stage: 'qualified' }),
    ]);
    const prices = new Map([['p1', { price: 800, currency: 'SAR' }]]);
    const since = Math.floor(base / H) * H;
    expect(forecastDeals(groups, prices, 300, 'SAR', toWin, NOW)).toEqual([
      {
        ownerId: 'a',
        stage: 'proposalSent',
        close: since + 10 * DAY_MS,
        value: { amount: 1000, currency: 'SAR', basis: 'proposal' },
        count: 1,
      },
      {
        ownerId: 'a',
        stage: 'proposalSent',
        close: since + 10 * DAY_MS,
        value: { amount: 1600, currency: 'SAR', basis: 'product' },
        count: 2,
      },
      {
        ownerId: 'b',
        stage: 'qualified',
        close: since + 30 * DAY_MS,
        value: { amount: 300, currency: 'SAR', basis: 'average' },
        count: 1,
      },
    ]);
    expect(forecastDeals(groups.slice(1), prices, null, 'SAR', toWin, NOW)[0]).toMatchObject({
      value: null,
      count: 1,
    });
  });
});

describe('forecastWindow', () => {
  const window = { from: Date.UTC(2026, 11, 1), to: Date.UTC(2027, 0, 1) };
  const sar = (amount: number) => ({ amount, currency: 'SAR', basis: 'proposal' as const });
  const deals: ForecastDeal[] = [
    { ownerId: 'a', stage: 'proposalSent', value: sar(10_000), close: NOW, count: 1 },
    // Two deals alike: counted twice, their value is the pair's.
    { ownerId: 'a', stage: 'qualified', value: sar(5000), close: window.to - 1, count: 2 },
    // Expected at the window's end: next month, not this one.
    { ownerId: 'b', stage: 'meetingScheduled', value: sar(8000), close: window.to, count: 1 },
    { ownerId: 'b', stage: 'proposalSent', value: null, close: NOW, count: 1 },
    {
      ownerId: 'b',
      stage: 'proposalSent',
      value: { amount: 1000, currency: 'USD', basis: 'proposal' },
      close: NOW,
      count: 1,
    },
    { ownerId: 'c', stage: 'proposalSent', value: sar(99_999), close: NOW, count: 1 },
  ];
  const wonFacts = [
    fact('won', 'p1', 2, 20_000, { detail: 'SAR', day: '2026-12-02' }),
    fact('won', 'p1', 1, 3000, { detail: 'SAR', day: '2026-11-30', agentId: 'b' }),
    fact('won', 'p1', 1, 700, { detail: 'USD', day: '2026-12-01', agentId: 'b' }),
    fact('won', 'p1', 1, 5000, { detail: 'SAR', day: '2026-12-01', agentId: 'c' }),
    fact('stageEnter', 'won', 1, 0, { day: '2026-12-01' }),
  ];
  const result = forecastWindow({
    deals,
    wonFacts,
    inWindow: (day) => day.startsWith('2026-12'),
    window,
    probabilities: { qualified: 0.1, meetingScheduled: 0.25, proposalSent: 0.5 },
    currency: 'SAR',
    agentIds: ['a', 'b'],
  });

  it('adds the window’s sales and the weighted deals due before its end', () => {
    // Weighted: 10000 × 0.5 + 5000 × 0.1 = 5500; the USD deal and sale kept apart.
    expect(result.total).toEqual({
      won: 20_000,
      weighted: 5500,
      pipeline: 15_000,
      deals: 3,
      unvalued: 1,
      other: { USD: { won: 700, weighted: 500 } },
    });
  });

  it('splits the same figures per rep', () => {
    expect(result.byRep.a).toEqual({
      won: 20_000,
      weighted: 5500,
      pipeline: 15_000,
      deals: 3,
      unvalued: 0,
      other: {},
    });
    expect(result.byRep.b).toEqual({
      won: 0,
      weighted: 0,
      pipeline: 0,
      deals: 0,
      unvalued: 1,
      other: { USD: { won: 700, weighted: 500 } },
    });
    expect(result.byRep.c).toBeUndefined();
  });
});
