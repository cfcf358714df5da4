// A customer's purchases, read off their history: the sale that made them a customer (the won
// stage change, or the deal on the lead when the history is older than the product) and every
// up-sell a farmer recorded with its amount. Nothing is stored twice: the activities are the record.
import type { ProductId } from './ids';
import type { Activity, Lead } from './lead';

export type Purchase = {
  at: number;
  productId: ProductId | null;
  amount: number;
  currency: string;
  /** The sale that made them a customer, or a later one. */
  kind: 'first' | 'upsell';
  /** Who sold it. */
  agentId: string | null;
};

/** Every purchase of the customer, oldest first. */
export function purchaseHistory(
  lead: Pick<Lead, 'deal'>,
  activities: readonly Pick<
    Activity,
    'type' | 'at' | 'stageTo' | 'amount' | 'currency' | 'productId' | 'disposition' | 'agentId'
  >[],
): Purchase[] {
  const out: Purchase[] = [];
  let first = false;
  for (const a of [...activities].sort((x, y) => x.at - y.at)) {
    if (a.amount === undefined || !a.currency) continue;
    if (a.type === 'stageChange' && a.stageTo === 'won') {
      first = true;
      out.push({
        at: a.at,
        productId: a.productId ?? (lead.deal?.productId as ProductId | undefined) ?? null,
        amount: a.amount,
        currency: a.currency,
        kind: 'first',
        agentId: a.agentId,
      });
    } else if (a.type === 'call' && a.disposition === 'upsold') {
      out.push({
        at: a.at,
        productId: a.productId ?? null,
        amount: a.amount,
        currency: a.currency,
        kind: 'upsell',
        agentId: a.agentId,
      });
    }
  }
  // A customer whose sale predates their history on this desk still has the deal on the lead.
  if (!first && lead.deal)
    out.unshift({
      at: lead.deal.at,
      productId: lead.deal.productId,
      amount: lead.deal.amount,
      currency: lead.deal.currency,
      kind: 'first',
      agentId: null,
    });
  return out;
}

/** Totals per currency (a customer may buy in more than one). */
export function purchaseTotals(
  purchases: readonly Purchase[],
): { currency: string; amount: number }[] {
  const by = new Map<string, number>();
  for (const p of purchases) by.set(p.currency, (by.get(p.currency) ?? 0) + p.amount);
  return [...by].map(([currency, amount]) => ({ currency, amount }));
}

/**
 * Whole calendar months from the first purchase to `now` (in UTC: a tenure counts months, and a
 * day's shift at a month's edge is not worth a timezone here), and the days past the last whole
 * month. Null before anything was bought.
 */
export function tenure(
  purchases: readonly Purchase[],
  now: number,
): { since: number; months: number; days: number } | null {
  const since = purchases.reduce<number | null>(
    (m, p) => (m === null || p.at < m ? p.at : m),
    null,
  );
  if (since === null || now < since) return null;
  const a = new Date(since);
  const b = new Date(now);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  // Not yet a whole month when the day of the month (or the hour on it) is still to come.
  while (months > 0 && addMonthsUtc(since, months) > now) months -= 1;
  const anniversary = addMonthsUtc(since, months);
  const days = Math.floor((now - anniversary) / 86_400_000);
  return { since, months, days };
}

function addMonthsUtc(at: number, months: number): number {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}
