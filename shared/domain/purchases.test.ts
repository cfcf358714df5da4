// Proves a customer's purchase history comes from their sale and their up-sells, oldest first,
// with totals per currency and a tenure in whole months that a month's end does not fool.
import { describe, expect, it } from 'vitest';
import type { ProductId } from './ids';
import type { Activity } from './lead';
import { purchaseHistory, purchaseTotals, tenure } from './purchases';

const P1 = 'pro-500' as ProductId;
const P2 = 'filter-pack' as ProductId;
const at = (iso: string) => Date.parse(iso);
type A = Parameters<typeof purchaseHistory>[1][number];
const won = (iso: string, amount: number): A => ({
  type: 'stageChange',
  at: at(iso),
  stageTo: 'won',
  amount,
  currency: 'SAR',
  productId: P1,
  agentId: 'closer' as Activity['agentId'],
  disposition: null,
});
const upsell = (iso: string, amount: number, currency = 'SAR'): A => ({
  type: 'call',
  at: at(iso),
  disposition: 'upsold',
  amount,
  currency,
  productId: P2,
  agentId: 'farmer' as Activity['agentId'],
});

describe('purchaseHistory', () => {
  it('lists the sale then the up-sells, oldest first, and skips calls without a purchase', () => {
    const history = purchaseHistory({ deal: null }, [
      upsell('2026-05-02T10:00:00Z', 300),
      { ...upsell('2026-04-01T10:00:00Z', 0), disposition: 'retained', amount: undefined },
      won('2026-01-15T09:00:00Z', 1890),
      upsell('2026-03-10T10:00:00Z', 120),
    ]);
    expect(history.map((p) => [p.kind, p.amount, p.productId])).toEqual([
      ['first', 1890, P1],
      ['upsell', 120, P2],
      ['upsell', 300, P2],
    ]);
    expect(purchaseTotals(history)).toEqual([{ currency: 'SAR', amount: 2310 }]);
  });

  it('falls back to the deal on the lead when the sale is not in the history', () => {
    const deal = { productId: P1, amount: 990, currency: 'TRY', at: at('2025-11-30T12:00:00Z') };
    const history = purchaseHistory({ deal }, [upsell('2026-02-01T10:00:00Z', 50, 'TRY')]);
    expect(history.map((p) => [p.kind, p.amount, p.at])).toEqual([
      ['first', 990, deal.at],
      ['upsell', 50, at('2026-02-01T10:00:00Z')],
    ]);
  });

  it('keeps totals apart per currency', () => {
    const history = purchaseHistory({ deal: null }, [
      won('2026-01-15T09:00:00Z', 100),
      upsell('2026-02-15T09:00:00Z', 40, 'USD'),
    ]);
    expect(purchaseTotals(history)).toEqual([
      { currency: 'SAR', amount: 100 },
      { currency: 'USD', amount: 40 },
    ]);
  });
});

describe('tenure', () => {
  const from = (iso: string) => purchaseHistory({ deal: null }, [won(iso, 1)]);

  it('counts whole months and the days after them', () => {
    expect(tenure(from('2025-01-15T09:00:00Z'), at('2026-03-20T09:00:00Z'))).toEqual({
      since: at('2025-01-15T09:00:00Z'),
      months: 14,
      days: 5,
    });
  });

  it('is not a month until the day and hour come round', () => {
    expect(tenure(from('2026-01-15T09:00:00Z'), at('2026-02-15T08:59:59Z'))?.months).toBe(0);
    expect(tenure(from('2026-01-15T09:00:00Z'), at('2026-02-15T09:00:00Z'))?.months).toBe(1);
  });

  it('handles the 31st: a month from 31 January is the end of February', () => {
    expect(tenure(from('2026-01-31T10:00:00Z'), at('2026-02-28T10:00:00Z'))).toMatchObject({
      months: 1,
      days: 0,
    });
    expect(tenure(from('2026-01-31T10:00:00Z'), at('2026-02-27T10:00:00Z'))?.months).toBe(0);
  });

  it('is null before anything was bought', () => {
    expect(tenure([], at('2026-01-01T00:00:00Z'))).toBeNull();
  });
});
