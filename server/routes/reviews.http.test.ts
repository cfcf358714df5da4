// Call reviews over HTTP on the real app: a supervisor of the agent's team (or an administrator)
// scores a call, pins comments to moments and stars it; another team's supervisor and agents get
// 403; the agent reads their reviews and acknowledges them (once, idempotently), a re-review
// asks again; the summary gives each rep's weekly average and most-missed criteria in the
// caller's scope; malformed input is a 400 naming the field.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords';
import { DB_KINDS } from '../test/databases';
import {
  Desk,
  L,
  ORG,
  PASSWORD,
  TEAM_A,
  TEAM_B,
  U,
  protocol,
  type World,
} from '../test/sync-fixture';
import { worldPerSuite } from '../test/world-per-suite';
import {
  DEFAULT_SCORECARD,
  type ReviewInput,
  type ReviewState,
  type ReviewSummary,
  type MyReview,
} from '../../shared/recordings/protocol';

const OTHER_SUPERVISOR = '0c000000-0000-4000-8000-0000000000b5';
// Wednesday 4 March 2026, 09:00 UTC (the test organisation's timezone is UTC: weeks from Monday).
const CALL_AT = Date.UTC(2026, 2, 4, 9);

async function addRecording(
  world: World,
  over: { agentId?: string; teamId?: string; leadId?: string | null; at?: number } = {},
): Promise<string> {
  const id = randomUUID();
  await world.db.query(
    `INSERT INTO recordings (id, organisation_id, agent_id, team_id, lead_id, direction,
       call_started_at, answered_at, duration_ms, mime, size, sha256, chunks, pauses, announced,
       status)
     VALUES ($1, $2, $3, $4, $5, 'outbound', $6, $6, 42000, 'audio/webm', 1000, $7, 1, '[]',
       false, 'complete')`,
    [
      id,
      ORG,
      over.agentId ?? U.agent,
      over.teamId ?? TEAM_A,
      over.leadId === undefined ? L.own : over.leadId,
      over.at ?? CALL_AT,
      'a'.repeat(64),
    ],
  );
  return id;
}

async function signInAs(world: World, email: string): Promise<Desk> {
  const res = await world.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: protocol,
    payload: { email, password: PASSWORD, clientId: randomUUID() },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in ${email}: ${res.body}`);
  return new Desk(world.app, res.json());
}

async function otherTeamSupervisor(world: World): Promise<Desk> {
  await world.db.query(
    `INSERT INTO users (id, organisation_id, team_id, email, display_name, roles, password_hash)
     VALUES ($1, $2, $3, 'sup-b@a.example', 'Supervisor B', ARRAY['supervisor'], $4)
     ON CONFLICT (id) DO NOTHING`,
    [OTHER_SUPERVISOR, ORG, TEAM_B, await hashPassword(PASSWORD)],
  );
  return signInAs(world, 'sup-b@a.example');
}

const scores = (values: (number | null)[]) =>
  DEFAULT_SCORECARD.criteria.map((c, i) => ({ criterionId: c.id, score: values[i] ?? null }));

const review = (over: Partial<ReviewInput> = {}): ReviewInput => ({
  criteria: DEFAULT_SCORECARD.criteria,
  // greeting 5/5, interest 4/5, offer 2/5 (missed), objections n/a, close 3/5, bant 0 (missed),
  // objection handled 1, recap 1 → (1 + .8 + .4 + .6 + 0 + 1 + 1) / 7 = 68.6 %
  scores: scores([5, 4, 2, null, 3, 0, 1, 1]),
  comments: [
    { atMs: 3_000, text: 'Warm greeting, name used twice', criterionId: 'greeting' },
    { atMs: 21_500, text: 'لم تسأل عن الميزانية', criterionId: 'bant' },
  ],
  ...over,
});

describe.each(DB_KINDS)('call reviews on %s', (kind) => {
  const current = worldPerSuite(kind);

  it('lets the agent’s supervisor score, comment and star a call, and audits it', async () => {
    const world = current();
    const id = await addRecording(world);
    const sup = await Desk.signIn(world.app, 'supervisor');
    const before = await sup.request('GET', `/api/recordings/${id}/review`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({ review: null, starred: false });

    const saved = await sup.request('PUT', `/api/recordings/${id}/review`, review());
    expect(saved.statusCode, saved.body).toBe(200);
    const state = saved.json<ReviewState>();
    expect(state.review).toMatchObject({
      recordingId: id,
      agentId: U.agent,
      reviewerId: U.supervisor,
      reviewerName: 'supervisor',
      score: 68.6,
      acknowledgedAt: null,
    });
    expect(state.review?.comments.map((c) => c.atMs)).toEqual([3_000, 21_500]);

    const star = await sup.request('PUT', `/api/recordings/${id}/star`, { starred: true });
    expect(star.json()).toEqual({ starred: true });
    const again = await sup.request('GET', `/api/recordings/${id}/review`);
    expect(again.json<ReviewState>().starred).toBe(true);
    expect(again.json<ReviewState>().review?.score).toBe(68.6);

    const admin = await Desk.signIn(world.app, 'admin');
    const unstar = await admin.request('PUT', `/api/recordings/${id}/star`, { starred: false });
    expect(unstar.json()).toEqual({ starred: false });

    const { rows } = await world.db.query<{ action: string; actor_id: string }>(
      `SELECT action, actor_id::text AS actor_id FROM audit_log WHERE subject = $1 ORDER BY id`,
      [id],
    );
    expect(rows).toEqual([
      { action: 'recording.review', actor_id: U.supervisor },
      { action: 'recording.star', actor_id: U.supervisor },
      { action: 'recording.unstar', actor_id: U.admin },
    ]);
  });

  it('gives the list its score and star column, and the list’s not-reviewed and starred filters follow', async () => {
    const world = current();
    const reviewed = await addRecording(world, { at: CALL_AT + 1 });
    const fresh = await addRecording(world, { at: CALL_AT + 2 });
    const theirs = await addRecording(world, {
      agentId: U.otherAgent,
      teamId: TEAM_B,
      at: CALL_AT + 3,
    });
    const sup = await Desk.signIn(world.app, 'supervisor');
    await sup.request('PUT', `/api/recordings/${reviewed}/review`, review());
    await sup.request('PUT', `/api/recordings/${reviewed}/star`, { starred: true });
    const status = await sup.request(
      'GET',
      `/api/reviews/status?ids=${reviewed},${fresh},${theirs}`,
    );
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toEqual({
      items: expect.arrayContaining([
        { recordingId: reviewed, reviewed: true, score: 68.6, starred: true },
        { recordingId: fresh, reviewed: false, score: null, starred: false },
      ]),
    });
    // Another team's call is not the supervisor's to see.
    expect(status.json<{ items: unknown[] }>().items).toHaveLength(2);
    const ids = async (query: string) =>
      (await sup.request('GET', `/api/recordings?from=${CALL_AT}&to=${CALL_AT + 10}${query}`))
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id);
    expect(await ids('&unreviewed=1')).toEqual([fresh]);
    expect(await ids('&starred=1')).toEqual([reviewed]);
    const agent = await Desk.signIn(world.app, 'agent');
    expect((await agent.request('GET', `/api/reviews/status?ids=${fresh}`)).statusCode).toBe(403);
    expect((await sup.request('GET', '/api/reviews/status?ids=nope')).statusCode).toBe(400);
  });

  it('refuses another team’s supervisor, agents, another organisation and nobody', async () => {
    const world = current();
    const id = await addRecording(world);
    const other = await otherTeamSupervisor(world);
    const agent = await Desk.signIn(world.app, 'agent');
    const foreign = await Desk.signIn(world.app, 'foreignAdmin');
    for (const desk of [other, agent]) {
      expect((await desk.request('GET', `/api/recordings/${id}/review`)).statusCode).toBe(403);
      expect((await desk.request('PUT', `/api/recordings/${id}/review`, review())).statusCode).toBe(
        403,
      );
      expect(
        (await desk.request('PUT', `/api/recordings/${id}/star`, { starred: true })).statusCode,
      ).toBe(403);
    }
    expect((await foreign.request('GET', `/api/recordings/${id}/review`)).statusCode).toBe(404);
    const nobody = await world.app.inject({
      method: 'GET',
      url: `/api/recordings/${id}/review`,
      headers: protocol,
    });
    expect(nobody.statusCode).toBe(401);
    const { rows } = await world.db.query('SELECT 1 FROM call_reviews WHERE recording_id = $1', [
      id,
    ]);
    expect(rows).toEqual([]);
  });

  it('answers bad input with a 400 that names the field', async () => {
    const world = current();
    const id = await addRecording(world);
    const sup = await Desk.signIn(world.app, 'supervisor');
    const put = (body: unknown) => sup.request('PUT', `/api/recordings/${id}/review`, body);
    const tooHigh = await put(review({ scores: scores([6, 4, 2, null, 3, 0, 1, 1]) }));
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json()).toMatchObject({ error: 'invalidRequest' });
    expect(tooHigh.json<{ message: string }>().message).toMatch(/greeting above its maximum/);
    const missing = await put(review({ scores: scores([5]).slice(0, 1) }));
    expect(missing.json<{ message: string }>().message).toMatch(/not scored/);
    const emptyComment = await put(review({ comments: [{ atMs: 1, text: '   ' }] }));
    expect(emptyComment.statusCode).toBe(400);
    const negative = await put(review({ comments: [{ atMs: -5, text: 'x' }] }));
    expect(negative.json<{ message: string }>().message).toMatch(/comments\.0\.atMs/);
    expect((await put({ scores: 'lots' })).statusCode).toBe(400);
    expect(
      (await sup.request('PUT', `/api/recordings/${id}/star`, { starred: 'yes' })).statusCode,
    ).toBe(400);
    expect((await sup.request('GET', '/api/recordings/not-a-uuid/review')).statusCode).toBe(400);
    expect((await sup.request('GET', `/api/recordings/${randomUUID()}/review`)).statusCode).toBe(
      404,
    );
    const { rows } = await world.db.query('SELECT 1 FROM call_reviews WHERE recording_id = $1', [
      id,
    ]);
    expect(rows).toEqual([]);
  });

  it('shows the agent their reviews with comments, takes one acknowledgement, and asks again after a re-review', async () => {
    const world = current();
    const id = await addRecording(world, { at: CALL_AT + 60_000 });
    const sup = await Desk.signIn(world.app, 'supervisor');
    await sup.request('PUT', `/api/recordings/${id}/review`, review());
    const agent = await Desk.signIn(world.app, 'agent');
    const mine = await agent.request('GET', '/api/reviews/mine');
    expect(mine.statusCode).toBe(200);
    const item = mine.json<{ reviews: MyReview[] }>().reviews.find((r) => r.recordingId === id);
    expect(item).toMatchObject({
      leadId: L.own,
      leadName: expect.any(String),
      callStartedAt: CALL_AT + 60_000,
      durationMs: 42_000,
      score: 68.6,
      acknowledgedAt: null,
    });
    expect(item?.comments[1]).toEqual({
      atMs: 21_500,
      text: 'لم تسأل عن الميزانية',
      criterionId: 'bant',
    });
    // Nobody else's reviews.
    const mate = await Desk.signIn(world.app, 'mate');
    const theirs = (await mate.request('GET', '/api/reviews/mine')).json<{ reviews: MyReview[] }>();
    expect(theirs.reviews.map((r) => r.recordingId)).not.toContain(id);

    expect((await mate.request('POST', `/api/reviews/${id}/acknowledge`)).statusCode).toBe(403);
    expect((await sup.request('POST', `/api/reviews/${id}/acknowledge`)).statusCode).toBe(403);
    const first = await agent.request('POST', `/api/reviews/${id}/acknowledge`);
    expect(first.statusCode).toBe(200);
    const at = first.json<{ acknowledgedAt: number }>().acknowledgedAt;
    const second = await agent.request('POST', `/api/reviews/${id}/acknowledge`);
    expect(second.json()).toEqual({ acknowledgedAt: at });
    expect(
      (await agent.request('POST', `/api/reviews/${randomUUID()}/acknowledge`)).statusCode,
    ).toBe(404);

    await sup.request('PUT', `/api/recordings/${id}/review`, review({ comments: [] }));
    const after = (await agent.request('GET', '/api/reviews/mine')).json<{
      reviews: MyReview[];
    }>();
    expect(after.reviews.find((r) => r.recordingId === id)).toMatchObject({
      acknowledgedAt: null,
      comments: [],
    });
    const { rows } = await world.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE subject = $1 ORDER BY id`,
      [id],
    );
    expect(rows.map((r) => r.action)).toEqual(['recording.review', 'recording.reReview']);
  });

  it('sums up each rep’s weekly average and most-missed criteria within the caller’s teams', async () => {
    const world = current();
    const week2 = Date.UTC(2026, 3, 7, 9); // Tuesday 7 April 2026
    const a1 = await addRecording(world, { at: week2 });
    const a2 = await addRecording(world, { at: week2 + 86_400_000 });
    const b1 = await addRecording(world, { agentId: U.otherAgent, teamId: TEAM_B, at: week2 });
    const admin = await Desk.signIn(world.app, 'admin');
    await admin.request('PUT', `/api/recordings/${a1}/review`, review());
    await admin.request(
      'PUT',
      `/api/recordings/${a2}/review`,
      review({ scores: scores([5, 5, 5, 5, 5, 0, 1, 1]) }),
    );
    await admin.request('PUT', `/api/recordings/${b1}/review`, review());
    const from = Date.UTC(2026, 3, 6);
    const to = Date.UTC(2026, 3, 13);
    const sup = await Desk.signIn(world.app, 'supervisor');
    const res = await sup.request('GET', `/api/reviews/summary?from=${from}&to=${to}`);
    expect(res.statusCode, res.body).toBe(200);
    const summary = res.json<ReviewSummary>();
    expect(summary.reps.map((r) => r.agentId)).toEqual([U.agent]);
    const rep = summary.reps[0]!;
    // 68.6 and (5 × 1 + 0 + 1 + 1) / 8 = 87.5 → 78.05 → 78.1
    expect(rep.weeks).toEqual([{ week: '2026-04-06', weekFrom: from, average: 78.1, reviews: 2 }]);
    expect(rep.missed[0]).toMatchObject({ criterionId: 'bant', misses: 2, scored: 2 });
    expect(rep.missed.map((m) => m.criterionId)).toEqual(['bant', 'offer']);

    const all = (
      await admin.request('GET', `/api/reviews/summary?from=${from}&to=${to}`)
    ).json<ReviewSummary>();
    expect(all.reps.map((r) => r.agentId).sort()).toEqual([U.agent, U.otherAgent].sort());
    const teamB = (
      await admin.request('GET', `/api/reviews/summary?from=${from}&to=${to}&teamId=${TEAM_B}`)
    ).json<ReviewSummary>();
    expect(teamB.reps.map((r) => r.agentId)).toEqual([U.otherAgent]);

    expect(
      (await sup.request('GET', `/api/reviews/summary?from=${from}&to=${to}&teamId=${TEAM_B}`))
        .statusCode,
    ).toBe(403);
    const agent = await Desk.signIn(world.app, 'agent');
    expect(
      (await agent.request('GET', `/api/reviews/summary?from=${from}&to=${to}`)).statusCode,
    ).toBe(403);
    expect((await sup.request('GET', `/api/reviews/summary?from=x&to=${to}`)).statusCode).toBe(400);
  });
});
