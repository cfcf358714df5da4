// Scorecard arithmetic (issue 13): a reviewed call's weighted total, whether a criterion was
// missed, each rep's average score per week and the criteria each rep misses most.
//
// Rules, decided here and relied on by the server, the Calls section and the dashboard:
// - total = Σ weight·score/max ÷ Σ weight over the criteria that were scored, as a percentage
//   rounded to 0.1; a criterion marked n/a (score null) or of weight 0 takes no part; a review
//   with nothing scored has no total (null), and is left out of averages.
// - a criterion is *missed* when its score is below half its maximum (score·2 < max): a yes/no
//   criterion (max 1) is missed at 0, a 5-point one at 0, 1 or 2. "Below max" would count every
//   3/5 as a miss and bury the criteria a rep really skips.
// - weeks are the organisation's (its timezone, its first day of the week: periods.ts, as the
//   dashboard's "this week"), keyed by the call's start, not by when it was reviewed.
import { periodFor, localDate, formatLocalDate } from '../domain/periods';
import type { CriterionKind, ReviewInput, ScorecardCriterion } from './protocol';

export type CriterionScore = { criterionId: string; score: number | null };

/** The weighted total of `scores` against `criteria`, in percent (0–100, one decimal), or null. */
export function reviewTotal(
  criteria: readonly ScorecardCriterion[],
  scores: readonly CriterionScore[],
): number | null {
  const byId = new Map(scores.map((s) => [s.criterionId, s.score]));
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    const score = byId.get(c.id);
    if (score === null || score === undefined || c.weight <= 0) continue;
    weighted += (c.weight * Math.min(score, c.maxScore)) / c.maxScore;
    weights += c.weight;
  }
  if (weights === 0) return null;
  return Math.round((weighted / weights) * 1000) / 10;
}

/** True when `score` out of `maxScore` is below half (see the rules above); n/a is never missed. */
export function isMissed(score: number | null, maxScore: number): boolean {
  return score !== null && score * 2 < maxScore;
}

/**
 * Why a review cannot be saved, or null: the criteria must have distinct ids, and the scores
 * must name each criterion exactly once with a whole score from 0 to its maximum (or null for
 * n/a); a comment may only name one of the criteria.
 */
export function reviewProblem(input: ReviewInput): string | null {
  const ids = new Set<string>();
  for (const c of input.criteria) {
    if (ids.has(c.id)) return `criteria: ${c.id} appears twice`;
    ids.add(c.id);
    if (c.kind === 'custom' && !c.label?.trim()) return `criteria: ${c.id} has no label`;
  }
  const scored = new Set<string>();
  for (const s of input.scores) {
    const c = input.criteria.find((x) => x.id === s.criterionId);
    if (!c) return `scores: ${s.criterionId} is not a criterion`;
    if (scored.has(s.criterionId)) return `scores: ${s.criterionId} scored twice`;
    scored.add(s.criterionId);
    if (s.score !== null && s.score > c.maxScore)
      return `scores: ${s.criterionId} above its maximum of ${c.maxScore}`;
  }
  const missing = input.criteria.find((c) => !scored.has(c.id));
  if (missing) return `scores: ${missing.id} not scored`;
  const stray = input.comments.find((c) => c.criterionId !== undefined && !ids.has(c.criterionId));
  if (stray) return `comments: ${stray.criterionId ?? ''} is not a criterion`;
  return null;
}

/** A criterion's name: the supervisor's label for a custom one, else the translated kind. */
export function criterionLabel(
  criterion: Pick<ScorecardCriterion, 'kind' | 'label'>,
  builtIn: (kind: Exclude<CriterionKind, 'custom'>) => string,
): string {
  if (criterion.kind === 'custom') return criterion.label?.trim() || '—';
  return criterion.label?.trim() || builtIn(criterion.kind);
}

/** What the averages need of one review. */
export type ScoredCall = {
  agentId: string;
  /** The call's start (ms since epoch). */
  callStartedAt: number;
  /** The review's total in percent; null: nothing scored. */
  score: number | null;
  criteria: readonly ScorecardCriterion[];
  scores: readonly CriterionScore[];
};

export type WeeklyAverage = {
  agentId: string;
  /** The week's first day in the organisation's timezone, YYYY-MM-DD. */
  week: string;
  /** Its first instant (ms). */
  weekFrom: number;
  /** Mean of the week's review totals, one decimal. */
  average: number;
  reviews: number;
};

/** Each rep's average review total per week, by rep then week (oldest first). */
export function weeklyAverages(calls: readonly ScoredCall[], timeZone: string): WeeklyAverage[] {
  const groups = new Map<string, { agentId: string; weekFrom: number; sum: number; n: number }>();
  for (const call of calls) {
    if (call.score === null) continue;
    const weekFrom = periodFor('week', timeZone, call.callStartedAt).from;
    const key = `${call.agentId} ${weekFrom}`;
    const g = groups.get(key) ?? { agentId: call.agentId, weekFrom, sum: 0, n: 0 };
    g.sum += call.score;
    g.n += 1;
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({
      agentId: g.agentId,
      week: formatLocalDate(localDate(timeZone, g.weekFrom)),
      weekFrom: g.weekFrom,
      average: Math.round((g.sum / g.n) * 10) / 10,
      reviews: g.n,
    }))
    .sort((a, b) =>
      a.agentId === b.agentId ? a.weekFrom - b.weekFrom : a.agentId < b.agentId ? -1 : 1,
    );
}

export type MissedCriterion = {
  criterionId: string;
  kind: CriterionKind;
  /** The label of the newest review that had it (custom criteria). */
  label?: string;
  /** Reviews in which it was missed. */
  misses: number;
  /** Reviews in which it was scored (not n/a). */
  scored: number;
};

/**
 * The criteria each rep misses most: per rep, those missed at least once, most misses first
 * (ties: the higher share of scored calls, then id), at most `limit`.
 */
export function mostMissed(
  calls: readonly ScoredCall[],
  limit = 3,
): { agentId: string; criteria: MissedCriterion[] }[] {
  const byRep = new Map<string, Map<string, MissedCriterion>>();
  const ordered = [...calls].sort((a, b) => a.callStartedAt - b.callStartedAt);
  for (const call of ordered) {
    const rep = byRep.get(call.agentId) ?? new Map<string, MissedCriterion>();
    byRep.set(call.agentId, rep);
    const scores = new Map(call.scores.map((s) => [s.criterionId, s.score]));
    for (const c of call.criteria) {
      const score = scores.get(c.id);
      if (score === null || score === undefined) continue;
      const m = rep.get(c.id) ?? { criterionId: c.id, kind: c.kind, misses: 0, scored: 0 };
      m.kind = c.kind;
      if (c.label !== undefined) m.label = c.label;
      m.scored += 1;
      if (isMissed(score, c.maxScore)) m.misses += 1;
      rep.set(c.id, m);
    }
  }
  return [...byRep.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([agentId, rep]) => ({
      agentId,
      criteria: [...rep.values()]
        .filter((m) => m.misses > 0)
        .sort(
          (a, b) =>
            b.misses - a.misses ||
            b.misses / b.scored - a.misses / a.scored ||
            (a.criterionId < b.criterionId ? -1 : 1),
        )
        .slice(0, limit),
    }));
}
