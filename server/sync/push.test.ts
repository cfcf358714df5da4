import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import {
  activity,
  count,
  Desk,
  L,
  lead,
  leadRow,
  ORG,
  startWorld,
  TEAM_A,
  TEAM_B,
  U,
  type World,
} from '../test/sync-fixture';

describe.each(DB_KINDS)('push on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;
  let world: World;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    world = await startWorld(db);
  });

  afterAll(async () => {
    await world?.app.close();
    await db?.close();
    await testDb?.drop();
  });

  it('applies a batch once: the same batch again, or overlapping, has no second effect', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const a1 = activity(L.own, U.agent, 'first');
    const a2 = activity(L.own, U.agent, 'second');
    const m1 = desk.mutation('addNote', {
      leads: [{ id: L.own, patch: { notes: 'one', touches: 1 } }],
      activities: [a1],
    });
    const m2 = desk.mutation('addNote', {
      leads: [{ id: L.own, patch: { notes: 'two', touches: 2 } }],
      activities: [a2],
    });
    expect(await desk.push([m1, m2])).toEqual({ ackedSeq: 2, rejected: [] });
    expect(await desk.push([m1, m2])).toEqual({ ackedSeq: 2, rejected: [] });
    // Overlapping: 2 again, plus a new 3 that sets the notes back to "three".
    const m3 = desk.mutation('addNote', { leads: [{ id: L.own, patch: { notes: 'three' } }] });
    expect(await desk.push([m2, m3])).toEqual({ ackedSeq: 3, rejected: [] });
    const { rows } = await db.query<{ n: string }>(
      'SELECT count(*) AS n FROM activities WHERE id = ANY($1::uuid[])',
      [[a1.id, a2.id]],
    );
    expect(Number(rows[0]?.n)).toBe(2);
    expect(await leadRow(db, L.own)).toMatchObject({ notes: 'three', touches: 2 });
    // The same activity id from a later mutation is ignored, not an error.
    expect(await desk.pushOne('addNote', { activities: [a1] })).toEqual({
      ackedSeq: 4,
      rejected: [],
    });
  });

  it('a seq gap is fine; an already-applied seq in a new batch is skipped', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const r = await desk.push([
      desk.mutation('addNote', { leads: [{ id: L.own, patch: { priority: 7 } }] }, 10),
    ]);
    expect(r.ackedSeq).toBe(10);
    const stale = desk.mutation('addNote', { leads: [{ id: L.own, patch: { priority: 99 } }] }, 5);
    expect((await desk.push([stale])).ackedSeq).toBe(10);
    expect((await leadRow(db, L.own))?.priority).toBe(7);
  });

  it('last write wins per field in arrival order across desks', async () => {
    const a = await Desk.signIn(world.app, 'agent');
    const s = await Desk.signIn(world.app, 'supervisor');
    await a.pushOne('editContact', {
      leads: [{ id: L.own, patch: { name: 'Agent name', company: 'Agent co' } }],
    });
    await s.pushOne('editContact', { leads: [{ id: L.own, patch: { company: 'Sup co' } }] });
    expect(await leadRow(db, L.own)).toMatchObject({ name: 'Agent name', company: 'Sup co' });
  });

  it('rejects conditional mutations whose stage or owner changed, with no effect at all', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const before = await leadRow(db, L.own);
    const act = activity(L.own, U.agent);
    const r = await desk.push([
      desk.mutation('closeLost', {
        leads: [
          { id: L.own, patch: { stage: 'lost', notes: 'nope' }, expect: { stage: 'proposalSent' } },
        ],
        activities: [act],
      }),
      desk.mutation('handOff', {
        leads: [{ id: L.own, patch: { ownerId: U.closer }, expect: { ownerId: U.mate } }],
      }),
    ]);
    expect(r.rejected.map((x) => x.reason)).toEqual(['stageChanged', 'ownerChanged']);
    expect(r.ackedSeq).toBe(desk.seq);
    expect(await leadRow(db, L.own)).toEqual(before);
    const { rowCount } = await db.query('SELECT 1 FROM activities WHERE id = $1', [act.id]);
    expect(rowCount).toBe(0);
    // Resending the batch gives the same answer again (the first one may have been lost).
    const again = await desk.push([
      desk.mutation('closeLost', {}, desk.seq - 1),
      desk.mutation('handOff', {}, desk.seq),
    ]);
    expect(again.rejected.map((x) => x.reason)).toEqual(['stageChanged', 'ownerChanged']);
  });

  it('hands a lead off: the condition holds, the owner moves, the call is kept', async () => {
    const desk = await Desk.signIn(world.app, 'mate');
    const call = activity(L.mates, U.mate);
    const r = await desk.pushOne('handOff', {
      leads: [
        {
          id: L.mates,
          patch: { ownerId: U.closer, stage: 'meetingScheduled' },
          expect: { ownerId: U.mate, stage: 'lead' },
        },
      ],
      activities: [call],
    });
    expect(r.rejected).toEqual([]);
    expect(await leadRow(db, L.mates)).toMatchObject({
      ownerId: U.closer,
      stage: 'meetingScheduled',
    });
    // Now out of the mate's scope: a further change is refused.
    const late = await desk.pushOne('addNote', { leads: [{ id: L.mates, patch: { notes: 'x' } }] });
    expect(late.rejected[0]?.reason).toBe('outOfScope');
  });

  it('refuses leads outside the scope, other organisations, and missing leads', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const r = await desk.push([
      desk.mutation('addNote', { leads: [{ id: L.otherTeam, patch: { notes: 'x' } }] }),
      desk.mutation('addNote', { leads: [{ id: L.otherOrg, patch: { notes: 'x' } }] }),
      desk.mutation('addNote', { activities: [activity(L.otherTeam, U.agent)] }),
      desk.mutation('addNote', { leads: [{ id: 'no-such-lead', patch: { notes: 'x' } }] }),
      desk.mutation('addNote', { activities: [activity(L.own, U.mate)] }),
    ]);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'outOfScope',
      'outOfScope',
      'outOfScope',
      'leadNotFound',
      'forbidden',
    ]);
  });

  it('refuses supervisor and admin verbs from an agent', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const before = await count(db, 'content');
    const r = await desk.push([
      desk.mutation('putContent', { content: { put: [{ id: 'c1', kind: 'script', data: {} }] } }),
      desk.mutation('reassignLeads', { leads: [{ id: L.own, patch: { ownerId: U.mate } }] }),
      desk.mutation('putUser', {
        users: [
          {
            id: U.agent,
            displayName: 'x',
            email: 'agent@a.example',
            roles: ['admin'],
            teamId: TEAM_A,
            locale: 'en',
            dailyCallTarget: 0,
            dailyBookingTarget: 0,
          },
        ],
      }),
      // Smuggling content through an agent verb does not help.
      desk.mutation('addNote', { content: { put: [{ id: 'c2', kind: 'script', data: {} }] } }),
      desk.mutation('addNote', { leads: [{ id: L.own, patch: { teamId: TEAM_B } }] }),
    ]);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
    ]);
    expect(await count(db, 'content')).toBe(before);
    expect((await leadRow(db, L.own))?.teamId).toBe(TEAM_A);
  });

  it('creates a lead, and treats creating an existing lead as a patch', async () => {
    const sup = await Desk.signIn(world.app, 'supervisor');
    const fresh = lead('lead-imported', ORG, null, TEAM_A);
    const existing = { ...lead(L.queue, ORG, null, TEAM_A), name: 'Re-imported' };
    const r = await sup.pushOne('importLeads', {
      leads: [
        { id: fresh.id, create: fresh },
        { id: existing.id, create: existing },
      ],
    });
    expect(r.rejected).toEqual([]);
    expect(await leadRow(db, fresh.id)).toEqual(fresh);
    expect((await leadRow(db, L.queue))?.name).toBe('Re-imported');
    // A supervisor cannot import into another team.
    const other = lead('lead-into-b', ORG, null, TEAM_B);
    const r2 = await sup.pushOne('importLeads', { leads: [{ id: other.id, create: other }] });
    expect(r2.rejected[0]?.reason).toBe('outOfScope');
    expect(await leadRow(db, other.id)).toBeUndefined();
  });

  it('answers 400 with a reason and writes nothing for a malformed batch', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const before = await leadRow(db, L.own);
    const cursors = await count(db, 'client_cursors');
    const good = desk.mutation('addNote', { leads: [{ id: L.own, patch: { notes: 'never' } }] });
    const cases: unknown[] = [
      { clientId: 'not-a-uuid', mutations: [good] },
      { clientId: desk.clientId, mutations: [] },
      {
        clientId: desk.clientId,
        mutations: [
          good,
          { ...good, effects: { leads: [{ id: L.own, patch: { stage: 'bogus' } }] } },
        ],
      },
      { clientId: desk.clientId, mutations: [good, { ...good }] }, // seq not increasing
      { clientId: desk.clientId, mutations: [{ ...good, effects: { activities: [{ id: 'x' }] } }] },
    ];
    for (const payload of cases) {
      const res = await desk.request('POST', '/api/sync/push', payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalidRequest', message: expect.any(String) });
    }
    expect(await leadRow(db, L.own)).toEqual(before);
    expect(await count(db, 'client_cursors')).toBe(cursors);
  });

  it('keeps targets, content and DNC with the right roles', async () => {
    const sup = await Desk.signIn(world.app, 'supervisor');
    const r = await sup.push([
      sup.mutation('putContent', {
        content: { put: [{ id: 'script-1', kind: 'script', data: { a: 1 } }] },
      }),
      sup.mutation('putTargets', {
        targets: [
          {
            userId: U.agent,
            dailyCalls: 90,
            dailyBookings: 3,
            monthlyWins: 0,
            monthlyRevenue: 0,
            updatedAt: 1,
            updatedBy: U.supervisor,
          },
        ],
      }),
      sup.mutation('putTargets', {
        targets: [
          {
            userId: U.otherAgent,
            dailyCalls: 90,
            dailyBookings: 3,
            monthlyWins: 0,
            monthlyRevenue: 0,
            updatedAt: 1,
            updatedBy: U.supervisor,
          },
        ],
      }),
      sup.mutation('putSalesTarget', {
        salesTargets: [
          { id: `${TEAM_A}:2026-12`, teamId: TEAM_A, month: '2026-12', revenue: 1000, wins: 3 },
        ],
      }),
      sup.mutation('putSalesTarget', {
        salesTargets: [
          { id: 'org:2026-12', teamId: null, month: '2026-12', revenue: 1000, wins: 3 },
        ],
      }),
      sup.mutation('putDnc', {
        dnc: {
          put: [
            {
              phoneE164: '+905321234567',
              source: 'internal',
              addedAt: 1,
              addedBy: U.supervisor,
              note: '',
            },
          ],
        },
      }),
      sup.mutation('removeContent', { content: { remove: ['script-1'] } }),
    ]);
    expect(r.rejected.map((x) => [x.seq - sup.seq + 7, x.reason])).toEqual([
      [3, 'forbidden'],
      [5, 'forbidden'],
    ]);
    expect(await count(db, 'rep_targets')).toBe(1);
    expect(await count(db, 'sales_targets')).toBe(1);
    expect(await count(db, 'dnc')).toBe(1);
    const { rows } = await db.query("SELECT 1 FROM content WHERE id = 'script-1'");
    expect(rows).toEqual([]);
    // Supervisor changes are audited.
    const { rows: audited } = await db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE actor_id = $1 AND action IN ('putContent', 'removeContent', 'putDnc')",
      [U.supervisor],
    );
    expect(audited.map((a) => a.action).sort()).toEqual(['putContent', 'putDnc', 'removeContent']);
  });

  it('runs concurrent batches from several desks without losing or doubling anything', async () => {
    const desks = await Promise.all([
      Desk.signIn(world.app, 'agent'),
      Desk.signIn(world.app, 'agent'),
      Desk.signIn(world.app, 'supervisor'),
    ]);
    const acts = desks.map((d) =>
      [0, 1, 2].map(() => activity(L.queue, d === desks[2] ? U.supervisor : U.agent)),
    );
    await Promise.all(
      desks.flatMap((d, i) => {
        const batch = (acts[i] ?? []).map((a) =>
          d.mutation('addNote', {
            leads: [{ id: L.queue, patch: { touches: 5 } }],
            activities: [a],
          }),
        );
        // Each batch sent twice at once.
        return [d.push(batch), d.push(batch)];
      }),
    );
    const { rows } = await db.query<{ n: string }>(
      'SELECT count(*) AS n FROM activities WHERE id = ANY($1::uuid[])',
      [acts.flat().map((a) => a.id)],
    );
    expect(Number(rows[0]?.n)).toBe(9);
  });
});
