// Objection analytics from the insight facts: per objection card, the calls it was opened on
// ('cardOpened' facts, one per card and call; detail: the call's disposition), what those calls
// ended in, and whether calls with the card end in a booking or a sale more often than the
// conversations without it; the cards that precede wins; and each rep's use of the cards.
import { CONVERSATION, DISPOSITIONS, type Disposition } from '../dispositions';
import type { InsightFact } from './facts';

/** Outcomes that count as a success: a meeting booked, a sale, an up-sell. */
export const SUCCESS_DISPOSITIONS: readonly Disposition[] = ['meetingBooked', 'sale', 'upsold'];

const isSuccess = (d: string) => (SUCCESS_DISPOSITIONS as readonly string[]).includes(d);
const isConversation = (d: string) =>
  (DISPOSITIONS as readonly string[]).includes(d) && CONVERSATION[d as Disposition];
const rate = (n: number, of: number): number | null => (of > 0 ? n / of : null);

export type OutcomeShare = {
  /** The call's disposition ('' for a call logged without one, e.g. a failed line). */
  readonly disposition: string;
  readonly n: number;
  readonly share: number;
};

export type CardStat = {
  readonly cardId: string;
  /** Calls the card was opened on. */
  readonly calls: number;
  /** What those calls ended in, most frequent first. */
  readonly outcomes: readonly OutcomeShare[];
  /** Of those calls, the ones that ended in a booking or a sale. */
  readonly successes: number;
  /** successes / calls (null without calls). */
  readonly rate: number | null;
  /** Conversations (answered calls) the card was not opened on. */
  readonly withoutCalls: number;
  readonly withoutSuccesses: number;
  readonly withoutRate: number | null;
  /** rate − withoutRate, in points of share (null when either is unknown). */
  readonly lift: number | null;
};

export type CardAnalysis = {
  /** Most-opened first; ties by id. */
  readonly cards: readonly CardStat[];
  /** Conversations in scope and the ones that ended in a booking or a sale. */
  readonly conversations: number;
  readonly successes: number;
  /** Every opening of a card (a call with two cards counts twice). */
  readonly openings: number;
};

type Tally = { calls: number; conv: number; successes: number; outcomes: Map<string, number> };

/** Per card: its calls, their outcomes and its success rate against the conversations without it. */
export function cardStats(facts: Iterable<InsightFact>): CardAnalysis {
  let conversations = 0;
  let successes = 0;
  let openings = 0;
  const byCard = new Map<string, Tally>();
  for (const f of facts) {
    if (f.metric === 'call') {
      if (isConversation(f.value)) conversations += f.n;
      if (isSuccess(f.value)) successes += f.n;
    } else if (f.metric === 'cardOpened') {
      openings += f.n;
      const t = byCard.get(f.value) ?? { calls: 0, conv: 0, successes: 0, outcomes: new Map() };
      t.calls += f.n;
      if (isConversation(f.detail)) t.conv += f.n;
      if (isSuccess(f.detail)) t.successes += f.n;
      t.outcomes.set(f.detail, (t.outcomes.get(f.detail) ?? 0) + f.n);
      byCard.set(f.value, t);
    }
  }
  const cards = [...byCard].map(([cardId, t]): CardStat => {
    const withoutCalls = Math.max(0, conversations - t.conv);
    const withoutSuccesses = Math.max(0, successes - t.successes);
    const r = rate(t.successes, t.calls);
    const w = rate(withoutSuccesses, withoutCalls);
    return {
      cardId,
      calls: t.calls,
      outcomes: [...t.outcomes]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([disposition, n]) => ({ disposition, n, share: n / t.calls })),
      successes: t.successes,
      rate: r,
      withoutCalls,
      withoutSuccesses,
      withoutRate: w,
      lift: r !== null && w !== null ? r - w : null,
    };
  });
  cards.sort((a, b) => b.calls - a.calls || (a.cardId < b.cardId ? -1 : 1));
  return { cards, conversations, successes, openings };
}

/**
 * The cards that precede wins: those opened on calls that ended in a booking or a sale, the most
 * such calls first, then the higher success rate, then the larger lift.
 */
export function cardsBeforeWins(analysis: CardAnalysis): CardStat[] {
  return analysis.cards
    .filter((c) => c.successes > 0)
    .sort(
      (a, b) =>
        b.successes - a.successes ||
        (b.rate ?? 0) - (a.rate ?? 0) ||
        (b.lift ?? 0) - (a.lift ?? 0) ||
        (a.cardId < b.cardId ? -1 : 1),
    );
}

export type RepCardRow = {
  readonly agentId: string;
  /** Cards opened (a call with two cards counts twice). */
  readonly openings: number;
  /** Different cards opened. */
  readonly cards: number;
  /** Openings on calls that ended in a booking or a sale, and their share. */
  readonly successes: number;
  readonly rate: number | null;
  /** The rep's most-opened card (ties by id). */
  readonly topCard: string;
  /** The rep's conversations and their success rate, with or without cards. */
  readonly conversations: number;
  readonly conversationRate: number | null;
};

/** Each rep's use of the cards, next to how their conversations end; most openings first. */
export function cardsByRep(facts: Iterable<InsightFact>): RepCardRow[] {
  type RepTally = {
    openings: number;
    successes: number;
    cards: Map<string, number>;
    conv: number;
    convSuccesses: number;
  };
  const reps = new Map<string, RepTally>();
  const tally = (id: string) => {
    const had = reps.get(id);
    if (had) return had;
    const t: RepTally = { openings: 0, successes: 0, cards: new Map(), conv: 0, convSuccesses: 0 };
    reps.set(id, t);
    return t;
  };
  for (const f of facts) {
    if (f.metric === 'cardOpened') {
      const t = tally(f.agentId);
      t.openings += f.n;
      if (isSuccess(f.detail)) t.successes += f.n;
      t.cards.set(f.value, (t.cards.get(f.value) ?? 0) + f.n);
    } else if (f.metric === 'call' && isConversation(f.value)) {
      const t = tally(f.agentId);
      t.conv += f.n;
      if (isSuccess(f.value)) t.convSuccesses += f.n;
    }
  }
  return [...reps]
    .filter(([, t]) => t.openings > 0)
    .map(([agentId, t]) => ({
      agentId,
      openings: t.openings,
      cards: t.cards.size,
      successes: t.successes,
      rate: rate(t.successes, t.openings),
      topCard: [...t.cards].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '',
      conversations: t.conv,
      conversationRate: rate(t.convSuccesses, t.conv),
    }))
    .sort((a, b) => b.openings - a.openings || (a.agentId < b.agentId ? -1 : 1));
}
