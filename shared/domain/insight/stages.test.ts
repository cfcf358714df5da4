import { describe, expect, it } from 'vitest';
import { stageTimeBucket, STAGE_TIME_BUCKETS, type InsightFact } from './facts';
import { DEFAULT_PIPELINE_INSIGHT } from './pipeline-settings';
import {
  bucketLowerBound,
  bucketMedian,
  stallCutoff,
  stallOf,
  tallyOngoing,
  timeInStage,
} from './stages';

const H = 3600;
const D = 86_400;
const DAY_MS = D * 1000;

function left(agentId: string, stage: string, bucket: number, n: number, sum: number): InsightFact {
  return {
    metric: 'stageLeft',
    day: '2026-11-02',
    agentId,
    teamId: 't',
    list: '',
    source: '',
    did: '',
    productId: '',
    value: stage,
    detail: String(bucket),
    n,
    sum,
  };
}

describe('the buckets', () => {
  it('run in hours for two days, then in days to 90, then open', () => {
    expect(STAGE_TIME_BUCKETS[0]).toBe(H);
    expect(STAGE_TIME_BUCKETS[47]).toBe(48 * H);
    expect(STAGE_TIME_BUCKETS[48]).toBe(3 * D);
    expect(STAGE_TIME_BUCKETS[135]).toBe(90 * D);
    expect(bucketLowerBound(0)).toBe(0);
    expect(bucketLowerBound(48)).toBe(48 * H);
    expect(bucketLowerBound(136)).toBe(90 * D);
  });
});

describe('bucketMedian (grouped-data median)', () => {
  it('is nothing without stays', () => {
    expect(bucketMedian({})).toBeNull();
    expect(bucketMedian({ 3: 0 })).toBeNull();
  });

  it('is the upper bound of the bucket when N/2 ends exactly on it', () => {
    // 2 stays under an hour, 2 between one and two hours: N/2 = 2 = everything in bucket 0.
    expect(bucketMedian({ 0: 2, 1: 2 })).toEqual({ seconds: H, openEnded: false });
    // 1 + 1 in the first day-buckets: N/2 = 1 ends bucket 48 (48 h .. 3 d).
    expect(bucketMedian({ 48: 1, 49: 1 })).toEqual({ seconds: 3 * D, openEnded: false });
  });

  it('interpolates inside the bucket that holds N/2', () => {
    // N = 3, N/2 = 1.5: one before bucket 1, 2 in it → 3600 + (0.5 / 2) × 3600 = 4500.
    expect(bucketMedian({ 0: 1, 1: 2 })).toEqual({ seconds: 4500, openEnded: false });
    // 4 stays between 48 h and 3 days: 172800 + (2 / 4) × 86400 = 216000.
    expect(bucketMedian({ 48: 4 })).toEqual({ seconds: 216_000, openEnded: false });
    // One stay of bucket 5 (5–6 h): the middle of the bucket.
    expect(bucketMedian({ 5: 1 })).toEqual({ seconds: 5.5 * H, openEnded: false });
  });

  it('reads the buckets in order whatever order the keys come in', () => {
    expect(bucketMedian({ 49: 1, 0: 3 })).toEqual({ seconds: (2 / 3) * H, openEnded: false });
  });

  it('is the 90-day bound, open-ended, when the median falls past the last bound', () => {
    expect(bucketMedian({ 0: 1, 136: 3 })).toEqual({ seconds: 90 * D, openEnded: true });
    // N/2 = 1 ends exactly in bucket 135 (89–90 d): its upper bound, not open-ended.
    expect(bucketMedian({ 135: 1, 136: 1 })).toEqual({ seconds: 90 * D, openEnded: false });
  });
});

describe('timeInStage', () => {
  const facts = [
    left('a', 'qualified', 1, 2, 10_000),
    left('b', 'qualified', 49, 1, 300_000),
    // Outside the scope, a stage that is no wait, and another metric: not counted.
    left('c', 'qualified', 0, 5, 50),
    left('a', 'won', 0, 1, 10),
    { ...left('a', 'qualified', 0, 1, 0), metric: 'stageEnter' as const, detail: '' },
  ];
  const ongoing = tallyOngoing(
    [
      { agentId: 'b', stage: 'qualified', seconds: 100 },
      { agentId: 'a', stage: 'proposalSent', seconds: 20 * D },
    ],
    stageTimeBucket,
  );
  const { byStage, byRep } = timeInStage(facts, ongoing, ['a', 'b']);

  it('adds the stays that ended and the running ones per stage', () => {
    const q = byStage.find((r) => r.stage === 'qualified');
    // Buckets {0:1, 1:2, 49:1}: N/2 = 2 falls in bucket 1 after 1 → 3600 + (1 / 2) × 3600.
    expect(q).toEqual({
      stage: 'qualified',
      agentId: null,
      left: 3,
      ongoing: 1,
      meanSeconds: (10_000 + 300_000 + 100) / 4,
      median: { seconds: 5400, openEnded: false },
    });
    expect(byStage.map((r) => r.stage)).toEqual([
      'lead',
      'qualified',
      'meetingScheduled',
      'proposalSent',
    ]);
    expect(byStage[0]).toMatchObject({ left: 0, ongoing: 0, meanSeconds: null, median: null });
  });

  it('gives each rep their own rows, only where they have stays', () => {
    expect(byRep).toEqual([
      {
        stage: 'qualified',
        agentId: 'a',
        left: 2,
        ongoing: 0,
        meanSeconds: 5000,
        median: { seconds: 5400, openEnded: false },
      },
      {
        stage: 'qualified',
        agentId: 'b',
        left: 1,
        ongoing: 1,
        meanSeconds: 150_050,
        // {0:1, 49:1}: N/2 = 1 ends bucket 0 → its upper bound.
        median: { seconds: H, openEnded: false },
      },
      {
        stage: 'proposalSent',
        agentId: 'a',
        left: 0,
        ongoing: 1,
        meanSeconds: 20 * D,
        // Bucket 66 is (19 d, 20 d]: one stay → its middle.
        median: { seconds: 19.5 * D, openEnded: false },
      },
    ]);
  });
});

describe('stallOf', () => {
  const now = Date.UTC(2026, 11, 3, 12);
  const s = DEFAULT_PIPELINE_INSIGHT;
  const meeting = (at: number, outcome?: 'held' | 'noShow') => ({
    at,
    closerId: 'c' as never,
    bookedBy: 'h' as never,
    bookedAt: at - DAY_MS,
    note: '',
    ...(outcome ? { outcome } : {}),
  });

  it('counts a deal stalled only when it stayed strictly longer than the threshold', () => {
    expect(stallCutoff('proposalSent', s, now)).toBe(now - 14 * DAY_MS);
    const at = now - 14 * DAY_MS;
    expect(
      stallOf({ stage: 'proposalSent', stageChangedAt: at, meeting: null }, s, now),
    ).toBeNull();
    expect(
      stallOf({ stage: 'proposalSent', stageChangedAt: at - 1, meeting: null }, s, now),
    ).toEqual({ kind: 'stage', stage: 'proposalSent', since: at - 1, days: 14 });
    expect(
      stallOf({ stage: 'qualified', stageChangedAt: now - 30 * DAY_MS, meeting: null }, s, now),
    ).toMatchObject({ kind: 'stage', days: 30 });
  });

  it('never stalls a new lead or a closed one', () => {
    for (const stage of ['lead', 'won', 'lost', 'retention'] as const)
      expect(stallOf({ stage, stageChangedAt: 0, meeting: null }, s, now)).toBeNull();
  });

  it('flags a meeting whose date passed by more than the overdue days without outcome', () => {
    const booked = now - 2 * DAY_MS;
    const lead = (at: number, outcome?: 'held') => ({
      stage: 'meetingScheduled' as const,
      stageChangedAt: booked,
      meeting: meeting(at, outcome),
    });
    expect(stallOf(lead(now - DAY_MS), s, now)).toBeNull();
    expect(stallOf(lead(now - DAY_MS - 1), s, now)).toEqual({
      kind: 'meetingOverdue',
      stage: 'meetingScheduled',
      since: now - DAY_MS - 1,
      days: 1,
    });
    // With an outcome it is no longer overdue; two days booked is under the 7-day threshold.
    expect(stallOf(lead(now - 3 * DAY_MS, 'held'), s, now)).toBeNull();
    // At 0 overdue days any past meeting is overdue, a future one is not.
    const atOnce = { ...s, meetingOverdueDays: 0 };
    expect(stallOf(lead(now - 1), atOnce, now)).toMatchObject({ kind: 'meetingOverdue', days: 0 });
    expect(stallOf(lead(now + 1), atOnce, now)).toBeNull();
  });
});
