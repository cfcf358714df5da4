// The authorization matrix: every kind of caller × every way to read or write. No lead crosses a
// scope it should not, through pull, push, export or the admin routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../../server/test/databases';
import {
  Desk,
  L,
  leadIds,
  startWorld,
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
    const res = await desk.push(
      targets.map((id) =>
        desk.mutation('addNote', { leads: [{ id, patch: { notes: `by ${who}` } }] }),
      ),
    );
    const refused = new Set(
      res.rejected.map((r) => targets[r.seq - (desk.seq - targets.length) - 1]),
    );
    for (const id of targets) {
      const allowed = SCOPE[who].includes(id);
      expect(refused.has(id), `${who} → ${id}`).toBe(!allowed);
    }
    expect(res.rejected.every((r) => r.reason === 'outOfScope')).toBe(true);
    const { rows } = await db.query<{ id: string }>(
      "SELECT id FROM leads WHERE data->>'notes' = $1 ORDER BY id",
      [`by ${who}`],
    );
    expect(rows.map((r) => r.id)).toEqual([...SCOPE[who]].sort());
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
    const cases: { who: keyof typeof SCOPE; name: 'putContent' | 'putTeam'; ok: boolean }[] = [
      { who: 'agent', name: 'putContent', ok: false },
      { who: 'supervisor', name: 'putContent', ok: true },
      { who: 'supervisor', name: 'putTeam', ok: false },
      { who: 'admin', name: 'putTeam', ok: true },
    ];
    for (const c of cases) {
      const desk = desks[c.who];
      const effects =
        c.name === 'putContent'
          ? { content: { put: [{ id: `c-${c.who}`, kind: 'script' as const, data: {} }] } }
          : {
              teams: [
                {
                  id: '0b000000-0000-4000-8000-0000000000ff',
                  name: { en: 'New' },
                  supervisorId: null,
                },
              ],
            };
      const r = await desk.pushOne(c.name, effects);
      expect(r.rejected.length === 0, `${c.who} ${c.name}`).toBe(c.ok);
    }
  });
});
