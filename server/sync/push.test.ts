// Push as a desk meets it: exactly once per client seq, seqs strictly increasing, one transaction
// per batch, last write wins per field in arrival order, conditions on stage and owner, scope,
// roles and another organisation's ids, the audit log, disabling people, and the set-based write.
// The verb-by-verb matrix is push-verbs.test.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../db/db';
import { insertLeads } from '../seed/demo';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import {
  count,
  Desk,
  EMAIL,
  L,
  lead,
  leadRow,
  ORG,
  PASSWORD,
  protocol,
  startWorld,
  T0,
  TEAM_A,
  TEAM_B,
  TEAM_X,
  tombstoneIds,
  leadIds,
  U,
  type World,
} from '../test/sync-fixture';
import { activitiesOf, freshPhone, seedLead, storedRows } from '../test/sync-rows';
import { contentRowSchema } from '../../shared/domain/content';
import { leadIdSchema, teamIdSchema, userIdSchema, uuidv7 } from '../../shared/domain/ids';
import type { Mutation } from '../../shared/sync/protocol';
import { push } from './push/index';
import type { Caller } from './scope';

const DAY = 86_400_000;
const LATER = T0 + 30 * DAY;
const yes = { met: true, note: '' };
const ALL_MET = { budget: yes, authority: yes, need: yes, timeline: yes };
const meeting = { at: LATER, closerId: U.closer, bookedBy: U.agent, bookedAt: T0, note: '' };

const card = (id: string) =>
  contentRowSchema.parse({
    id,
    kind: 'objection',
    data: {
      id,
      category: 'price',
      title: { en: 'Too dear' },
      objection: { en: 'It costs too much' },
      responses: { en: ['Compare it with the cost of waiting'] },
    },
  });

const contact = (name: string) => ({
  name,
  company: '',
  phones: [],
  email: null,
  country: null,
  timezone: null,
  source: null,
  notes: '',
  custom: {},
});

/** A Db that counts the statements run inside its transactions. */
function counting(db: Db): { db: Db; statements: () => number } {
  let n = 0;
  const counted = (q: Queryable): Queryable => ({
    query<R>(sql: string, params?: readonly unknown[]) {
      n++;
      return q.query<R>(sql, params);
    },
  });
  return {
    db: {
      kind: db.kind,
      location: db.location,
      query: <R>(sql: string, params?: readonly unknown[]) => db.query<R>(sql, params),
      transaction: (fn) => db.transaction((tx) => fn(counted(tx))),
      listen: (channel, onNotify, onReconnect) => db.listen(channel, onNotify, onReconnect),
      close: () => db.close(),
    },
    statements: () => n,
  };
}

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

  const notesOf = async (id: string) => (await leadRow(db, id))?.notes;

  it('applies a batch once: the same batch again, or overlapping, has no second effect and the same answer', async () => {
    const desk = await Desk.signIn(world, 'agent');
    const own = await seedLead(db, { ownerId: U.agent, teamId: TEAM_A });
    const m1 = desk.mutation('addNote', { leadId: own.id, text: 'first' });
    const m2 = desk.mutation('addNote', { leadId: L.otherTeam, text: 'not mine' });
    const m3 = desk.mutation('addNote', { leadId: own.id, text: 'second' });
    const answer = await desk.push([m1, m2, m3]);
    expect(answer).toEqual({
      ackedSeq: m3.seq,
      rejected: [{ seq: m2.seq, reason: 'outOfScope', detail: expect.any(String) }],
    });
    // The answer was lost; the desk sends the batch again.
    expect(await desk.push([m1, m2, m3])).toEqual(answer);
    // Overlapping: 3 again, and a new 4.
    const m4 = desk.mutation('addNote', { leadId: own.id, text: 'third' });
    expect(await desk.push([m3, m4])).toEqual({ ackedSeq: m4.seq, rejected: [] });
    expect(await notesOf(own.id)).toBe('first\nsecond\nthird');
    expect((await activitiesOf(db, own.id)).map((a) => a.note)).toEqual([
      'first',
      'second',
      'third',
    ]);
    expect(await notesOf(L.otherTeam)).toBe('');
  });

  it('stores an activity id once: a later mutation, or a later one in the batch, with the same id adds no row', async () => {
    const desk = await Desk.signIn(world, 'agent');
    const own = await seedLead(db, { ownerId: U.agent, teamId: TEAM_A });
    const id = uuidv7();
    await desk.push([desk.mutation('addNote', { id, leadId: own.id, text: 'original' })]);
    const again = await desk.push([desk.mutation('addNote', { id, leadId: own.id, text: 'copy' })]);
    expect(again.rejected).toEqual([]);
    const twin = uuidv7();
    await desk.push([
      desk.mutation('addNote', { id: twin, leadId: own.id, text: 'one' }),
      desk.mutation('addNote', { id: twin, leadId: own.id, text: 'two' }),
    ]);
    expect((await activitiesOf(db, own.id)).map((a) => [a.id, a.note])).toEqual([
      [id, 'original'],
      [twin, 'one'],
    ]);
  });

  it('a seq gap is fine; an already-applied seq in a new batch is skipped', async () => {
    const desk = await Desk.signIn(world, 'agent');
    const own = await seedLead(db, { ownerId: U.agent, teamId: TEAM_A });
    const r = await desk.push([desk.mutation('addNote', { leadId: own.id, text: 'ten' }, {}, 10)]);
    expect(r).toEqual({ ackedSeq: 10, rejected: [] });
    const stale = desk.mutation('addNote', { leadId: own.id, text: 'five' }, {}, 5);
    expect(await desk.push([stale])).toEqual({ ackedSeq: 10, rejected: [] });
    expect(await notesOf(own.id)).toBe('ten');
  });

  it('keeps a batch together: a refused mutation leaves no trace, the rest applies, later ones see earlier ones', async () => {
    const desk = await Desk.signIn(world, 'agent');
    const queued = await seedLead(db, { ownerId: null, teamId: TEAM_A });
    const own = await seedLead(db, { ownerId: U.agent, teamId: TEAM_A });
    const take = await desk.honest('setDisposition', {
      leadId: queued.id,
      disposition: 'noAnswer',
    });
    // Qualifying relies on the stage 'lead'; another device of the agent loses the lead first.
    const stale = await desk.honest('qualify', { leadId: own.id, bant: ALL_MET });
    const again = desk.mutation('setDisposition', { leadId: queued.id, disposition: 'busy' });
    const other = await Desk.signIn(world, 'agent');
    await other.pushOne('setDisposition', { leadId: own.id, disposition: 'wrongNumber' });
    const lostRow = await leadRow(db, own.id);
    const lostHistory = await activitiesOf(db, own.id);

    const r = await desk.push([take, stale, again]);
    expect(r).toEqual({
      ackedSeq: again.seq,
      rejected: [{ seq: stale.seq, reason: 'stageChanged', detail: expect.any(String) }],
    });
    expect(await leadRow(db, own.id)).toEqual(lostRow);
    expect(await activitiesOf(db, own.id)).toEqual(lostHistory);
    // The second call saw the first: the lead is the agent's, with two unanswered attempts.
    expect(await leadRow(db, queued.id)).toMatchObject({ ownerId: U.agent, attempts: 2 });
    expect((await activitiesOf(db, queued.id)).map((a) => a.disposition)).toEqual([
      'noAnswer',
      'busy',
    ]);
  });

  it('last write wins per field in arrival order, whatever the desks’ clocks say', async () => {
    const l = await seedLead(db, { ownerId: null, teamId: TEAM_A });
    const agent = await Desk.signIn(world, 'agent');
    const sup = await Desk.signIn(world, 'supervisor');
    // The supervisor's desk edited first (earlier clock) but its edit reaches the server last.
    const late = sup.mutation('editContact', {
      leadId: l.id,
      name: 'Sup name',
      company: 'Sup co',
      phone: '',
      email: '',
      timezone: null,
      at: T0 + 1,
    });
    await agent.push([
      agent.mutation('editContact', {
        leadId: l.id,
        name: 'Agent name',
        company: 'Agent co',
        phone: '',
        email: 'buyer@agent.example',
        timezone: 'Asia/Riyadh',
        at: T0 + 500,
      }),
      agent.mutation('setDisposition', { leadId: l.id, disposition: 'noAnswer', at: T0 + 600 }),
    ]);
    expect((await sup.push([late])).rejected).toEqual([]);
    expect(await leadRow(db, l.id)).toMatchObject({
      // Every field of the supervisor's edit, the last to arrive…
      name: 'Sup name',
      company: 'Sup co',
      email: null,
      timezone: null,
      updatedAt: T0 + 1,
      // …and what only the agent's call set.
      ownerId: U.agent,
      attempts: 1,
      nextCallKind: 'retry',
    });
  });

  it('refuses a mutation whose stage or owner moved meanwhile, with no effect at all; a resend gets the same answer', async () => {
    const closer = await Desk.signIn(world, 'closer');
    const sup = await Desk.signIn(world, 'supervisor');
    const booked = await seedLead(
      db,
      { ownerId: U.closer, teamId: TEAM_A },
      { stage: 'meetingScheduled', meeting },
    );
    const owned = await seedLead(db, { ownerId: U.agent, teamId: TEAM_A });
    const lose = await closer.honest('closeLost', { leadId: booked.id, reason: 'price' });
    const requeue = await sup.honest('reassignLeads', {
      batch: 'requeue',
      to: { kind: 'teamQueue', teamId: TEAM_A },
      leadIds: [owned.id],
    });
    // Meanwhile: the closer's other device sends the proposal; the administrator gives the
    // agent's lead to a teammate (still in the supervisor's team).
    await (
      await Desk.signIn(world, 'closer')
    ).pushOne('sendProposal', { leadId: booked.id, productId: 'p', amount: 10, currency: 'SAR' });
    await (
      await Desk.signIn(world, 'admin')
    ).pushOne('reassignLeads', {
      batch: 'to-mate',
      to: { kind: 'agent', userId: U.mate, teamId: TEAM_A },
      leadIds: [owned.id],
    });
    const before = await storedRows(db);

    const lost = await closer.push([lose]);
    const moved = await sup.push([requeue]);
    expect(lost).toEqual({
      ackedSeq: lose.seq,
      rejected: [{ seq: lose.seq, reason: 'stageChanged', detail: expect.any(String) }],
    });
    expect(moved).toEqual({
      ackedSeq: requeue.seq,
      rejected: [{ seq: requeue.seq, reason: 'ownerChanged', detail: expect.any(String) }],
    });
    expect(await storedRows(db)).toEqual(before);
    // Resending (the first answer was lost) gives the same answer again.
    expect(await closer.push([lose])).toEqual(lost);
    expect(await sup.push([requeue])).toEqual(moved);
    expect(await storedRows(db)).toEqual(before);
  });

  it('hands a lead off: the closer owns it with the meeting, the call is kept, the hunter loses it', async () => {
    const hunter = await Desk.signIn(world, 'mate');
    const closer = await Desk.signIn(world, 'closer');
    const l = await seedLead(db, { ownerId: U.mate, teamId: TEAM_A });
    await hunter.pullAll();
    await closer.pullAll();
    const r = await hunter.push([
      await hunter.honest('handOff', { leadId: l.id, closerId: U.closer, meetingAt: LATER }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(await leadRow(db, l.id)).toMatchObject({
      ownerId: U.closer,
      stage: 'meetingScheduled',
      meeting: { closerId: U.closer, at: LATER, bookedBy: U.mate },
    });
    expect((await activitiesOf(db, l.id)).map((a) => [a.type, a.agentId])).toEqual([
      ['call', U.mate],
      ['stageChange', U.mate],
    ]);
    expect(tombstoneIds(await hunter.pullAll())).toEqual([l.id]);
    expect(leadIds(await closer.pullAll())).toEqual([l.id]);
    // Out of the hunter's scope now: a further change is refused.
    const late = await hunter.pushOne('addNote', { leadId: l.id, text: 'x' });
    expect(late.rejected.map((x) => x.reason)).toEqual(['outOfScope']);
  });

  it("refuses leads outside the scope, another organisation's and missing leads, and calls in another agent's name", async () => {
    const desk = await Desk.signIn(world, 'agent');
    const own = await seedLead(db, { ownerId: U.agent, teamId: TEAM_A });
    const before = await storedRows(db);
    const r = await desk.push([
      desk.mutation('addNote', { leadId: L.otherTeam, text: 'x' }),
      desk.mutation('addNote', { leadId: L.mates, text: 'x' }),
      desk.mutation('addNote', { leadId: L.otherOrg, text: 'x' }),
      desk.mutation('addNote', { leadId: 'no-such-lead', text: 'x' }),
      await desk.honest('setDisposition', { leadId: own.id, disposition: 'busy' }, (e) => ({
        ...e,
        activities: (e.activities ?? []).map((a) => ({
          ...a,
          agentId: userIdSchema.parse(U.mate),
        })),
      })),
    ]);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'outOfScope',
      'outOfScope',
      'leadNotFound',
      'leadNotFound',
      'forbidden',
    ]);
    // The conditions a desk claims tell it nothing about a lead outside its scope: right or
    // wrong, about its stage or its owner, the answer is the same.
    const probe = (leadId: string, expect: { stage?: 'lead' | 'won'; ownerId?: string | null }) =>
      desk.mutation(
        'addNote',
        { leadId, text: 'x' },
        {
          leads: [
            {
              id: leadIdSchema.parse(leadId),
              expect: {
                ...(expect.stage ? { stage: expect.stage } : {}),
                ...(expect.ownerId !== undefined
                  ? { ownerId: expect.ownerId === null ? null : userIdSchema.parse(expect.ownerId) }
                  : {}),
              },
            },
          ],
        },
      );
    const probes = await desk.push([
      probe(L.otherTeam, { stage: 'won' }),
      probe(L.otherTeam, { stage: 'lead' }),
      probe(L.otherTeam, { ownerId: U.mate }),
      probe(L.otherTeam, { ownerId: U.otherAgent }),
      probe(L.otherTeam, { ownerId: null }),
      probe(L.mates, { stage: 'won' }),
      probe(L.mates, { stage: 'lead' }),
      probe(L.mates, { ownerId: U.otherAgent }),
      probe(L.mates, { ownerId: U.mate }),
    ]);
    expect(probes.rejected.map((x) => x.reason)).toEqual(Array(9).fill('outOfScope'));
    expect(new Set(probes.rejected.map((x) => x.detail.replace(L.mates, L.otherTeam))).size).toBe(
      1,
    );
    // The one conflict told: a desk that relied on the lead being its own, or in its team's
    // queue, hears that the owner changed (it had the lead; now it is someone else's).
    const relied = await desk.push([
      probe(L.mates, { ownerId: null }),
      probe(L.mates, { ownerId: U.agent }),
    ]);
    expect(relied.rejected.map((x) => x.reason)).toEqual(['ownerChanged', 'ownerChanged']);
    expect(await storedRows(db)).toEqual(before);
  });

  it('refuses supervisor and administrator verbs from an agent, and effects smuggled into its own verbs', async () => {
    const desk = await Desk.signIn(world, 'agent');
    const own = await seedLead(db, { ownerId: U.agent, teamId: TEAM_A });
    const before = await storedRows(db);
    const r = await desk.push([
      desk.mutation('putContent', { row: card('c1'), isNew: true }),
      desk.mutation('reassignLeads', {
        batch: 'b',
        to: { kind: 'agent', userId: U.mate, teamId: TEAM_A },
        leadIds: [own.id],
      }),
      desk.mutation('putUser', {
        user: { ...desk.session.user, roles: ['hunter', 'admin'] },
        isNew: false,
      }),
      desk.mutation('importLeads', {
        importId: 'i',
        listName: 'l',
        fileName: 'f',
        part: 1,
        priority: 1,
        leads: [{ id: 'lead-by-agent', contact: contact('x'), ownerId: U.agent, teamId: TEAM_A }],
      }),
      desk.mutation('putDnc', { source: 'internal', phoneE164: freshPhone() }),
      desk.mutation('putTeam', {
        team: { id: randomUUID(), name: { en: 'Mine' }, supervisorId: null },
        isNew: true,
      }),
      // Content, or another team, smuggled into a note.
      await desk.honest('addNote', { leadId: own.id, text: 'x' }, (e) => ({
        ...e,
        content: { put: [card('c2')] },
      })),
      await desk.honest('addNote', { leadId: own.id, text: 'x' }, (e) => ({
        ...e,
        leads: (e.leads ?? []).map((l) => ({
          ...l,
          patch: { ...l.patch, teamId: teamIdSchema.parse(TEAM_B) },
        })),
      })),
    ]);
    expect(r.rejected.map((x) => x.reason)).toEqual(Array(8).fill('forbidden'));
    expect(await storedRows(db)).toEqual(before);
  });

  it("imports into the supervisor's team, leaves an id the server has as it is, refuses another team", async () => {
    const sup = await Desk.signIn(world, 'supervisor');
    const existing = await leadRow(db, L.queue);
    const fresh = `lead-imported-${randomUUID()}`;
    const part = (id: string, teamId: string) => ({
      importId: 'imp',
      listName: 'Fair',
      fileName: 'fair.csv',
      part: 1,
      priority: 3,
      leads: [{ id, contact: contact('Imported'), ownerId: null, teamId }],
    });
    const r = await sup.push([
      sup.mutation('importLeads', part(fresh, TEAM_A)),
      sup.mutation('importLeads', part(L.queue, TEAM_A)),
      sup.mutation('importLeads', part(`lead-into-b-${randomUUID()}`, TEAM_B)),
    ]);
    expect(r.rejected.map((x) => [x.seq - sup.seq + 3, x.reason])).toEqual([[3, 'outOfScope']]);
    expect(await leadRow(db, fresh)).toMatchObject({
      organisationId: ORG,
      name: 'Imported',
      ownerId: null,
      teamId: TEAM_A,
      listName: 'Fair',
      priority: 3,
    });
    expect(await leadRow(db, L.queue)).toEqual(existing);
    const { rows } = await db.query("SELECT 1 FROM leads WHERE id LIKE 'lead-into-b-%'");
    expect(rows).toEqual([]);
  });

  it('answers 400 with a reason and writes nothing for a malformed batch', async () => {
    const desk = await Desk.signIn(world, 'agent');
    const own = await seedLead(db, { ownerId: U.agent, teamId: TEAM_A });
    const good = desk.mutation('addNote', { leadId: own.id, text: 'never' });
    const before = await storedRows(db);
    const cursors = await count(db, 'client_cursors');
    const cases: [string, unknown][] = [
      ['client id', { clientId: 'not-a-uuid', mutations: [good] }],
      ['no mutations', { clientId: desk.clientId, mutations: [] }],
      ['seqs not increasing', { clientId: desk.clientId, mutations: [good, { ...good }] }],
      ['seqs going back', { clientId: desk.clientId, mutations: [{ ...good, seq: 9 }, good] }],
      ['unknown verb', { clientId: desk.clientId, mutations: [{ ...good, name: 'dropTables' }] }],
      [
        'malformed effects',
        {
          clientId: desk.clientId,
          mutations: [{ ...good, effects: { leads: [{ id: own.id, patch: { stage: 'bogus' } }] } }],
        },
      ],
      [
        'malformed activity',
        {
          clientId: desk.clientId,
          mutations: [{ ...good, effects: { activities: [{ id: 'x' }] } }],
        },
      ],
      ['schema version', { clientId: desk.clientId, mutations: [{ ...good, schemaVersion: 0 }] }],
    ];
    for (const [what, payload] of cases) {
      const res = await desk.request('POST', '/api/sync/push', payload);
      expect(res.statusCode, what).toBe(400);
      expect(res.json(), what).toMatchObject({
        error: 'invalidRequest',
        message: expect.any(String),
      });
    }
    expect(await storedRows(db)).toEqual(before);
    expect(await count(db, 'client_cursors')).toBe(cursors);
  });

  it('keeps content, targets, sales targets and do-not-call numbers within the supervisor’s rights, audited with their arguments', async () => {
    const sup = await Desk.signIn(world, 'supervisor');
    const phone = freshPhone();
    const targets = { dailyCalls: 90, dailyBookings: 3, monthlyWins: 0, monthlyRevenue: 0 };
    const put = sup.mutation('putContent', { row: card('script-1'), isNew: true });
    const mine = sup.mutation('putTargets', { userId: U.agent, ...targets });
    const theirs = sup.mutation('putTargets', { userId: U.otherAgent, ...targets });
    const team = sup.mutation('putSalesTarget', {
      teamId: TEAM_A,
      month: '2026-12',
      revenue: 1000,
      wins: 3,
    });
    const org = sup.mutation('putSalesTarget', {
      teamId: null,
      month: '2026-12',
      revenue: 1000,
      wins: 3,
    });
    const dnc = sup.mutation('putDnc', { source: 'internal', phoneE164: phone, note: 'asked' });
    // Later in the batch, the removal sees the card the batch added.
    const removal = sup.mutation('removeContent', { id: 'script-1' });
    const r = await sup.push([put, mine, theirs, team, org, dnc, removal]);
    expect(r.rejected.map((x) => [x.seq, x.reason])).toEqual([
      [theirs.seq, 'forbidden'],
      [org.seq, 'forbidden'],
    ]);
    const { rows: repTargets } = await db.query<{ user_id: string }>(
      'SELECT user_id FROM rep_targets WHERE user_id = ANY($1::uuid[])',
      [[U.agent, U.otherAgent]],
    );
    expect(repTargets.map((t) => t.user_id)).toEqual([U.agent]);
    const { rows: sales } = await db.query<{ id: string }>(
      "SELECT id FROM sales_targets WHERE data->>'month' = '2026-12'",
    );
    expect(sales.map((t) => t.id)).toEqual([`${TEAM_A}:2026-12`]);
    const { rows: listed } = await db.query<{ data: unknown }>(
      'SELECT data FROM dnc WHERE phone_e164 = $1',
      [phone],
    );
    expect(listed.map((x) => x.data)).toEqual([
      {
        phoneE164: phone,
        source: 'internal',
        addedAt: T0 + dnc.seq,
        addedBy: U.supervisor,
        note: 'asked',
      },
    ]);
    const { rows: kept } = await db.query("SELECT 1 FROM content WHERE id = 'script-1'");
    expect(kept).toEqual([]);
    const { rows: audited } = await db.query<{
      action: string;
      detail: { seq: number; args: Record<string, unknown> };
    }>(
      `SELECT action, detail FROM audit_log WHERE actor_id = $1 AND detail->>'clientId' = $2
        ORDER BY (detail->>'seq')::int`,
      [U.supervisor, sup.clientId],
    );
    expect(audited.map((a) => [a.action, a.detail.seq])).toEqual([
      ['putContent', put.seq],
      ['putTargets', mine.seq],
      ['putSalesTarget', team.seq],
      ['putDnc', dnc.seq],
      ['removeContent', removal.seq],
    ]);
    expect(audited[3]?.detail.args).toMatchObject({
      source: 'internal',
      phoneE164: phone,
      note: 'asked',
    });
  });

  it("audits a reassignment with who moved from whom to whom and long lists by count, not an agent's own calls", async () => {
    const sup = await Desk.signIn(world, 'supervisor');
    const agent = await Desk.signIn(world, 'agent');
    const l = await seedLead(db, { ownerId: U.agent, teamId: TEAM_A });
    const call = await agent.pushOne('setDisposition', { leadId: l.id, disposition: 'noAnswer' });
    expect(call.rejected).toEqual([]);
    const move = await sup.pushOne('reassignLeads', {
      batch: 'to-mate',
      to: { kind: 'agent', userId: U.mate, teamId: TEAM_A },
      leadIds: [l.id],
    });
    expect(move.rejected).toEqual([]);
    const rows25 = Array.from({ length: 25 }, () => ({
      id: `lead-bulk-${randomUUID()}`,
      contact: contact('Bulk'),
      ownerId: null,
      teamId: TEAM_A,
    }));
    const bulk = await sup.pushOne('importLeads', {
      importId: 'bulk',
      listName: 'Bulk',
      fileName: 'bulk.csv',
      part: 1,
      priority: 1,
      leads: rows25,
    });
    expect(bulk.rejected).toEqual([]);
    const { rows } = await db.query<{
      actor_id: string;
      action: string;
      subject: string | null;
      detail: { args: Record<string, unknown>; moves: unknown[]; leads: number };
    }>(
      `SELECT actor_id, action, subject, detail FROM audit_log
        WHERE detail->>'clientId' = ANY($1::text[]) ORDER BY id`,
      [[agent.clientId, sup.clientId]],
    );
    expect(rows.map((x) => [x.actor_id, x.action])).toEqual([
      [U.supervisor, 'reassignLeads'],
      [U.supervisor, 'importLeads'],
    ]);
    expect(rows[0]).toMatchObject({
      subject: l.id,
      detail: {
        args: { batch: 'to-mate', leadIds: [l.id] },
        moves: [{ id: l.id, from: [U.agent, TEAM_A], to: [U.mate, TEAM_A] }],
      },
    });
    expect(rows[1]?.detail).toMatchObject({ args: { leads: { count: 25 } }, leads: 25 });
  });

  it('ends every session of a person an administrator disables through putUser, and lets them back when enabled', async () => {
    const victim = await Desk.signIn(world, 'closer');
    const admin = await Desk.signIn(world, 'admin');
    const pull = () => victim.request('POST', '/api/sync/pull', { cursor: null, limit: 1 });
    expect((await pull()).statusCode).toBe(200);
    const user = victim.session.user;
    const off = await admin.push([
      await admin.honest('putUser', { user: { ...user, disabled: true }, isNew: false }),
    ]);
    expect(off.rejected).toEqual([]);
    const next = await pull();
    expect(next.statusCode).toBe(401);
    expect(next.json().error).toBe('sessionEnded');
    const signIn = () =>
      world.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: protocol,
        payload: { email: EMAIL.closer, password: PASSWORD, clientId: randomUUID() },
      });
    expect((await signIn()).statusCode).toBe(403);
    const on = await admin.push([
      await admin.honest('putUser', { user: { ...user, disabled: false }, isNew: false }),
    ]);
    expect(on.rejected).toEqual([]);
    expect((await signIn()).statusCode).toBe(200);
  });

  it("refuses another organisation's ids wherever a verb names one, and changes nothing", async () => {
    const admin = await Desk.signIn(world, 'admin');
    const queued = await seedLead(db, { ownerId: null, teamId: TEAM_A });
    const person = {
      id: randomUUID(),
      displayName: 'P',
      email: `p.${randomUUID()}@org.example`,
      roles: ['hunter' as const],
      teamId: TEAM_X,
      locale: 'en' as const,
      dailyCallTarget: 0,
      dailyBookingTarget: 0,
    };
    const edit = {
      name: 'X',
      company: '',
      phone: '',
      email: '',
      timezone: null,
    };
    const before = await storedRows(db);
    const r = await admin.push([
      admin.mutation('putUser', { user: { ...person, id: U.foreignAdmin }, isNew: false }),
      admin.mutation('putUser', { user: person, isNew: true }),
      admin.mutation('putTeam', {
        team: { id: TEAM_X, name: { en: 'Taken' }, supervisorId: null },
        isNew: false,
      }),
      admin.mutation('importLeads', {
        importId: 'i',
        listName: 'l',
        fileName: 'f',
        part: 1,
        priority: 1,
        leads: [{ id: L.otherOrg, contact: contact('x'), ownerId: null, teamId: TEAM_A }],
      }),
      admin.mutation('reassignLeads', {
        batch: 'x',
        to: { kind: 'agent', userId: U.foreignAdmin, teamId: TEAM_X },
        leadIds: [queued.id],
      }),
      admin.mutation('reassignLeads', {
        batch: 'x',
        to: { kind: 'teamQueue', teamId: TEAM_X },
        leadIds: [queued.id],
      }),
      admin.mutation('putTargets', {
        userId: U.foreignAdmin,
        dailyCalls: 1,
        dailyBookings: 1,
        monthlyWins: 1,
        monthlyRevenue: 1,
      }),
      admin.mutation('putSalesTarget', { teamId: TEAM_X, month: '2026-12', revenue: 1, wins: 1 }),
      admin.mutation('addNote', { leadId: L.otherOrg, text: 'x' }),
      admin.mutation('editContact', { leadId: L.otherOrg, ...edit }),
    ]);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      ...Array(8).fill('invalid'),
      'leadNotFound',
      'leadNotFound',
    ]);
    expect(await storedRows(db)).toEqual(before);
  });

  it('writes set-based: a batch of 200 calls takes as many statements as a batch of 2', async () => {
    const leads = Array.from({ length: 202 }, (_, i) =>
      lead(`lead-bulk-call-${i}-${randomUUID()}`, ORG, U.agent, TEAM_A),
    );
    await db.transaction((tx) => insertLeads(tx, ORG, leads));
    const desk = await Desk.signIn(world, 'agent');
    const caller: Caller = {
      userId: U.agent,
      organisationId: ORG,
      teamId: TEAM_A,
      roles: ['hunter'],
      sessionId: '',
      clientId: desk.clientId,
    };
    const calls = (from: number, n: number): Mutation[] =>
      leads
        .slice(from, from + n)
        .map((l) => desk.mutation('setDisposition', { leadId: l.id, disposition: 'noAnswer' }));
    const statements = async (mutations: Mutation[]) => {
      const c = counting(db);
      const r = await push(c.db, caller, { clientId: randomUUID(), mutations });
      expect(r.rejected).toEqual([]);
      return c.statements();
    };
    const small = await statements(calls(0, 2));
    const big = await statements(calls(2, 200));
    expect(big).toBe(small);
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM leads WHERE id LIKE 'lead-bulk-call-%' AND (data->>'attempts')::int = 1`,
    );
    expect(Number(rows[0]?.n)).toBe(202);
    const { rows: calls202 } = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM activities WHERE lead_id LIKE 'lead-bulk-call-%'",
    );
    expect(Number(calls202[0]?.n)).toBe(202);
  });

  it('runs concurrent batches from several desks, each sent twice at once, without losing or doubling anything', async () => {
    const l = await seedLead(db, { ownerId: null, teamId: TEAM_A });
    const desks = await Promise.all([
      Desk.signIn(world, 'agent'),
      Desk.signIn(world, 'agent'),
      Desk.signIn(world, 'supervisor'),
    ]);
    const texts = desks.map((_, d) => [0, 1, 2].map((n) => `desk ${d} note ${n}`));
    const answers = await Promise.all(
      desks.map((desk, d) => {
        const batch = (texts[d] ?? []).map((text) =>
          desk.mutation('addNote', { leadId: l.id, text }),
        );
        return Promise.all([desk.push(batch), desk.push(batch)]);
      }),
    );
    for (const [a, b] of answers) {
      expect(a).toEqual({ ackedSeq: 3, rejected: [] });
      expect(b).toEqual(a);
    }
    const all = texts.flat().sort();
    expect((await activitiesOf(db, l.id)).map((a) => a.note).sort()).toEqual(all);
    expect((await notesOf(l.id))?.split('\n').sort()).toEqual(all);
  });
});
