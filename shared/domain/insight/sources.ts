// Source analysis (issue 17): the funnel per list, source or tracking number (DID) with its
// conversion and, for a list with a cost, cost per lead, per sale and return; revenue and margin
// per product (sales as front-end, up-sells as back-end); inbound against outbound calls. Pure:
// read off summed insight facts (facts.ts), the leads per list (a kept index count) and the
// organisation's list costs and product unit costs.
import { CONVERSATION, type Disposition } from '../dispositions';
import type { ListCost, ListCosts } from '../list-costs';
import type { InsightFact } from './facts';

export const SOURCE_GROUPS = ['list', 'source', 'did'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

/** The funnel's steps in order; `leads` is known for lists only (the list's size). */
export const FUNNEL_STEPS = [
  'leads',
  'calls',
  'conversations',
  'qualified',
  'meetings',
  'proposals',
  'won',
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** Amounts per currency code. */
export type Money = Readonly<Record<string, number>>;

export type SourceRow = {
  /** The list, source or tracking number ('' for leads without one). */
  readonly key: string;
  /** Leads on the list now (list grouping only; null otherwise). */
  readonly leads: number | null;
  readonly calls: number;
  /** Calls where someone was reached (dispositions.ts CONVERSATION). */
  readonly conversations: number;
  readonly qualified: number;
  /** Meetings booked (leads entering meetingScheduled). */
  readonly meetings: number;
  readonly proposals: number;
  readonly won: number;
  readonly talkSec: number;
  /** Sales and up-sells, per currency. */
  readonly revenue: Money;
  /** What the list cost (list grouping only). */
  readonly cost: ListCost | null;
  readonly costPerLead: number | null;
  readonly costPerSale: number | null;
  /** Revenue in the cost's currency divided by the cost (1 = paid back). */
  readonly returnOnCost: number | null;
};

/** A share, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * Conversion between the funnel's steps. Qualifying is optional in the method (a hunter may book
 * straight from a first call), so qualified and meetings are both measured against conversations.
 */
export function funnelRates(r: SourceRow): {
  contact: number | null;
  qualified: number | null;
  meeting: number | null;
  proposal: number | null;
  close: number | null;
  /** Sales per lead on the list (lists), else per conversation. */
  overall: number | null;
} {
  return {
    contact: rate(r.conversations, r.calls),
    qualified: rate(r.qualified, r.conversations),
    meeting: rate(r.meetings, r.conversations),
    proposal: rate(r.proposals, r.meetings),
    close: rate(r.won, r.proposals),
    overall: r.leads !== null ? rate(r.won, r.leads) : rate(r.won, r.conversations),
  };
}

function isConversation(disposition: string): boolean {
  return Object.hasOwn(CONVERSATION, disposition) && CONVERSATION[disposition as Disposition];
}

function addMoney(m: Record<string, number>, currency: string, amount: number): void {
  m[currency] = (m[currency] ?? 0) + amount;
}

type Acc = {
  calls: number;
  conversations: number;
  qualified: number;
  meetings: number;
  proposals: number;
  won: number;
  talkSec: number;
  revenue: Record<string, number>;
};

const emptyAcc = (): Acc => ({
  calls: 0,
  conversations: 0,
  qualified: 0,
  meetings: 0,
  proposals: 0,
  won: 0,
  talkSec: 0,
  revenue: {},
});

export type SourceFunnelOptions = {
  /** Leads per list now (list grouping); lists with leads and no facts are shown too. */
  leadsPerList?: ReadonlyMap<string, number>;
  /** The organisation's list costs (list grouping). */
  listCosts?: ListCosts;
};

/**
 * The funnel per list, source or tracking number, most sales first (then most calls, then by
 * name). Costs are the list's whole cost; sales and revenue are those of the facts handed in
 * (the chosen period and reps), so cost per sale over a short period reads high.
 */
export function sourceFunnel(
  facts: Iterable<InsightFact>,
  group: SourceGroup,
  options: SourceFunnelOptions = {},
): SourceRow[] {
  const byKey = new Map<string, Acc>();
  const at = (key: string) => {
    let acc = byKey.get(key);
    if (!acc) byKey.set(key, (acc = emptyAcc()));
    return acc;
  };
  for (const f of facts) {
    const key = f[group];
    switch (f.metric) {
      case 'call': {
        const acc = at(key);
        acc.calls += f.n;
        if (isConversation(f.value)) acc.conversations += f.n;
        acc.talkSec += f.sum;
        break;
      }
      case 'stageEnter': {
        const acc = at(key);
        if (f.value === 'qualified') acc.qualified += f.n;
        else if (f.value === 'meetingScheduled') acc.meetings += f.n;
        else if (f.value === 'proposalSent') acc.proposals += f.n;
        break;
      }
      case 'won': {
        const acc = at(key);
        acc.won += f.n;
        if (f.detail) addMoney(acc.revenue, f.detail, f.sum);
        break;
      }
      case 'upsell':
        if (f.detail) addMoney(at(key).revenue, f.detail, f.sum);
        break;
      default:
        break;
    }
  }
  const lists = group === 'list';
  if (lists) {
    for (const name of options.leadsPerList?.keys() ?? []) at(name);
    for (const name of Object.keys(options.listCosts ?? {})) at(name);
  }
  const rows: SourceRow[] = [...byKey].map(([key, acc]) => {
    const leads = lists ? (options.leadsPerList?.get(key) ?? 0) : null;
    const cost = lists && key ? (options.listCosts?.[key] ?? null) : null;
    const earned = cost ? (acc.revenue[cost.currency] ?? 0) : 0;
    return {
      key,
      leads,
      calls: acc.calls,
      conversations: acc.conversations,
      qualified: acc.qualified,
      meetings: acc.meetings,
      proposals: acc.proposals,
      won: acc.won,
      talkSec: acc.talkSec,
      revenue: acc.revenue,
      cost,
      costPerLead: cost && leads ? cost.amount / leads : null,
      costPerSale: cost && acc.won > 0 ? cost.amount / acc.won : null,
      returnOnCost: cost && cost.amount > 0 ? earned / cost.amount : null,
    };
  });
  return rows.sort(
    (a, b) =>
      b.won - a.won ||
      b.calls - a.calls ||
      Number(a.key === '') - Number(b.key === '') ||
      a.key.localeCompare(b.key),
  );
}

/** Sales are the front-end product; up-sells and cross-sells to customers the back-end. */
export type ProductSaleKind = 'sale' | 'upsell';

/** What the sources analysis needs of a product: its unit cost, in the product's currency. */
export type ProductCostInfo = { readonly currency: string; readonly unitCost?: number };

export type ProductRow = {
  /** '' for sales without a product. */
  readonly productId: string;
  readonly kind: ProductSaleKind;
  readonly currency: string;
  readonly count: number;
  readonly revenue: number;
  readonly average: number;
  /** Unit cost × count, when the product has a unit cost in this currency. */
  readonly cost: number | null;
  readonly margin: number | null;
  /** Margin over revenue. */
  readonly marginRate: number | null;
};

/** Revenue, count, average and margin per product, kind and currency; most revenue first. */
export function productRevenue(
  facts: Iterable<InsightFact>,
  products: ReadonlyMap<string, ProductCostInfo>,
): ProductRow[] {
  const byKey = new Map<
    string,
    { productId: string; kind: ProductSaleKind; currency: string; count: number; revenue: number }
  >();
  for (const f of facts) {
    if (f.metric !== 'won' && f.metric !== 'upsell') continue;
    const kind: ProductSaleKind = f.metric === 'won' ? 'sale' : 'upsell';
    // The sale's product, else the product of the lead's deal (sales logged without one).
    const productId = f.value || f.productId;
    const k = `${productId}\u001f${kind}\u001f${f.detail}`;
    const row = byKey.get(k) ?? {
      productId,
      kind,
      currency: f.detail,
      count: 0,
      revenue: 0,
    };
    row.count += f.n;
    row.revenue += f.sum;
    byKey.set(k, row);
  }
  return [...byKey.values()]
    .map((r) => {
      const p = products.get(r.productId);
      const cost =
        p && p.unitCost !== undefined && p.currency === r.currency ? p.unitCost * r.count : null;
      const margin = cost === null ? null : r.revenue - cost;
      return {
        ...r,
        average: r.count > 0 ? r.revenue / r.count : 0,
        cost,
        margin,
        marginRate: margin === null ? null : rate(margin, r.revenue),
      };
    })
    .sort(
      (a, b) =>
        a.currency.localeCompare(b.currency) ||
        b.revenue - a.revenue ||
        a.kind.localeCompare(b.kind) ||
        a.productId.localeCompare(b.productId),
    );
}

export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export type DirectionRow = {
  readonly direction: CallDirection;
  readonly calls: number;
  readonly conversations: number;
  readonly talkSec: number;
  /** Talk seconds per conversation. */
  readonly averageTalkSec: number | null;
  /** Calls that booked a meeting. */
  readonly meetings: number;
  /** Calls that ended in a sale or an up-sell. */
  readonly sales: number;
  /** (meetings + sales) per conversation. */
  readonly conversion: number | null;
};

/** Inbound against outbound calls: counts, talk time and what the calls ended in. */
export function callDirections(facts: Iterable<InsightFact>): DirectionRow[] {
  const acc = new Map(
    CALL_DIRECTIONS.map((d) => [
      d,
      { calls: 0, conversations: 0, talkSec: 0, meetings: 0, sales: 0 },
    ]),
  );
  for (const f of facts) {
    if (f.metric !== 'call') continue;
    const a = acc.get(f.detail === 'inbound' ? 'inbound' : 'outbound');
    if (!a) continue;
    a.calls += f.n;
    a.talkSec += f.sum;
    if (isConversation(f.value)) a.conversations += f.n;
    if (f.value === 'meetingBooked') a.meetings += f.n;
    if (f.value === 'sale' || f.value === 'upsold') a.sales += f.n;
  }
  return CALL_DIRECTIONS.map((direction) => {
    const a = acc.get(direction) ?? {
      calls: 0,
      conversations: 0,
      talkSec: 0,
      meetings: 0,
      sales: 0,
    };
    return {
      direction,
      ...a,
      averageTalkSec: a.conversations > 0 ? a.talkSec / a.conversations : null,
      conversion: rate(a.meetings + a.sales, a.conversations),
    };
  });
}
