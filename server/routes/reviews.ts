// Call reviews (issue 13): a supervisor of the agent's team, or an administrator, scores a
// recorded call with the scorecard's criteria and pins comments to moments of it, and may star it
// into the library of good examples; the agent reads their reviews (never the audio) and
// acknowledges each; the dashboard reads each rep's average per week and the criteria they miss
// most. Reviews and stars are audited.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { audit } from '../audit';
import { HttpError } from '../errors';
import type { Caller } from '../sync/scope';
import { scopeClass } from '../sync/scope';
import type { Queryable } from '../db/db';
import {
  reviewInputSchema,
  reviewSummaryQuerySchema,
  starInputSchema,
  type MyReview,
  type Review,
  type ReviewState,
  type ReviewSummary,
  type ScorecardCriterion,
} from '../../shared/recordings/protocol';
import {
  mostMissed,
  reviewProblem,
  reviewTotal,
  weeklyAverages,
  type ScoredCall,
} from '../../shared/recordings/scorecard';
import { caller, parse, type RouteContext } from './http';

const idParams = z.object({ id: z.string().uuid() });
const recordingIdParams = z.object({ recordingId: z.string().uuid() });
const statusQuery = z.object({
  ids: z
    .string()
    .max(200 * 37)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.string().uuid()).max(200)),
});

type RecordingRow = { id: string; agent_id: string; team_id: string | null };

type ReviewRow = {
  recording_id: string;
  agent_id: string;
  reviewer_id: string;
  reviewer_name: string | null;
  criteria: Review['criteria'];
  scores: Review['scores'];
  comments: Review['comments'];
  score: string | null;
  reviewed_at: string;
  acknowledged_at: string | null;
};

const REVIEW_COLUMNS = `r.recording_id::text AS recording_id, r.agent_id::text AS agent_id,
  r.reviewer_id::text AS reviewer_id, ru.display_name AS reviewer_name, r.criteria, r.scores,
  r.comments, r.score::text AS score, r.reviewed_at::text AS reviewed_at,
  r.acknowledged_at::text AS acknowledged_at`;

function reviewOf(row: ReviewRow): Review {
  return {
    recordingId: row.recording_id,
    agentId: row.agent_id,
    reviewerId: row.reviewer_id,
    reviewerName: row.reviewer_name,
    criteria: row.criteria,
    scores: row.scores,
    comments: row.comments,
    score: row.score === null ? null : Number(row.score),
    reviewedAt: Number(row.reviewed_at),
    acknowledgedAt: row.acknowledged_at === null ? null : Number(row.acknowledged_at),
  };
}

/**
 * True when `c` supervises `teamId`: a supervisor of that team, the rule recordings, coaching and
 * the sync scope use (a supervisor sees their own team's leads and calls).
 */
async function supervises(_db: Queryable, c: Caller, teamId: string | null): Promise<boolean> {
  return teamId !== null && c.roles.includes('supervisor') && c.teamId === teamId;
}

/**
 * The recording `id` of the caller's organisation when the caller may review it (an administrator,
 * or a supervisor of the agent's team): 404 when there is no such recording, 403 otherwise.
 */
async function reviewable(db: Queryable, c: Caller, id: string): Promise<RecordingRow> {
  const { rows } = await db.query<RecordingRow>(
    `SELECT id::text AS id, agent_id::text AS agent_id, team_id::text AS team_id
       FROM recordings WHERE id = $1 AND organisation_id = $2`,
    [id, c.organisationId],
  );
  const rec = rows[0];
  if (!rec) throw new HttpError(404, 'notFound', 'No such recording.');
  if (scopeClass(c.roles) === 'admin' || (await supervises(db, c, rec.team_id))) return rec;
  throw new HttpError(
    403,
    'forbidden',
    'Only a supervisor of the agent’s team or an administrator may review this call.',
  );
}

async function readState(db: Queryable, id: string): Promise<ReviewState> {
  const { rows } = await db.query<ReviewRow>(
    `SELECT ${REVIEW_COLUMNS} FROM call_reviews r LEFT JOIN users ru ON ru.id = r.reviewer_id
      WHERE r.recording_id = $1`,
    [id],
  );
  const { rows: star } = await db.query('SELECT 1 FROM call_library WHERE recording_id = $1', [id]);
  return { review: rows[0] ? reviewOf(rows[0]) : null, starred: star.length > 0 };
}

export function registerReviewRoutes(api: FastifyInstance, ctx: RouteContext): void {
  api.get('/api/recordings/:id/review', async (request) => {
    const c = await caller(ctx, request);
    const { id } = parse(idParams, request.params);
    await reviewable(ctx.db, c, id);
    return readState(ctx.db, id);
  });

  api.put('/api/recordings/:id/review', async (request) => {
    const c = await caller(ctx, request);
    const { id } = parse(idParams, request.params);
    const input = parse(reviewInputSchema, request.body);
    const problem = reviewProblem(input);
    if (problem) throw new HttpError(400, 'invalidRequest', problem);
    const score = reviewTotal(input.criteria, input.scores);
    const now = Date.now();
    return ctx.db.transaction(async (tx) => {
      const rec = await reviewable(tx, c, id);
      const { rows } = await tx.query<{ inserted: boolean }>(
        `INSERT INTO call_reviews (recording_id, organisation_id, agent_id, reviewer_id, criteria,
                                   scores, comments, score, reviewed_at, acknowledged_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9, NULL)
         ON CONFLICT (recording_id) DO UPDATE SET
           reviewer_id = EXCLUDED.reviewer_id, criteria = EXCLUDED.criteria,
           scores = EXCLUDED.scores, comments = EXCLUDED.comments, score = EXCLUDED.score,
           reviewed_at = EXCLUDED.reviewed_at, acknowledged_at = NULL
         RETURNING (xmax = 0) AS inserted`,
        [
          id,
          c.organisationId,
          rec.agent_id,
          c.userId,
          JSON.stringify(input.criteria),
          JSON.stringify(input.scores),
          JSON.stringify(input.comments),
          score,
          now,
        ],
      );
      await audit(tx, [
        {
          organisationId: c.organisationId,
          actorId: c.userId,
          action: rows[0]?.inserted ? 'recording.review' : 'recording.reReview',
          subject: id,
          detail: { agentId: rec.agent_id, score, comments: input.comments.length },
          ip: request.ip,
        },
      ]);
      return readState(tx, id);
    });
  });

  api.put('/api/recordings/:id/star', async (request) => {
    const c = await caller(ctx, request);
    const { id } = parse(idParams, request.params);
    const { starred } = parse(starInputSchema, request.body);
    return ctx.db.transaction(async (tx) => {
      await reviewable(tx, c, id);
      const changed = starred
        ? await tx.query(
            `INSERT INTO call_library (recording_id, starred_by, starred_at) VALUES ($1, $2, $3)
             ON CONFLICT (recording_id) DO NOTHING RETURNING 1`,
            [id, c.userId, Date.now()],
          )
        : await tx.query('DELETE FROM call_library WHERE recording_id = $1 RETURNING 1', [id]);
      if (changed.rows.length > 0)
        await audit(tx, [
          {
            organisationId: c.organisationId,
            actorId: c.userId,
            action: starred ? 'recording.star' : 'recording.unstar',
            subject: id,
            ip: request.ip,
          },
        ]);
      return { starred };
    });
  });

  // The list's score and star column (the list itself is server/routes/recordings.ts).
  api.get('/api/reviews/status', async (request) => {
    const c = await caller(ctx, request);
    const { ids } = parse(statusQuery, request.query);
    const cls = scopeClass(c.roles);
    if (cls === 'agent')
      throw new HttpError(403, 'forbidden', 'Only supervisors and administrators see reviews.');
    const { rows } = await ctx.db.query<{
      id: string;
      score: string | null;
      reviewed: boolean;
      starred: boolean;
    }>(
      `SELECT rec.id::text AS id, cr.score::text AS score, cr.recording_id IS NOT NULL AS reviewed,
              EXISTS (SELECT 1 FROM call_library cl WHERE cl.recording_id = rec.id) AS starred
         FROM recordings rec
         LEFT JOIN call_reviews cr ON cr.recording_id = rec.id
        WHERE rec.id = ANY($1::uuid[]) AND rec.organisation_id = $2
          AND ($3 OR rec.team_id = $4::uuid)`,
      [ids, c.organisationId, cls === 'admin', c.teamId],
    );
    return {
      items: rows.map((r) => ({
        recordingId: r.id,
        reviewed: r.reviewed,
        score: r.score === null ? null : Number(r.score),
        starred: r.starred,
      })),
    };
  });

  api.get('/api/reviews/mine', async (request) => {
    const c = await caller(ctx, request);
    const { rows } = await ctx.db.query<
      ReviewRow & {
        call_started_at: string;
        duration_ms: string;
        lead_id: string | null;
        lead_name: string | null;
      }
    >(
      `SELECT ${REVIEW_COLUMNS}, rec.call_started_at::text AS call_started_at,
              rec.duration_ms::text AS duration_ms, rec.lead_id, l.data->>'name' AS lead_name
         FROM call_reviews r
         JOIN recordings rec ON rec.id = r.recording_id
         LEFT JOIN users ru ON ru.id = r.reviewer_id
         LEFT JOIN leads l ON l.id = rec.lead_id AND l.organisation_id = rec.organisation_id
        WHERE r.agent_id = $1 AND r.organisation_id = $2
        ORDER BY rec.call_started_at DESC
        LIMIT 500`,
      [c.userId, c.organisationId],
    );
    const reviews: MyReview[] = rows.map((row) => ({
      ...reviewOf(row),
      callStartedAt: Number(row.call_started_at),
      durationMs: Number(row.duration_ms),
      leadId: row.lead_id,
      leadName: row.lead_name,
    }));
    return { reviews };
  });

  api.post('/api/reviews/:recordingId/acknowledge', async (request) => {
    const c = await caller(ctx, request);
    const { recordingId } = parse(recordingIdParams, request.params);
    const { rows } = await ctx.db.query<{ agent_id: string }>(
      'SELECT agent_id::text AS agent_id FROM call_reviews WHERE recording_id = $1 AND organisation_id = $2',
      [recordingId, c.organisationId],
    );
    const row = rows[0];
    if (!row) throw new HttpError(404, 'notFound', 'No review of this call.');
    if (row.agent_id !== c.userId)
      throw new HttpError(403, 'forbidden', 'Only the reviewed agent acknowledges a review.');
    const { rows: done } = await ctx.db.query<{ acknowledged_at: string }>(
      `UPDATE call_reviews SET acknowledged_at = coalesce(acknowledged_at, $2)
        WHERE recording_id = $1 RETURNING acknowledged_at::text AS acknowledged_at`,
      [recordingId, Date.now()],
    );
    return { acknowledgedAt: Number(done[0]?.acknowledged_at) };
  });

  api.get('/api/reviews/summary', async (request) => {
    const c = await caller(ctx, request);
    const q = parse(reviewSummaryQuerySchema, request.query);
    if (q.to <= q.from) throw new HttpError(400, 'invalidRequest', 'to: must be after from');
    const cls = scopeClass(c.roles);
    if (cls === 'agent')
      throw new HttpError(403, 'forbidden', 'Only supervisors and administrators see call scores.');
    let teams: string[] | null = null;
    if (cls === 'supervisor') {
      const { rows } = await ctx.db.query<{ id: string }>(
        `SELECT id::text AS id FROM teams WHERE organisation_id = $1 AND id = $2`,
        [c.organisationId, c.teamId],
      );
      teams = rows.map((r) => r.id);
      if (q.teamId !== undefined && !teams.includes(q.teamId))
        throw new HttpError(403, 'forbidden', 'That team is not yours.');
    }
    if (q.teamId !== undefined) teams = [q.teamId];
    const { rows: org } = await ctx.db.query<{ timezone: string }>(
      'SELECT timezone FROM organisations WHERE id = $1',
      [c.organisationId],
    );
    const timeZone = org[0]?.timezone ?? 'UTC';
    const { rows } = await ctx.db.query<{
      agent_id: string;
      agent_name: string | null;
      call_started_at: string;
      score: string | null;
      criteria: ScorecardCriterion[];
      scores: Review['scores'];
    }>(
      `SELECT r.agent_id::text AS agent_id, u.display_name AS agent_name,
              rec.call_started_at::text AS call_started_at, r.score::text AS score,
              r.criteria, r.scores
         FROM call_reviews r
         JOIN recordings rec ON rec.id = r.recording_id
         LEFT JOIN users u ON u.id = r.agent_id
        WHERE r.organisation_id = $1 AND rec.call_started_at >= $2 AND rec.call_started_at < $3
          AND ($4::uuid[] IS NULL OR rec.team_id = ANY($4::uuid[]))`,
      [c.organisationId, q.from, q.to, teams],
    );
    const calls: ScoredCall[] = rows.map((r) => ({
      agentId: r.agent_id,
      callStartedAt: Number(r.call_started_at),
      score: r.score === null ? null : Number(r.score),
      criteria: r.criteria,
      scores: r.scores,
    }));
    const names = new Map(rows.map((r) => [r.agent_id, r.agent_name]));
    const weeks = weeklyAverages(calls, timeZone);
    const missed = new Map(mostMissed(calls).map((m) => [m.agentId, m.criteria]));
    const summary: ReviewSummary = {
      timeZone,
      reps: [...names.keys()]
        .map((agentId) => {
          const mine = calls.filter((x) => x.agentId === agentId && x.score !== null);
          const sum = mine.reduce((s, x) => s + (x.score ?? 0), 0);
          return {
            agentId,
            agentName: names.get(agentId) ?? null,
            average: mine.length ? Math.round((sum / mine.length) * 10) / 10 : null,
            reviews: mine.length,
            weeks: weeks
              .filter((w) => w.agentId === agentId)
              .map(({ week, weekFrom, average, reviews }) => ({
                week,
                weekFrom,
                average,
                reviews,
              })),
            missed: missed.get(agentId) ?? [],
          };
        })
        .sort((a, b) => (a.agentName ?? '').localeCompare(b.agentName ?? '')),
    };
    return summary;
  });
}
