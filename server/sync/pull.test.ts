import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Db } from '../db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import {
  activity,
  Desk,
  L,
  lead,
  leadIds,
  leadRow,
  ORG,
  startWorld,
  T0,
  TEAM_A,
  TEAM_B,
  tombstoneIds,
  U,
  type Who,
  type World,
} from '../test/sync-fixture';
import { pruneTombstones } from './retention';
import { insertLeads } from '../seed/demo';
import { decodeCursor, encodeCursor } from './pull';
import { uuidv7 } from '../../shared/domain/ids';
import type { RepTargets } from '../../shared/domain/targets';
import { changeSchema, type Change } from '../../shared/sync/protocol';

describe('decodeCursor', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  const UUID = '0c000000-0000-4000-8000-000000000001';

  it('reads back every cursor the server writes, at the edges of its columns', () => {
    for (const c of [
      { kind: 'c', scope: 'abc', xid: 2n ** 64n - 1n, seq: 2n ** 63n - 1n },
      { kind: 's', scope: 'abc', watermark: 7n, phase: 0, key: UUID },
      { kind: 's', scope: 'abc', watermark: 7n, phase: 2, key: 'script:hunter-cold' },
      { kind: 's', scope: 'abc', watermark: 7n, phase: 5, key: '' },
    ] as const)
      expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });

  it.each([
    ['a seq past bigint', 'c1.abc.1.9223372036854775808'],
    ['a 20-digit seq', 'c1.abc.1.99999999999999999999'],
    ['an xid past xid8', 'c1.abc.18446744073709551616.1'],
    ['a phase past the last', 's1.abc.1.99.'],
    ['a non-UUID key where users are keyed by UUID', `s1.abc.1.0.${b64('not-a-uuid')}`],
    ['a NUL in a text key', `s1.abc.1.2.${b64('a\u0000b')}`],
    ['another shape', 'c2.abc.1.1'],
  ])('refuses %s with a 400', (_what, raw) => {
    expect(() => decodeCursor(raw)).toThrow(expect.objectContaining({ statusCode: 400 }));
  });
});

describe.each(DB_KINDS)('pull on %s', (kind) => {
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

  it('snapshots the caller’s scope with reference data, own leads first, then follows the log', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    const first = await desk.pullPage(1000);
    expect(first.more).toBe(true);
    const kinds = first.changes.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'user')).toHaveLength(6);
    expect(kinds.filter((k) => k === 'team')).toHaveLength(2);
    const leads = first.changes.flatMap((c) => (c.kind === 'lead' ? [c.row.id] : []));
    expect(leads).toEqual([L.own, L.queue]);
    expect(decodeCursor(first.cursor).kind).toBe('c');
    // Nothing changed since: the log is empty, the cursor stays.
    const next = await desk.pullPage();
    expect(next).toMatchObject({ changes: [], more: false });
    // A change in scope arrives; one outside does not.
    const mate = await Desk.signIn(world.app, 'otherAgent');
    await mate.pushOne('addNote', { leadId: L.otherTeam, text: 'b' });
    const sup = await Desk.signIn(world.app, 'supervisor');
    await sup.pushOne('addNote', { leadId: L.queue, text: 'q' });
    const after = await desk.pullAll();
    expect(leadIds(after)).toEqual([L.queue]);
  });

  it('hands a pushed daily talk target back on pull, and a target without one as it was', async () => {
    const sup = await Desk.signIn(world.app, 'supervisor');
    await sup.pullAll();
    const base = { dailyCalls: 70, dailyBookings: 3, monthlyWins: 0, monthlyRevenue: 0 };
    const r = await sup.push([
      sup.mutation('putTargets', { userId: U.agent, ...base, dailyTalkMin: 90 }),
      sup.mutation('putTargets', { userId: U.mate, ...base }),
    ]);
    expect(r.rejected).toEqual([]);
    const targetsIn = (changes: Change[]) =>
      new Map<string, RepTargets>(
        changes.flatMap((c) => {
          const parsed = changeSchema.parse(c);
          return parsed.kind === 'target' ? [[parsed.row.userId, parsed.row] as const] : [];
        }),
      );
    // From the log, to the desk that pushed them, and in a fresh desk's snapshot.
    for (const changes of [
      await sup.pullAll(),
      await (await Desk.signIn(world.app, 'supervisor')).pullAll(),
    ]) {
      const targets = targetsIn(changes);
      expect(targets.get(U.agent)).toMatchObject({ ...base, dailyTalkMin: 90 });
      expect(targets.get(U.mate)).toMatchObject(base);
      expect(Object.keys(targets.get(U.mate)!)).not.toContain('dailyTalkMin');
    }
  });

  it('pages a snapshot in small pages without losing or repeating rows', async () => {
    const extra = Array.from({ length: 23 }, (_, i) =>
      lead(`lead-page-${String(i).padStart(2, '0')}`, ORG, U.agent, TEAM_A),
    );
    await db.transaction((tx) =>
      insertLeads(
        tx,
        ORG,
        extra,
        extra.map((l) => activity(l.id, U.agent)),
      ),
    );
    const desk = await Desk.signIn(world.app, 'agent');
    const all = await desk.pullAll(4);
    const ids = all.flatMap((c) => (c.kind === 'lead' ? [c.row.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([L.own, L.queue, ...extra.map((l) => l.id)].sort());
    // Own leads (all of extra and L.own) come before the team queue.
    expect(ids).toContain(L.queue);
    const ordered = all.flatMap((c) => (c.kind === 'lead' ? [c.row.id] : []));
    expect(ordered.at(-1)).toBe(L.queue);
    const pageHistory = all.filter(
      (c) => c.kind === 'activity' && c.row.leadId.startsWith('lead-page-'),
    );
    expect(pageHistory).toHaveLength(23);
    await db.query("DELETE FROM leads WHERE id LIKE 'lead-page-%'");
  });

  it('sends move-out tombstones to the desks that lose a lead, and its history to those that gain it', async () => {
    const desks = Object.fromEntries(
      await Promise.all(
        (['agent', 'mate', 'otherAgent', 'supervisor', 'admin'] as Who[]).map(async (w) => {
          const d = await Desk.signIn(world.app, w);
          await d.pullAll();
          return [w, d] as const;
        }),
      ),
    ) as Record<'agent' | 'mate' | 'otherAgent' | 'supervisor' | 'admin', Desk>;
    const note = uuidv7();
    await desks.agent.pushOne('addNote', { id: note, leadId: L.queue, text: 'history' });
    await Promise.all(Object.values(desks).map((d) => d.pullAll()));
    // The administrator moves the team-A queue lead to team B's queue.
    const r = await desks.admin.pushOne('reassignLeads', {
      batch: 'to-b',
      to: { kind: 'teamQueue', teamId: TEAM_B },
      leadIds: [L.queue],
    });
    expect(r.rejected).toEqual([]);
    const got = Object.fromEntries(
      await Promise.all(
        Object.entries(desks).map(async ([w, d]) => [w, await d.pullAll()] as const),
      ),
    );
    expect(tombstoneIds(got.agent ?? [])).toEqual([L.queue]);
    expect(tombstoneIds(got.mate ?? [])).toEqual([L.queue]);
    expect(tombstoneIds(got.supervisor ?? [])).toEqual([L.queue]);
    expect(leadIds(got.supervisor ?? [])).toEqual([]);
    expect(leadIds(got.otherAgent ?? [])).toEqual([L.queue]);
    expect(tombstoneIds(got.otherAgent ?? [])).toEqual([]);
    const history = (got.otherAgent ?? []).filter((c) => c.kind === 'activity');
    expect(history.map((c) => (c.kind === 'activity' ? c.row.id : ''))).toContain(note);
    expect(leadIds(got.admin ?? [])).toEqual([L.queue]);
    expect(tombstoneIds(got.admin ?? [])).toEqual([]);
    // And back: the lead returns to team A and team B loses it.
    await desks.admin.pushOne('reassignLeads', {
      batch: 'to-a',
      to: { kind: 'teamQueue', teamId: TEAM_A },
      leadIds: [L.queue],
    });
    expect(leadIds(await desks.agent.pullAll())).toEqual([L.queue]);
    expect(tombstoneIds(await desks.otherAgent.pullAll())).toEqual([L.queue]);
    // The reassignment is in the audit log.
    const { rows } = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'reassignLeads' AND actor_id = $1",
      [U.admin],
    );
    expect(Number(rows[0]?.n)).toBe(2);
  });

  it('keeps sending an agent their own activities on a lead that moved away (a booked meeting)', async () => {
    const id = 'lead-booked';
    await db.transaction((tx) => insertLeads(tx, ORG, [lead(id, ORG, U.agent, TEAM_A)], []));
    const agent = await Desk.signIn(world.app, 'agent');
    await agent.pullAll();
    const admin = await Desk.signIn(world.app, 'admin');
    const adminNote = uuidv7();
    await admin.pushOne('addNote', { id: adminNote, leadId: id, text: 'from the office' });
    const call = uuidv7();
    const r = await agent.pushOne('handOff', {
      id: call,
      leadId: id,
      closerId: U.closer,
      meetingAt: T0 + 86_400_000,
      note: 'demo on Tuesday',
    });
    expect(r.rejected).toEqual([]);
    const activityIds = (changes: Change[]) =>
      changes.flatMap((c) => (c.kind === 'activity' && c.row.leadId === id ? [c.row.id] : []));
    try {
      // The lead leaves the hunter's desk; their call and its stage change come after the
      // tombstone (the desk deletes the lead's history on a tombstone), the office's note does not.
      const after = await agent.pullAll();
      expect(tombstoneIds(after)).toEqual([id]);
      const gone = after.findIndex((c) => c.kind === 'tombstone' && c.id === id);
      const own = after.flatMap((c, i) =>
        c.kind === 'activity' && c.row.leadId === id ? [{ i, agentId: c.row.agentId }] : [],
      );
      expect(own.length).toBe(2);
      for (const a of own) {
        expect(a.i).toBeGreaterThan(gone);
        expect(a.agentId).toBe(U.agent);
      }
      expect(activityIds(after)).toContain(call);
      expect(activityIds(after)).not.toContain(adminNote);
      // A fresh desk of the hunter (a new PC, a re-snapshot) gets them too, without the lead.
      const fresh = await (await Desk.signIn(world.app, 'agent')).pullAll();
      expect(leadIds(fresh)).not.toContain(id);
      expect(activityIds(fresh).sort()).toEqual(activityIds(after).sort());
      // Another hunter of the team sees neither the lead nor the call.
      expect(activityIds(await (await Desk.signIn(world.app, 'mate')).pullAll())).toEqual([]);
      // The closer who holds the lead now has its whole history.
      const closer = activityIds(await (await Desk.signIn(world.app, 'closer')).pullAll());
      expect(closer).toEqual(expect.arrayContaining([call, adminNote]));
    } finally {
      await db.query('DELETE FROM leads WHERE id = $1', [id]);
    }
  });

  it('tells a desk to re-snapshot when its cursor is older than tombstone retention', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    await desk.pullAll();
    const admin = await Desk.signIn(world.app, 'admin');
    const to = (userId: string) => ({ kind: 'agent' as const, userId, teamId: TEAM_A });
    await admin.pushOne('reassignLeads', { batch: 'x', to: to(U.mate), leadIds: [L.own] });
    await admin.pushOne('reassignLeads', { batch: 'y', to: to(U.agent), leadIds: [L.own] });
    expect(await pruneTombstones(db, -60_000)).toBeGreaterThan(0);
    const page = await desk.pullPage();
    expect(page).toMatchObject({ resnapshot: true, changes: [], more: true });
    const again = await desk.pullAll();
    expect(leadIds(again)).toEqual([L.own, L.queue].sort());
  });

  it('tells a desk to re-snapshot when its user moved to another team', async () => {
    const desk = await Desk.signIn(world.app, 'mate');
    await desk.pullAll();
    await db.query('UPDATE users SET team_id = $2 WHERE id = $1', [U.mate, TEAM_B]);
    try {
      const page = await desk.pullPage();
      expect(page.resnapshot).toBe(true);
      // Still the owner of their lead; team A's queue is no longer theirs.
      expect(leadIds(await desk.pullAll())).toEqual([L.mates]);
    } finally {
      await db.query('UPDATE users SET team_id = $2 WHERE id = $1', [U.mate, TEAM_A]);
    }
  });

  it('refuses a forged cursor with 400', async () => {
    const desk = await Desk.signIn(world.app, 'agent');
    for (const cursor of ['garbage', 'c1.x.1', 'c1.x.-1.2', 's1.a.1.99.x']) {
      const res = await desk.request('POST', '/api/sync/pull', { cursor, limit: 10 });
      expect(res.statusCode, cursor).toBe(400);
      expect(res.json().error).toBe('invalidRequest');
    }
  });

  it.runIf(kind === 'postgres')(
    'never skips a row whose transaction committed after a later one (out-of-order commits)',
    async () => {
      const desk = await Desk.signIn(world.app, 'supervisor');
      await desk.pullAll();
      // Team B's agent: T2's row is not in their scope.
      const other = await Desk.signIn(world.app, 'otherAgent');
      await other.pullAll();
      const t1 = new pg.Client({ connectionString: testDb.url ?? '' });
      await t1.connect();
      try {
        // T1 starts and writes first…
        await t1.query('BEGIN');
        await t1.query(
          `UPDATE leads SET data = jsonb_set(data, '{notes}', '"from T1"') WHERE id = $1`,
          [L.mates],
        );
        // …T2 writes and commits (a push through the API)…
        const agent = await Desk.signIn(world.app, 'agent');
        await agent.pushOne('addNote', { leadId: L.own, text: 'from T2' });
        // …a pull runs: T1 is still open, so nothing after it may be passed. The page says so,
        // as T1's end will poke nobody; a desk that cannot see T2's row is not told.
        const during = await desk.pullPage();
        expect(leadIds(during.changes)).toEqual([]);
        expect(during).toMatchObject({ more: false, heldBack: true });
        expect(await other.pullPage()).not.toHaveProperty('heldBack');
        // …then T1 commits: the next pull has T1's row (and T2's), and nothing is held.
        await t1.query('COMMIT');
        const page = await desk.pullPage();
        expect(page).not.toHaveProperty('heldBack');
        const after = [...page.changes, ...(page.more ? await desk.pullAll() : [])];
        expect(leadIds(after)).toEqual([L.own, L.mates].sort());
        const mates = after.find((c) => c.kind === 'lead' && c.row.id === L.mates);
        expect(mates?.kind === 'lead' && mates.row.notes).toBe('from T1');
      } finally {
        await t1.query('ROLLBACK').catch(() => undefined);
        await t1.end();
      }
    },
  );

  it('serves every row exactly once in order under concurrent writers (log never skips)', async () => {
    const reader = await Desk.signIn(world.app, 'admin');
    await reader.pullAll();
    const writers = await Promise.all(
      ['agent', 'mate', 'supervisor'].map((w) => Desk.signIn(world.app, w as Who)),
    );
    const target: Record<string, string> = { agent: L.own, mate: L.mates, supervisor: L.queue };
    // Each writer appends 15 notes to one lead: the reader must end up with all of them.
    const lines = (notes: string) => (notes ? notes.split('\n').length : 0);
    const expected = new Map<string, number>();
    const seen = new Map<string, number>();
    const names = ['agent', 'mate', 'supervisor'];
    let writing = true;
    const pulling = (async () => {
      while (writing) {
        for (const c of await reader.pullAll(7)) {
          if (c.kind === 'lead')
            seen.set(c.row.id, Math.max(seen.get(c.row.id) ?? 0, lines(c.row.notes)));
        }
      }
    })();
    await Promise.all(
      writers.map(async (w, i) => {
        const id = target[names[i] ?? ''] ?? '';
        const before = lines((await leadRow(db, id))?.notes ?? '');
        for (let n = 1; n <= 15; n++) await w.pushOne('addNote', { leadId: id, text: `n${n}` });
        expected.set(id, before + 15);
      }),
    );
    writing = false;
    await pulling;
    for (const c of await reader.pullAll()) {
      if (c.kind === 'lead')
        seen.set(c.row.id, Math.max(seen.get(c.row.id) ?? 0, lines(c.row.notes)));
    }
    for (const [id, touches] of expected) expect(seen.get(id), id).toBe(touches);
  });
});
