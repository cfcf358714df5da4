// The forecast: open pipeline × stage win probability, for this month and this quarter, against
// the sales target.
//
// Win probability of a stage S, learned from the organisation's own facts over the last
// LEARNING_MONTHS months: p̂(S) = W / E(S), where E(S) counts the leads that entered S
// ('stageEnter' facts) and W the sales ('won' facts) in the same window — the share of entries
// into S matched by a sale, assuming a sale passes through S (a sale that skipped S makes S look
// better; p̂ is capped at 1). With fewer than MIN_SAMPLE entries the estimate is too noisy and
// the stage's DEFAULT_WIN_PROBABILITY is used. A supervisor's manual probability overrides both.
//
// A deal's value: its proposal's amount, else its offered product's price, else the average
// sale of the window in the organisation's currency. Amounts in other currencies are kept apart.
//
// When a deal is expected to close: a proposal's follow-up call, or a booked meeting's date,
// when known and still ahead; otherwise the day it entered its stage plus the stage's median
// time to win — the sum of the median times spent in this and every later open stage
// ('stageLeft' facts of the window; a stage without stays uses DEFAULT_STAGE_DAYS). A date
// already passed is taken as now: the deal is due. The desk groups open deals by the hour of
// these dates (groupOpenDeals), so a deal may count up to an hour off. A deal counts in the month (quarter) when its
// expected close falls before the month's (quarter's) end.
import type { Lead } from '../lead';
import type { Period } from '../periods';
import type { InsightFact } from './facts';
import { PIPELINE_STAGES, type PipelineInsight, type PipelineStage } from './pipeline-settings';
import { bucketMedian } from './stages';

export const LEARNING_MONTHS = 6;
/** Entries into a stage needed before its learned probability is used. */
export const MIN_SAMPLE = 20;
export const DEFAULT_WIN_PROBABILITY: Readonly<Record<PipelineStage, number>> = {
  qualified: 0.1,
  meetingScheduled: 0.25,
  proposalSent: 0.5,
};
/** Days a deal is taken to spend in a stage where the window shows no stay. */
export const DEFAULT_STAGE_DAYS: Readonly<Record<PipelineStage, number>> = {
  qualified: 7,
  meetingScheduled: 7,
  proposalSent: 14,
};

export type StageProbability = {
  stage: PipelineStage;
  /** The probability the forecast uses. */
  p: number;
  source: 'manual' | 'learned' | 'default';
  /** Entries into the stage and sales in the learning window. */
  entered: number;
  won: number;
  /** W / E capped at 1; null without entries. */
  learned: number | null;
};

/** The win probability of each open stage (see the head of this file). */
export function stageProbabilities(
  facts: readonly InsightFact[],
  overrides: PipelineInsight['probabilities'],
): StageProbability[] {
  let won = 0;
  const entered: Record<string, number> = {};
  for (const f of facts) {
    if (f.metric === 'won') won += f.n;
    else if (f.metric === 'stageEnter') entered[f.value] = (entered[f.value] ?? 0) + f.n;
  }
  return PIPELINE_STAGES.map((stage) => {
    const e = entered[stage] ?? 0;
    const learned = e > 0 ? Math.min(1, won / e) : null;
    const manual = overrides[stage];
    const base = { stage, entered: e, won, learned };
    if (manual !== null) return { ...base, p: manual, source: 'manual' as const };
    if (learned !== null && e >= MIN_SAMPLE) return { ...base, p: learned, source: 'learned' };
    return { ...base, p: DEFAULT_WIN_PROBABILITY[stage], source: 'default' as const };
  });
}

/** The average sale in `currency` among the 'won' facts; null without any. */
export function averageDeal(facts: readonly InsightFact[], currency: string): number | null {
  let n = 0;
  let sum = 0;
  for (const f of facts)
    if (f.metric === 'won' && f.detail === currency) {
      n += f.n;
      sum += f.sum;
    }
  return n > 0 ? sum / n : null;
}

/** Median seconds spent in each open stage ('stageLeft' facts), else the stage's default. */
export function stageMedianSeconds(facts: readonly InsightFact[]): Record<PipelineStage, number> {
  const buckets: Record<string, Record<string, number>> = {};
  for (const f of facts) {
    if (f.metric !== 'stageLeft') continue;
    const b = (buckets[f.value] ??= {});
    b[f.detail] = (b[f.detail] ?? 0) + f.n;
  }
  const out = {} as Record<PipelineStage, number>;
  for (const stage of PIPELINE_STAGES)
    out[stage] = bucketMedian(buckets[stage] ?? {})?.seconds ?? DEFAULT_STAGE_DAYS[stage] * 86_400;
  return out;
}

/** Median time to win from each stage: its median time plus those of every later open stage. */
export function timeToWinSeconds(
  medians: Readonly<Record<PipelineStage, number>>,
): Record<PipelineStage, number> {
  const out = {} as Record<PipelineStage, number>;
  let later = 0;
  for (const stage of [...PIPELINE_STAGES].reverse()) {
    later += medians[stage];
    out[stage] = later;
  }
  return out;
}

export type DealValue = {
  amount: number;
  currency: string;
  basis: 'proposal' | 'product' | 'average';
};

/** What a deal's value is read from: its proposal, if any. */
export type ProposalFields = {
  proposal: { amount: number; currency: string; productId: string } | null;
};

/** What a deal is worth (see the head of this file); null when nothing tells. */
export function dealValue(
  lead: ProposalFields,
  prices: ReadonlyMap<string, { price: number; currency: string }>,
  average: number | null,
  currency: string,
): DealValue | null {
  const p = lead.proposal;
  if (p && p.amount > 0) return { amount: p.amount, currency: p.currency, basis: 'proposal' };
  const product = p ? prices.get(p.productId) : undefined;
  if (product && product.price > 0)
    return { amount: product.price, currency: product.currency || currency, basis: 'product' };
  if (average !== null && average > 0) return { amount: average, currency, basis: 'average' };
  return null;
}

/** A date that says when a deal should close: the proposal's follow-up call or the booked meeting. */
export type CloseHint = { at: number; kind: 'followUp' | 'meeting' };

export function closeHint(
  lead: Pick<Lead, 'stage' | 'meeting' | 'nextCallAt' | 'nextCallKind'>,
): CloseHint | null {
  if (lead.stage === 'proposalSent' && lead.nextCallKind === 'followUp' && lead.nextCallAt !== null)
    return { at: lead.nextCallAt, kind: 'followUp' };
  const m = lead.meeting;
  if (lead.stage === 'meetingScheduled' && m && !m.outcome) return { at: m.at, kind: 'meeting' };
  return null;
}

export type CloseEstimate = { at: number; basis: 'followUp' | 'meeting' | 'median' };

/** When a deal is expected to close (see the head of this file); never before now. */
export function expectedClose(
  deal: { stage: PipelineStage; since: number; hint: CloseHint | null },
  toWin: Readonly<Record<PipelineStage, number>>,
  now: number,
): CloseEstimate {
  if (deal.hint && deal.hint.at >= now) return { at: deal.hint.at, basis: deal.hint.kind };
  return { at: Math.max(now, deal.since + toWin[deal.stage] * 1000), basis: 'median' };
}

/**
 * Open deals grouped by all their forecast depends on — owner, stage, since when (to the hour),
 * the close hint (to the hour), the proposal's currency and product — with how many there are,
 * how many carry an amount and the sum of those amounts. On a big desk the open pipeline is
 * hundreds of thousands of leads; the groups are what the desk keeps between opens.
 */
export type OpenDealGroup = {
  ownerId: string;
  stage: PipelineStage;
  since: number;
  hint: CloseHint | null;
  currency: string;
  productId: string;
  n: number;
  priced: number;
  amount: number;
};

const HOUR_MS = 3_600_000;
const toHour = (t: number) => Math.floor(t / HOUR_MS) * HOUR_MS;

type OpenDealLead = Pick<
  Lead,
  'stageChangedAt' | 'proposal' | 'meeting' | 'nextCallAt' | 'nextCallKind'
> & {
  ownerId: string;
  stage: PipelineStage;
};

/** The group one open deal falls in, holding that deal alone. */
export function openDealGroupOf(l: OpenDealLead): OpenDealGroup {
  const h = closeHint(l);
  const amount = l.proposal && l.proposal.amount > 0 ? l.proposal.amount : 0;
  return {
    ownerId: l.ownerId,
    stage: l.stage,
    since: toHour(l.stageChangedAt),
    hint: h ? { at: toHour(h.at), kind: h.kind } : null,
    currency: l.proposal?.currency ?? '',
    productId: l.proposal?.productId ?? '',
    n: 1,
    priced: amount > 0 ? 1 : 0,
    amount,
  };
}

/** What makes two deals one group: every field but the counts. */
export function openDealGroupKey(g: Omit<OpenDealGroup, 'n' | 'priced' | 'amount'>): string {
  return [g.ownerId, g.stage, g.since, g.hint?.kind, g.hint?.at, g.currency, g.productId].join('|');
}

/** Groups of the same key as one: their deals counted, priced and summed together. */
export function mergeOpenDealGroups(groups: Iterable<OpenDealGroup>): OpenDealGroup[] {
  const merged = new Map<string, OpenDealGroup>();
  for (const one of groups) {
    const key = openDealGroupKey(one);
    const g = merged.get(key);
    if (!g) {
      merged.set(key, { ...one });
      continue;
    }
    g.n += one.n;
    g.priced += one.priced;
    g.amount += one.amount;
  }
  return [...merged.values()];
}

export function groupOpenDeals(leads: Iterable<OpenDealLead>): OpenDealGroup[] {
  return mergeOpenDealGroups(Array.from(leads, openDealGroupOf));
}

/** One open deal, or several alike (count), as the forecast weighs them. */
export type ForecastDeal = {
  ownerId: string;
  stage: PipelineStage;
  /** The value of all `count` deals together. */
  value: DealValue | null;
  close: number;
  count: number;
};

/** The groups as forecast deals: the priced ones at their amounts, the rest valued by dealValue. */
export function forecastDeals(
  groups: readonly OpenDealGroup[],
  prices: ReadonlyMap<string, { price: number; currency: string }>,
  average: number | null,
  currency: string,
  toWin: Readonly<Record<PipelineStage, number>>,
  now: number,
): ForecastDeal[] {
  const out: ForecastDeal[] = [];
  for (const g of groups) {
    const close = expectedClose(g, toWin, now).at;
    const base = { ownerId: g.ownerId, stage: g.stage, close };
    if (g.priced > 0)
      out.push({
        ...base,
        value: { amount: g.amount, currency: g.currency, basis: 'proposal' },
        count: g.priced,
      });
    const rest = g.n - g.priced;
    if (rest === 0) continue;
    const proposal = g.productId
      ? { amount: 0, currency: g.currency, productId: g.productId }
      : null;
    const one = dealValue({ proposal }, prices, average, currency);
    out.push({
      ...base,
      value: one ? { ...one, amount: one.amount * rest } : null,
      count: rest,
    });
  }
  return out;
}

export type ForecastFigures = {
  /** Sales so far in the window, in the organisation's currency. */
  won: number;
  /** Open deals expected to close in the window, weighted by their stage's probability. */
  weighted: number;
  /** The same deals unweighted. */
  pipeline: number;
  /** Deals expected in the window (with a value in the organisation's currency). */
  deals: number;
  /** Deals expected in the window whose value is unknown. */
  unvalued: number;
  /** Sales and weighted pipeline in other currencies, kept apart. */
  other: Record<string, { won: number; weighted: number }>;
};

const emptyFigures = (): ForecastFigures => ({
  won: 0,
  weighted: 0,
  pipeline: 0,
  deals: 0,
  unvalued: 0,
  other: {},
});

/**
 * The forecast of one window (a month or a quarter) for everyone in scope and per rep: the
 * window's sales from its 'won' facts (`inWindow(day)` says whether a fact's day belongs to it),
 * plus the deals expected to close before `window.to`, weighted by `p`.
 */
export function forecastWindow(input: {
  deals: readonly ForecastDeal[];
  wonFacts: readonly InsightFact[];
  inWindow: (day: string) => boolean;
  window: Period;
  probabilities: Readonly<Record<PipelineStage, number>>;
  currency: string;
  agentIds: readonly string[];
}): { total: ForecastFigures; byRep: Record<string, ForecastFigures> } {
  const { currency } = input;
  const total = emptyFigures();
  const byRep: Record<string, ForecastFigures> = {};
  for (const id of input.agentIds) byRep[id] = emptyFigures();
  const into = (id: string, fn: (f: ForecastFigures) => void) => {
    fn(total);
    const rep = byRep[id];
    if (rep) fn(rep);
  };
  const inScope = new Set(input.agentIds);
  for (const f of input.wonFacts) {
    if (f.metric !== 'won' || !inScope.has(f.agentId) || !input.inWindow(f.day)) continue;
    into(f.agentId, (x) => {
      if (f.detail === currency || f.detail === '') x.won += f.sum;
      else {
        const o = (x.other[f.detail] ??= { won: 0, weighted: 0 });
        o.won += f.sum;
      }
    });
  }
  for (const d of input.deals) {
    if (!inScope.has(d.ownerId) || d.close >= input.window.to) continue;
    const p = input.probabilities[d.stage];
    const v = d.value;
    into(d.ownerId, (x) => {
      if (!v) x.unvalued += d.count;
      else if (v.currency === currency) {
        x.deals += d.count;
        x.pipeline += v.amount;
        x.weighted += v.amount * p;
      } else {
        const o = (x.other[v.currency] ??= { won: 0, weighted: 0 });
        o.weighted += v.amount * p;
      }
    });
  }
  return { total, byRep };
}
