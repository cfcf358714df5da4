// Proves the objection-card figures against a hand-computed fixture: calls per card and what
// they ended in, success against the conversations without the card, the cards that precede
// wins, and each rep's use of the cards.
import { describe, expect, it } from 'vitest';
import type { InsightFact, InsightMetric } from './facts';
import { cardsBeforeWins, cardsByRep, cardStats } from './objections';

const fact = (
  metric: InsightMetric,
  value: string,
  detail: string,
  n: number,
  agentId = 'faisal',
): InsightFact => ({
  metric,
  value,
  detail,
  n,
  agentId,
  day: '2026-11-02',
  teamId: 'gulf',
  list: '',
  source: '',
  did: '',
  productId: '',
  sum: 0,
});

// Conversations: faisal 6 refusals, 3 bookings, 1 sale (+5 unanswered); mona 2 refusals, 1 booking.
// 13 conversations, 5 successes.
const FACTS: InsightFact[] = [
  fact('call', 'notInterested', 'outbound', 6),
  fact('call', 'meetingBooked', 'outbound', 3),
  fact('call', 'noAnswer', 'outbound', 5),
  fact('call', 'sale', 'inbound', 1),
  fact('call', 'notInterested', 'outbound', 2, 'mona'),
  fact('call', 'meetingBooked', 'outbound', 1, 'mona'),
  fact('cardOpened', 'price', 'notInterested', 2),
  fact('cardOpened', 'price', 'meetingBooked', 2),
  fact('cardOpened', 'price', 'meetingBooked', 1, 'mona'),
  fact('cardOpened', 'trust', 'notInterested', 2),
  fact('cardOpened', 'trust', 'sale', 1),
  fact('cardOpened', 'competitor', 'notInterested', 1, 'mona'),
  // A card opened before the line failed: a call, not a conversation.
  fact('cardOpened', 'competitor', '', 1, 'mona'),
  fact('refusal', 'price', '', 4),
];

describe('cardStats', () => {
  it('counts each card’s calls, their outcomes and its success against the conversations without it', () => {
    const a = cardStats(FACTS);
    expect([a.conversations, a.successes, a.openings]).toEqual([13, 5, 10]);
    expect(a.cards.map((c) => c.cardId)).toEqual(['price', 'trust', 'competitor']);
    const [price, trust, competitor] = a.cards;
    expect(price).toEqual({
      cardId: 'price',
      calls: 5,
      outcomes: [
        { disposition: 'meetingBooked', n: 3, share: 0.6 },
        { disposition: 'notInterested', n: 2, share: 0.4 },
      ],
      successes: 3,
      rate: 0.6,
      withoutCalls: 8,
      withoutSuccesses: 2,
      withoutRate: 0.25,
      lift: expect.closeTo(0.35, 10),
    });
    expect(trust).toMatchObject({ calls: 3, successes: 1, withoutCalls: 10, withoutSuccesses: 4 });
    expect(trust?.rate).toBeCloseTo(1 / 3, 10);
    expect(trust?.lift).toBeCloseTo(1 / 3 - 0.4, 10);
    // Two calls, one of them never answered: 12 conversations without it, 5 of them successes.
    expect(competitor).toMatchObject({
      calls: 2,
      successes: 0,
      rate: 0,
      withoutCalls: 12,
      withoutSuccesses: 5,
      outcomes: [
        { disposition: '', n: 1, share: 0.5 },
        { disposition: 'notInterested', n: 1, share: 0.5 },
      ],
    });
    expect(competitor?.withoutRate).toBeCloseTo(5 / 12, 10);
  });

  it('has no rate without calls', () => {
    const a = cardStats([fact('cardOpened', 'price', 'noAnswer', 1)]);
    expect(a.cards[0]).toMatchObject({
      calls: 1,
      rate: 0,
      withoutCalls: 0,
      withoutRate: null,
      lift: null,
    });
    expect(cardStats([])).toEqual({ cards: [], conversations: 0, successes: 0, openings: 0 });
  });
});

describe('cardsBeforeWins', () => {
  it('ranks the cards opened on calls that ended in a booking or a sale', () => {
    expect(cardsBeforeWins(cardStats(FACTS)).map((c) => [c.cardId, c.successes])).toEqual([
      ['price', 3],
      ['trust', 1],
    ]);
  });

  it('breaks a tie on successes by the better success rate', () => {
    const tie = [
      fact('cardOpened', 'a', 'sale', 1),
      fact('cardOpened', 'a', 'notInterested', 3),
      fact('cardOpened', 'b', 'meetingBooked', 1),
    ];
    expect(cardsBeforeWins(cardStats(tie)).map((c) => c.cardId)).toEqual(['b', 'a']);
  });
});

describe('cardsByRep', () => {
  it('gives each rep’s openings, success share, favourite card and conversion', () => {
    const rows = cardsByRep(FACTS);
    expect(
      rows.map((r) => [r.agentId, r.openings, r.cards, r.successes, r.topCard, r.conversations]),
    ).toEqual([
      ['faisal', 7, 2, 3, 'price', 10],
      ['mona', 3, 2, 1, 'competitor', 3],
    ]);
    expect(rows[0]?.rate).toBeCloseTo(3 / 7, 10);
    expect(rows[0]?.conversationRate).toBeCloseTo(0.4, 10);
    expect(rows[1]?.conversationRate).toBeCloseTo(1 / 3, 10);
  });

  it('leaves out reps who opened no card', () => {
    expect(cardsByRep([fact('call', 'sale', '', 2, 'omar')])).toEqual([]);
  });
});
