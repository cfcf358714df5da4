// Proves the facts of one activity, metric by metric, against hand-computed rows (Riyadh is
// UTC+3 all year), the stage-time buckets at their edges, and that sumFacts adds facts with
// the same key and only those.
import { describe, expect, it } from 'vitest';
import type { ActivityId, LeadId, ProductId, TeamId, UserId } from '../ids';
import type { Activity, ActivityContext } from '../lead';
import {
  activityFacts,
  factKey,
  STAGE_TIME_BUCKETS,
  stageTimeBucket,
  sumFacts,
  type InsightFact,
} from './facts';

const TZ = 'Asia/Riyadh';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 23 November 2026, 22:30 UTC = Tuesday 24 November, 01:30 in Riyadh. */
const LATE = Date.UTC(2026, 10, 23, 22, 30);
const CTX: ActivityContext = {
  teamId: 'team-gulf' as TeamId,
  list: 'Expo 2026',
  source: 'fair',
  did: '+97145550100',
  productId: 'home-4' as ProductId,
  stageFrom: 'proposalSent',
  stageSince: LATE - 2 * DAY - 5 * HOUR,
};

function act(over: Partial<Activity> & Pick<Activity, 'type'>): Activity {
  return {
    id: '019ab0c0-1234-7abc-8def-0123456789ab' as ActivityId,
    leadId: 'lead-1' as LeadId,
    agentId: 'rep-1' as UserId,
    at: LATE,
    durationSec: null,
    disposition: null,
    note: '',
    context: CTX,
    ...over,
  };
}

/** The dimensions CTX gives, on Riyadh's 24 November. */
const BASE = {
  day: '2026-11-24',
  agentId: 'rep-1',
  teamId: 'team-gulf',
  list: 'Expo 2026',
  source: 'fair',
  did: '+97145550100',
  productId: 'home-4',
};

const phone = (direction: 'inbound' | 'outbound') => ({
  direction,
  result: 'answered' as const,
  sipStatus: 200,
  ringMs: 4000,
  talkMs: 95_000,
  hangupBy: 'customer' as const,
});

describe('activityFacts', () => {
  it('a call: its disposition, direction (outbound when the phone did not say) and talk seconds, on the local day', () => {
    expect(activityFacts(act({ type: 'call', disposition: 'busy', durationSec: 40 }), TZ)).toEqual([
      { ...BASE, metric: 'call', value: 'busy', detail: 'outbound', n: 1, sum: 40 },
    ]);
    expect(
      activityFacts(act({ type: 'call', durationSec: 95, phone: phone('inbound') }), TZ),
    ).toEqual([{ ...BASE, metric: 'call', value: '', detail: 'inbound', n: 1, sum: 95 }]);
    // The same instant is still the 23rd in UTC.
    expect(activityFacts(act({ type: 'call' }), 'UTC')[0]?.day).toBe('2026-11-23');
  });

  it('a refusal adds its objection category; each card opened counts once with the call’s outcome', () => {
    const a = act({
      type: 'call',
      disposition: 'notInterested',
      durationSec: 120,
      objection: 'price',
      cardsOpened: ['card-price', 'card-trust', 'card-price'],
    } as Partial<Activity> & Pick<Activity, 'type'>);
    expect(activityFacts(a, TZ)).toEqual([
      { ...BASE, metric: 'call', value: 'notInterested', detail: 'outbound', n: 1, sum: 120 },
      { ...BASE, metric: 'refusal', value: 'price', detail: '', n: 1, sum: 0 },
      { ...BASE, metric: 'cardOpened', value: 'card-price', detail: 'notInterested', n: 1, sum: 0 },
      { ...BASE, metric: 'cardOpened', value: 'card-trust', detail: 'notInterested', n: 1, sum: 0 },
    ]);
  });

  it('an up-sell names the product bought (over the lead’s), its currency and amount', () => {
    const a = act({
      type: 'call',
      disposition: 'upsold',
      durationSec: 60,
      productId: 'pro-500' as ProductId,
      amount: 2500,
      currency: 'SAR',
    });
    const own = { ...BASE, productId: 'pro-500' };
    expect(activityFacts(a, TZ)).toEqual([
      { ...own, metric: 'call', value: 'upsold', detail: 'outbound', n: 1, sum: 60 },
      { ...own, metric: 'upsell', value: 'pro-500', detail: 'SAR', n: 1, sum: 2500 },
    ]);
    // An up-sell without a product is a call only.
    expect(
      activityFacts(act({ type: 'call', disposition: 'upsold' }), TZ).map((f) => f.metric),
    ).toEqual(['call']);
  });

  it('a win: the stage entered, the stage left with its time (2 d 5 h = 190,800 s, bucket 48), the sale', () => {
    const a = act({
      type: 'stageChange',
      stageTo: 'won',
      productId: 'pro-500' as ProductId,
      amount: 9000,
      currency: 'AED',
    });
    const own = { ...BASE, productId: 'pro-500' };
    expect(activityFacts(a, TZ)).toEqual([
      { ...own, metric: 'stageEnter', value: 'won', detail: '', n: 1, sum: 0 },
      { ...own, metric: 'stageLeft', value: 'proposalSent', detail: '48', n: 1, sum: 190_800 },
      { ...own, metric: 'won', value: 'pro-500', detail: 'AED', n: 1, sum: 9000 },
    ]);
  });

  it('a loss: its reason ("other" when none) and the competitor named', () => {
    const lost = (extra: Partial<Activity>) =>
      activityFacts(act({ type: 'stageChange', stageTo: 'lost', ...extra }), TZ).filter(
        (f) => f.metric === 'lost',
      );
    expect(lost({ lostReason: 'competitor', competitor: 'Acme' })).toEqual([
      { ...BASE, metric: 'lost', value: 'competitor', detail: 'Acme', n: 1, sum: 0 },
    ]);
    expect(lost({})).toEqual([
      { ...BASE, metric: 'lost', value: 'other', detail: '', n: 1, sum: 0 },
    ]);
  });

  it('no stage left when the stage does not change, nor when the stage before is unknown', () => {
    const same = act({
      type: 'stageChange',
      stageTo: 'proposalSent',
    });
    expect(activityFacts(same, TZ).map((f) => f.metric)).toEqual(['stageEnter']);
    const bare = act({ type: 'stageChange', stageTo: 'qualified', context: undefined });
    expect(activityFacts(bare, TZ).map((f) => f.metric)).toEqual(['stageEnter']);
  });

  it('an activity without context takes the lead the desk holds; its own context wins over the lead', () => {
    const lead = {
      teamId: 'team-levant' as TeamId,
      listName: 'Walk-ins',
      source: 'inbound',
      productId: 'pro-500' as ProductId,
      stageFrom: 'qualified' as const,
      stageSince: LATE - 30 * 60_000,
    };
    const bare = act({ type: 'stageChange', stageTo: 'meetingScheduled', context: undefined });
    expect(activityFacts(bare, TZ, lead)).toEqual([
      {
        ...BASE,
        teamId: 'team-levant',
        list: 'Walk-ins',
        source: 'inbound',
        did: '',
        productId: 'pro-500',
        metric: 'stageEnter',
        value: 'meetingScheduled',
        detail: '',
        n: 1,
        sum: 0,
      },
      {
        ...BASE,
        teamId: 'team-levant',
        list: 'Walk-ins',
        source: 'inbound',
        did: '',
        productId: 'pro-500',
        metric: 'stageLeft',
        value: 'qualified',
        detail: '0',
        n: 1,
        sum: 1800,
      },
    ]);
    expect(activityFacts(act({ type: 'note' }), TZ, lead)).toEqual([]);
    const stamped = act({ type: 'call', disposition: 'busy' });
    expect(activityFacts(stamped, TZ, lead)[0]).toMatchObject({
      teamId: 'team-gulf',
      list: 'Expo 2026',
    });
    // Neither context nor lead: every dimension is ''.
    expect(activityFacts(act({ type: 'call', context: undefined }), TZ)[0]).toEqual({
      ...BASE,
      teamId: '',
      list: '',
      source: '',
      did: '',
      productId: '',
      metric: 'call',
      value: '',
      detail: 'outbound',
      n: 1,
      sum: 0,
    });
  });

  it("a meeting's outcome names the hunter who booked it; a pending meeting, a note or a hand-off add nothing", () => {
    expect(
      activityFacts(
        act({ type: 'meeting', disposition: 'noShow', bookedBy: 'hunter-1' as UserId }),
        TZ,
      ),
    ).toEqual([
      { ...BASE, metric: 'meetingOutcome', value: 'noShow', detail: 'hunter-1', n: 1, sum: 0 },
    ]);
    expect(activityFacts(act({ type: 'meeting' }), TZ)).toEqual([]);
    expect(activityFacts(act({ type: 'note', note: 'x' }), TZ)).toEqual([]);
    expect(activityFacts(act({ type: 'handOff' }), TZ)).toEqual([]);
  });
});

describe('stageTimeBucket', () => {
  it('hours for two days, then days, the last bucket for anything longer', () => {
    expect(stageTimeBucket(0)).toBe(0);
    expect(stageTimeBucket(3600)).toBe(0);
    expect(stageTimeBucket(3601)).toBe(1);
    expect(stageTimeBucket(172_800)).toBe(47);
    expect(stageTimeBucket(172_801)).toBe(48);
    expect(stageTimeBucket(259_200)).toBe(48);
    expect(stageTimeBucket(90 * 86_400)).toBe(135);
    expect(stageTimeBucket(90 * 86_400 + 1)).toBe(136);
    expect(STAGE_TIME_BUCKETS).toHaveLength(137);
  });
});

describe('sumFacts', () => {
  const f = (over: Partial<InsightFact>): InsightFact => ({
    ...BASE,
    metric: 'call',
    value: 'busy',
    detail: 'outbound',
    n: 1,
    sum: 0,
    ...over,
  });

  it('adds n and sum of facts with the same key, keeps the others apart, in first-seen order', () => {
    expect(
      sumFacts([
        f({ sum: 30 }),
        f({ value: 'noAnswer' }),
        f({ sum: 45, n: 2 }),
        f({ day: '2026-11-25', sum: 10 }),
        f({ agentId: 'rep-2', sum: 5 }),
        f({ sum: 5 }),
      ]),
    ).toEqual([
      f({ n: 4, sum: 80 }),
      f({ value: 'noAnswer' }),
      f({ day: '2026-11-25', sum: 10 }),
      f({ agentId: 'rep-2', sum: 5 }),
    ]);
    expect(sumFacts([])).toEqual([]);
  });

  it('tells dimensions apart even when a value holds the separator', () => {
    const a = f({ list: 'a\u001fb', source: '' });
    const b = f({ list: 'a', source: 'b' });
    expect(factKey(a)).not.toBe(factKey(b));
    expect(sumFacts([a, b])).toHaveLength(2);
  });
});
