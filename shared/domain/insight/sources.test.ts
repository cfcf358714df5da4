import { describe, expect, it } from 'vitest';
import type { InsightFact } from './facts';
import { callDirections, funnelRates, productRevenue, sourceFunnel } from './sources';

function fact(p: Partial<InsightFact> & Pick<InsightFact, 'metric'>): InsightFact {
  return {
    day: '2026-11-10',
    agentId: 'hana',
    teamId: 't1',
    list: '',
    source: '',
    did: '',
    productId: '',
    value: '',
    detail: '',
    n: 1,
    sum: 0,
    ...p,
  };
}

// Two lists: "Riyadh flyer A" (200 leads, cost 1,000 SAR) and "Jeddah expo" (50 leads, no cost),
// plus an inbound caller on +966112345678 who came on the flyer.
const FACTS: InsightFact[] = [
  // flyer A: 10 calls (4 no answer, 6 conversations of which 2 booked, 1 sale), 600 s talk
  fact({
    metric: 'call',
    list: 'Riyadh flyer A',
    source: 'flyer',
    value: 'noAnswer',
    detail: 'outbound',
    n: 4,
  }),
  fact({
    metric: 'call',
    list: 'Riyadh flyer A',
    source: 'flyer',
    value: 'notInterested',
    detail: 'outbound',
    n: 3,
    sum: 180,
  }),
  fact({
    metric: 'call',
    list: 'Riyadh flyer A',
    source: 'flyer',
    value: 'meetingBooked',
    detail: 'outbound',
    n: 2,
    sum: 300,
  }),
  fact({
    metric: 'call',
    list: 'Riyadh flyer A',
    source: 'flyer',
    did: '+966112345678',
    value: 'sale',
    detail: 'inbound',
    n: 1,
    sum: 120,
  }),
  fact({ metric: 'stageEnter', list: 'Riyadh flyer A', source: 'flyer', value: 'qualified', n: 1 }),
  fact({
    metric: 'stageEnter',
    list: 'Riyadh flyer A',
    source: 'flyer',
    value: 'meetingScheduled',
    n: 2,
  }),
  fact({
    metric: 'stageEnter',
    list: 'Riyadh flyer A',
    source: 'flyer',
    value: 'proposalSent',
    n: 2,
  }),
  fact({ metric: 'stageEnter', list: 'Riyadh flyer A', source: 'flyer', value: 'won', n: 2 }),
  fact({
    metric: 'won',
    list: 'Riyadh flyer A',
    source: 'flyer',
    value: 'p-filter',
    detail: 'SAR',
    n: 1,
    sum: 1500,
  }),
  fact({
    metric: 'won',
    list: 'Riyadh flyer A',
    source: 'flyer',
    did: '+966112345678',
    value: 'p-filter',
    detail: 'SAR',
    n: 1,
    sum: 1300,
  }),
  fact({
    metric: 'upsell',
    list: 'Riyadh flyer A',
    source: 'flyer',
    value: 'p-cartridge',
    detail: 'SAR',
    n: 1,
    sum: 200,
  }),
  // expo: 2 calls, 1 conversation, 1 sale in USD
  fact({
    metric: 'call',
    list: 'Jeddah expo',
    source: 'expo',
    value: 'busy',
    detail: 'outbound',
    n: 1,
  }),
  fact({
    metric: 'call',
    list: 'Jeddah expo',
    source: 'expo',
    value: 'callBack',
    detail: 'outbound',
    n: 1,
    sum: 60,
  }),
  fact({
    metric: 'won',
    list: 'Jeddah expo',
    source: 'expo',
    value: 'p-filter',
    detail: 'USD',
    n: 1,
    sum: 400,
  }),
  // facts the funnel ignores
  fact({ metric: 'lost', list: 'Jeddah expo', value: 'price' }),
  fact({ metric: 'stageEnter', list: 'Jeddah expo', value: 'lost' }),
];

describe('sourceFunnel', () => {
  it('counts each list’s funnel, with cost per lead, per sale and return', () => {
    const rows = sourceFunnel(FACTS, 'list', {
      leadsPerList: new Map([
        ['Riyadh flyer A', 200],
        ['Jeddah expo', 50],
        ['Old file', 30],
      ]),
      listCosts: { 'Riyadh flyer A': { amount: 1000, currency: 'SAR' } },
    });
    expect(rows.map((r) => r.key)).toEqual(['Riyadh flyer A', 'Jeddah expo', 'Old file']);
    const [flyer, expo, old] = rows;
    expect(flyer).toEqual({
      key: 'Riyadh flyer A',
      leads: 200,
      calls: 10,
      conversations: 6,
      qualified: 1,
      meetings: 2,
      proposals: 2,
      won: 2,
      talkSec: 600,
      revenue: { SAR: 3000 },
      cost: { amount: 1000, currency: 'SAR' },
      costPerLead: 5, // 1000 / 200
      costPerSale: 500, // 1000 / 2
      returnOnCost: 3, // (1500 + 1300 + 200) / 1000
    });
    expect(expo).toMatchObject({
      leads: 50,
      calls: 2,
      conversations: 1,
      won: 1,
      revenue: { USD: 400 },
      cost: null,
      costPerLead: null,
      costPerSale: null,
      returnOnCost: null,
    });
    // a list with leads and nothing done in the period still shows, at zero
    expect(old).toMatchObject({ leads: 30, calls: 0, won: 0 });
  });

  it('gives the rates between steps', () => {
    const flyer = sourceFunnel(FACTS, 'list', {
      leadsPerList: new Map([['Riyadh flyer A', 200]]),
    })[0]!;
    expect(funnelRates(flyer)).toEqual({
      contact: 0.6, // 6 / 10
      qualified: 1 / 6,
      meeting: 2 / 6,
      proposal: 1, // 2 / 2
      close: 1, // 2 / 2
      overall: 0.01, // 2 / 200
    });
    const expo = sourceFunnel(FACTS, 'source')[1]!;
    expect(expo.key).toBe('expo');
    expect(expo.leads).toBeNull();
    // without a list size the overall rate is per conversation; nothing to divide: null
    expect(funnelRates(expo)).toMatchObject({ contact: 0.5, overall: 1, proposal: null });
  });

  it('a cost in another currency than the sales returns nothing, and a free list no return', () => {
    const rows = sourceFunnel(FACTS, 'list', {
      listCosts: {
        'Jeddah expo': { amount: 800, currency: 'SAR' },
        'Riyadh flyer A': { amount: 0, currency: 'SAR' },
      },
    });
    const expo = rows.find((r) => r.key === 'Jeddah expo')!;
    expect(expo).toMatchObject({ costPerSale: 800, returnOnCost: 0, leads: 0, costPerLead: null });
    const flyer = rows.find((r) => r.key === 'Riyadh flyer A')!;
    expect(flyer).toMatchObject({ costPerSale: 0, returnOnCost: null });
  });

  it('groups by tracking number, leads without one under ""', () => {
    const rows = sourceFunnel(FACTS, 'did');
    expect(rows.map((r) => [r.key, r.calls, r.won, r.revenue])).toEqual([
      ['', 11, 2, { SAR: 1700, USD: 400 }],
      ['+966112345678', 1, 1, { SAR: 1300 }],
    ]);
    expect(rows.every((r) => r.leads === null && r.cost === null)).toBe(true);
  });

  it('costs never attach to sources or to leads without a list', () => {
    const rows = sourceFunnel(
      [fact({ metric: 'won', list: '', source: 'flyer', detail: 'SAR', sum: 100 })],
      'list',
      { listCosts: { flyer: { amount: 10, currency: 'SAR' } } },
    );
    expect(rows.find((r) => r.key === '')?.cost).toBeNull();
    expect(
      sourceFunnel(FACTS, 'source', {
        listCosts: { flyer: { amount: 10, currency: 'SAR' } },
      }).every((r) => r.cost === null),
    ).toBe(true);
  });
});

describe('productRevenue', () => {
  it('sums sales and up-sells per product and currency, with margin from the unit cost', () => {
    const rows = productRevenue(
      FACTS,
      new Map([
        ['p-filter', { currency: 'SAR', unitCost: 600 }],
        ['p-cartridge', { currency: 'SAR' }],
      ]),
    );
    expect(rows).toEqual([
      {
        productId: 'p-filter',
        kind: 'sale',
        currency: 'SAR',
        count: 2,
        revenue: 2800,
        average: 1400,
        cost: 1200, // 2 × 600
        margin: 1600,
        marginRate: 1600 / 2800,
      },
      {
        productId: 'p-cartridge',
        kind: 'upsell',
        currency: 'SAR',
        count: 1,
        revenue: 200,
        average: 200,
        cost: null, // no unit cost
        margin: null,
        marginRate: null,
      },
      {
        productId: 'p-filter',
        kind: 'sale',
        currency: 'USD',
        count: 1,
        revenue: 400,
        average: 400,
        cost: null, // the unit cost is in SAR
        margin: null,
        marginRate: null,
      },
    ]);
  });

  it('takes the lead’s deal product for a sale logged without one', () => {
    const rows = productRevenue(
      [
        fact({ metric: 'won', value: '', productId: 'p-filter', detail: 'SAR', sum: 900 }),
        fact({ metric: 'won', value: 'p-filter', productId: 'p-filter', detail: 'SAR', sum: 1100 }),
        fact({ metric: 'won', value: '', productId: '', detail: 'SAR', sum: 50 }),
      ],
      new Map([['p-filter', { currency: 'SAR', unitCost: 700 }]]),
    );
    expect(rows.map((r) => [r.productId, r.count, r.revenue, r.margin])).toEqual([
      ['p-filter', 2, 2000, 600], // 2000 − 2 × 700
      ['', 1, 50, null],
    ]);
  });

  it('is empty without sales', () => {
    expect(productRevenue([fact({ metric: 'call' })], new Map())).toEqual([]);
  });
});

describe('callDirections', () => {
  it('compares inbound and outbound calls', () => {
    expect(callDirections(FACTS)).toEqual([
      {
        direction: 'inbound',
        calls: 1,
        conversations: 1,
        talkSec: 120,
        averageTalkSec: 120,
        meetings: 0,
        sales: 1,
        conversion: 1,
      },
      {
        direction: 'outbound',
        calls: 11, // 4 + 3 + 2 + 1 + 1
        conversations: 6, // 3 + 2 + 1
        talkSec: 540,
        averageTalkSec: 90,
        meetings: 2,
        sales: 0,
        conversion: 2 / 6,
      },
    ]);
  });

  it('shows both directions at zero with no calls', () => {
    expect(callDirections([])).toEqual([
      expect.objectContaining({
        direction: 'inbound',
        calls: 0,
        averageTalkSec: null,
        conversion: null,
      }),
      expect.objectContaining({
        direction: 'outbound',
        calls: 0,
        averageTalkSec: null,
        conversion: null,
      }),
    ]);
  });
});
