// Time in stage (grouped-data median over STAGE_TIME_BUCKETS) and stalled deals.
//
// A stage's time is read from two sources: the stays that ended in the period ('stageLeft'
// facts: the stage left, its bucket and the seconds spent) and the stays still running (the
// current age of each lead still in the stage, from lead.stageChangedAt). A running stay counts
// with its age so far — a lower bound — so a stage where leads pile up shows it.
//
// The median is the grouped-data median: with N stays, cumulative count F before the bucket
// that holds the N/2-th stay, f stays in it and bounds (L, U], it is L + (N/2 − F) / f × (U − L).
// When N/2 lands exactly on a bucket's last stay the median is that bucket's upper bound. The
// last bucket has no upper bound: a median that falls in it is reported as its lower bound
// (90 days) and marked open-ended ("more than").
import type { Lead, LeadStage } from '../lead';
import { STAGE_TIME_BUCKETS, type InsightFact } from './facts';
import type { PipelineInsight, PipelineStage } from './pipeline-settings';
import { isPipelineStage } from './pipeline-settings';

const DAY_MS = 86_400_000;

/** The stages a lead waits in; won, lost and retention are ends, not waits. */
export const TIME_STAGES = ['lead', 'qualified', 'meetingScheduled', 'proposalSent'] as const;
export type TimeStage = (typeof TIME_STAGES)[number];

export function isTimeStage(stage: string): stage is TimeStage {
  return (TIME_STAGES as readonly string[]).includes(stage);
}

/** Stays counted per bucket (index into STAGE_TIME_BUCKETS), with their number and total seconds. */
export type StageTally = { n: number; sum: number; buckets: Readonly<Record<string, number>> };

export const EMPTY_TALLY: StageTally = { n: 0, sum: 0, buckets: {} };

/** Two tallies added together. */
export function addTallies(a: StageTally, b: StageTally): StageTally {
  const buckets: Record<string, number> = { ...a.buckets };
  for (const [k, v] of Object.entries(b.buckets)) buckets[k] = (buckets[k] ?? 0) + v;
  return { n: a.n + b.n, sum: a.sum + b.sum, buckets };
}

/** The lower bound (seconds) of a bucket: the previous bucket's upper bound, 0 for the first. */
export function bucketLowerBound(bucket: number): number {
  return bucket <= 0 ? 0 : (STAGE_TIME_BUCKETS[bucket - 1] ?? 0);
}

export type StageMedian = { seconds: number; openEnded: boolean };

/** The grouped-data median of a tally's buckets (see the head of this file); null when empty. */
export function bucketMedian(buckets: Readonly<Record<string, number>>): StageMedian | null {
  const entries = Object.entries(buckets)
    .map(([k, v]) => [Number(k), v] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, v]) => s + v, 0);
  if (total === 0) return null;
  const half = total / 2;
  let before = 0;
  for (const [bucket, count] of entries) {
    if (before + count >= half) {
      const lower = bucketLowerBound(bucket);
      const upper = STAGE_TIME_BUCKETS[bucket] ?? Number.POSITIVE_INFINITY;
      if (!Number.isFinite(upper)) return { seconds: lower, openEnded: true };
      return { seconds: lower + ((half - before) / count) * (upper - lower), openEnded: false };
    }
    before += count;
  }
  return null;
}

/** A lead still in a stage: whose it is, the stage and how long so far. */
export type OngoingStay = { agentId: string; stage: string; seconds: number };

/** The running stays tallied per rep and stage, keyed `${agentId}|${stage}`. */
export type OngoingTallies = Readonly<Record<string, StageTally>>;

export function tallyOngoing(stays: Iterable<OngoingStay>, bucketOf: (s: number) => number) {
  const out: Record<string, { n: number; sum: number; buckets: Record<string, number> }> = {};
  for (const s of stays) {
    const key = `${s.agentId}|${s.stage}`;
    const t = (out[key] ??= { n: 0, sum: 0, buckets: {} });
    const b = String(bucketOf(s.seconds));
    t.n += 1;
    t.sum += s.seconds;
    t.buckets[b] = (t.buckets[b] ?? 0) + 1;
  }
  return out as OngoingTallies;
}

export type TimeInStageRow = {
  stage: TimeStage;
  /** The rep; null for everyone in scope together. */
  agentId: string | null;
  /** Stays that ended in the period. */
  left: number;
  /** Leads still in the stage. */
  ongoing: number;
  /** Mean seconds over both; null without any. */
  meanSeconds: number | null;
  median: StageMedian | null;
};

function row(stage: TimeStage, agentId: string | null, left: StageTally, ongoing: StageTally) {
  const all = addTallies(left, ongoing);
  return {
    stage,
    agentId,
    left: left.n,
    ongoing: ongoing.n,
    meanSeconds: all.n > 0 ? all.sum / all.n : null,
    median: bucketMedian(all.buckets),
  } satisfies TimeInStageRow;
}

/**
 * Time in each stage, for everyone in scope (byStage, one row per stage in pipeline order) and per
 * rep (byRep, one row per rep and stage with any stay), from the period's 'stageLeft' facts of
 * `agentIds` and the running stays of their leads.
 */
export function timeInStage(
  facts: readonly InsightFact[],
  ongoing: OngoingTallies,
  agentIds: readonly string[],
): { byStage: TimeInStageRow[]; byRep: TimeInStageRow[] } {
  const inScope = new Set(agentIds);
  const left = new Map<string, StageTally>();
  for (const f of facts) {
    if (f.metric !== 'stageLeft' || !isTimeStage(f.value) || !inScope.has(f.agentId)) continue;
    const key = `${f.agentId}|${f.value}`;
    left.set(
      key,
      addTallies(left.get(key) ?? EMPTY_TALLY, {
        n: f.n,
        sum: f.sum,
        buckets: { [f.detail]: f.n },
      }),
    );
  }
  const byRep: TimeInStageRow[] = [];
  const byStage: TimeInStageRow[] = [];
  for (const stage of TIME_STAGES) {
    let allLeft = EMPTY_TALLY;
    let allOngoing = EMPTY_TALLY;
    for (const agentId of agentIds) {
      const l = left.get(`${agentId}|${stage}`) ?? EMPTY_TALLY;
      const o = ongoing[`${agentId}|${stage}`] ?? EMPTY_TALLY;
      allLeft = addTallies(allLeft, l);
      allOngoing = addTallies(allOngoing, o);
      if (l.n + o.n > 0) byRep.push(row(stage, agentId, l, o));
    }
    byStage.push(row(stage, null, allLeft, allOngoing));
  }
  return { byStage, byRep };
}

// ---------------------------------------------------------------------------------------------
// Stalled deals

export type StallReason = {
  /** 'stage': longer in the stage than its threshold; 'meetingOverdue': the meeting's date passed with no outcome. */
  kind: 'stage' | 'meetingOverdue';
  stage: PipelineStage;
  /** Since when: the stage change, or the meeting's date. */
  since: number;
  /** Whole days since then. */
  days: number;
};

/** Leads that entered `stage` before this instant have stayed longer than its threshold. */
export function stallCutoff(stage: PipelineStage, settings: PipelineInsight, now: number): number {
  return now - settings.stallDays[stage] * DAY_MS;
}

/** A meeting still without outcome whose date is before this instant is overdue. */
export function meetingOverdueCutoff(settings: PipelineInsight, now: number): number {
  return now - settings.meetingOverdueDays * DAY_MS;
}

/**
 * Why an open deal is stalled, or null: a meeting whose date passed (by more than the overdue
 * days) with no outcome; else more time in its stage than the stage's threshold (strictly more).
 */
export function stallOf(
  lead: Pick<Lead, 'stage' | 'stageChangedAt' | 'meeting'>,
  settings: PipelineInsight,
  now: number,
): StallReason | null {
  const stage: LeadStage = lead.stage;
  if (!isPipelineStage(stage)) return null;
  const days = (since: number) => Math.floor((now - since) / DAY_MS);
  const m = lead.meeting;
  if (stage === 'meetingScheduled' && m && !m.outcome && m.at < meetingOverdueCutoff(settings, now))
    return { kind: 'meetingOverdue', stage, since: m.at, days: days(m.at) };
  if (lead.stageChangedAt < stallCutoff(stage, settings, now))
    return { kind: 'stage', stage, since: lead.stageChangedAt, days: days(lead.stageChangedAt) };
  return null;
}
