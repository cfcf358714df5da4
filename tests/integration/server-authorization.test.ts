// The authorization matrix: every kind of caller × every way to read or write. No lead crosses a
// scope it should not, through pull, push, export or the admin routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../../server/test/databases';
import {
  Desk,
  L,
  leadIds,
  ORG,
  startWorld,
  TEAM_A,
  U,
  type Who,
  type World,
} from '../../server/test/sync-fixture';

const ALL = [L.own, L.queue, L.mates, L.otherTeam] as const;

/** Who sees (and may change) which leads. */
const SCOPE: Record<Exclude<Who, 'closer'>, readonly string[]> = {
  agent: [L.own, L.queue],
  mate: [L.mates, L.queue],
  otherAgent: [L.otherTeam],
  supervisor: [L.own, L.queue, L.mates],
  admin: ALL,
  foreignAdmin: [L.otherOrg],
};
const WHO = Object.keys(SCOPE) as (keyof typeof SCOPE)[];

const EXPORT: Record<keyof typeof SCOPE, number> = {
  agent: 403,
  mate: 403,
  otherAgent: 403,
  supervisor: 200,
  admin: 200,
  foreignAdmin: 200,
};

describe.each(DB_KINDS)('authorization matrix on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;
  let world: World;
  const desks = {} as Record<keyof typeof SCOPE, Desk>;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    world = await startWorld(db);
    for (const w of WHO) desks[w] = await Desk.signIn(world.app, w);
  });

  afterAll(async () => {
    await world?.app.close();
    await db?.close();
    await testDb?.drop();
  });

  it.each(WHO)('pull: %s receives exactly its scope, and only its organisation', async (who) => {
    const desk = new Desk(world.app, desks[who].session);
    const changes = await desk.pullAll();
    expect(leadIds(changes)).toEqual([...SCOPE[who]].sort());
    const users = changes.flatMap((c) => (c.kind === 'user' ? [c.row.id] : []));
    if (who === 'foreignAdmin') expect(users).toEqual([U.foreignAdmin]);
    else expect(users).not.toContain(U.foreignAdmin);
  });

  it.each(WHO)('push: %s may change exactly the leads in its scope', async (who) => {
    const desk = desks[who];
    const targets = [...ALL, L.otherOrg];
    const notes = targets.map((id) => ({
      id,
      mutation: desk.mutation('addNote', { leadId: id, text: `by ${who}` }),
    }));
    const res = await desk.push(notes.map((n) => n.mutation));
    const refused = new Map(
      res.rejected.map((r) => [notes.find((n) => n.mutation.seq === r.seq)?.id, r.reason]),
    );
    for (const id of targets) {
      // Another organisation's lead does not exist for the caller; its own organisation's
      // leads outside the scope are refused as such.
      const sameOrg = (id === L.otherOrg) === (who === 'foreignAdmin');
      const expected = SCOPE[who].includes(id)
        ? undefined
        : sameOrg
          ? 'outOfScope'
          : 'leadNotFound';
      expect(refused.get(id), `${who} → ${id}`).toBe(expected);
    }
    // The notes that landed: on the lead (its notes end with the line) and in its history.
    const { rows } = await db.query<{ id: string }>(
      "SELECT id FROM leads WHERE data->>'notes' LIKE '%' || $1 ORDER BY id",
      [`by ${who}`],
    );
    expect(rows.map((r) => r.id)).toEqual([...SCOPE[who]].sort());
    const { rows: history } = await db.query<{ lead_id: string }>(
      "SELECT lead_id FROM activities WHERE agent_id = $1 AND data->>'note' = $2 ORDER BY lead_id",
      [U[who], `by ${who}`],
    );
    expect(history.map((r) => r.lead_id)).toEqual([...SCOPE[who]].sort());
  });

  it.each(WHO)('export: %s gets its scope as CSV, or 403', async (who) => {
    const res = await desks[who].request('GET', '/api/leads/export');
    expect(res.statusCode).toBe(EXPORT[who]);
    if (res.statusCode !== 200) {
      expect(res.json().error).toBe('forbidden');
      return;
    }
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const ids = res.body
      .replace('\uFEFF', '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(ids.sort()).toEqual([...SCOPE[who]].sort());
    const { rows } = await db.query(
      "SELECT 1 FROM audit_log WHERE action = 'exportLeads' AND actor_id = $1",
      [U[who]],
    );
    expect(rows.length).toBe(1);
  });

  it.each(WHO)('admin routes: only an administrator, within its organisation (%s)', async (who) => {
    const audit = await desks[who].request('GET', '/api/admin/audit?limit=1000');
    const isAdmin = who === 'admin' || who === 'foreignAdmin';
    expect(audit.statusCode).toBe(isAdmin ? 200 : 403);
    if (isAdmin) {
      const actors = new Set(
        (audit.json().entries as { actorId: string | null }[]).map((e) => e.actorId),
      );
      if (who === 'foreignAdmin') expect([...actors]).toEqual([U.foreignAdmin]);
      else expect(actors.has(U.foreignAdmin)).toBe(false);
    }
    // Disabling someone of the main organisation: only its own administrator may.
    const res = await desks[who].request('POST', `/api/admin/users/${U.closer}/disable`);
    expect(res.statusCode).toBe(who === 'admin' ? 204 : who === 'foreignAdmin' ? 404 : 403);
    const { rows } = await db.query<{ disabled_at: Date | null }>(
      'SELECT disabled_at FROM users WHERE id = $1',
      [U.closer],
    );
    expect(rows[0]?.disabled_at !== null).toBe(who === 'admin');
    await db.query('UPDATE users SET disabled_at = NULL WHERE id = $1', [U.closer]);
  });

  it('rejects supervisor verbs and admin verbs per role', async () => {
    const card = (id: string) => ({
      id,
      kind: 'objection' as const,
      data: {
        id,
        category: 'price' as const,
        title: { en: 'Too dear' },
        objection: { en: 'It costs too much' },
        responses: { en: ['Compare it with the cost of waiting'] },
      },
    });
    const team = (id: string) => ({ id, name: { en: 'New' }, supervisorId: null });
    const NEW_TEAM = '0b000000-0000-4000-8000-0000000000ff';
    const cases: {
      who: keyof typeof SCOPE;
      name: 'putContent' | 'putTeam';
      reason: 'forbidden' | 'invalid' | null;
    }[] = [
      { who: 'agent', name: 'putContent', reason: 'forbidden' },
      { who: 'mate', name: 'putTeam', reason: 'forbidden' },
      { who: 'supervisor', name: 'putContent', reason: null },
      { who: 'supervisor', name: 'putTeam', reason: 'forbidden' },
      { who: 'admin', name: 'putTeam', reason: null },
      // Another organisation's administrator may run putTeam, but not on this organisation's team.
      { who: 'foreignAdmin', name: 'putTeam', reason: 'invalid' },
    ];
    for (const c of cases) {
      const desk = desks[c.who];
      const r =
        c.name === 'putContent'
          ? await desk.pushOne('putContent', { row: card(`c-${c.who}`), isNew: true })
          : await desk.pushOne('putTeam', {
              team: team(c.who === 'foreignAdmin' ? TEAM_A : NEW_TEAM),
              isNew: c.who !== 'foreignAdmin',
            });
      expect(
        r.rejected.map((x) => x.reason),
        `${c.who} ${c.name}`,
      ).toEqual(c.reason ? [c.reason] : []);
    }
    const { rows: content } = await db.query<{ id: string }>('SELECT id FROM content ORDER BY id');
    expect(content.map((x) => x.id)).toEqual(['c-supervisor']);
    const { rows: teams } = await db.query<{ id: string; organisation_id: string; name: string }>(
      'SELECT id, organisation_id, name FROM teams WHERE id = ANY($1::uuid[]) ORDER BY id',
      [[NEW_TEAM, TEAM_A]],
    );
    expect(teams).toEqual([
      { id: TEAM_A, organisation_id: ORG, name: 'A' },
      { id: NEW_TEAM, organisation_id: ORG, name: 'New' },
    ]);
  });
});
