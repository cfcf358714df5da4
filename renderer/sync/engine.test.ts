import { afterEach, describe, expect, it } from 'vitest';
import type { LeadId } from '../../shared/domain/ids';
import { activitySchema, type Lead } from '../../shared/domain/lead';
import { addNote } from '../../shared/mutations/add-note';
import { handOff } from '../../shared/mutations/hand-off';
import { qualify } from '../../shared/mutations/qualify';
import type { Verb } from '../../shared/mutations/verb';
import { deskOf } from '../db/desk';
import { clientId } from '../db/outbox';
import { run, type Desk, type RunInput } from '../db/run';
import { createDeskDatabase, type DeskDatabase } from '../db/schema';
import { AuthSession, memoryTokenStore } from './auth';
import { heldBackDelay, SERVER_ERROR_TRIES, SyncEngine, type SyncStatus } from './engine';
import { applyPullPage, loadCursor } from './apply-pull';
import { nextPushBatch, pushResultFor, recordPushResult } from './push';
import { HttpTransport } from './transport';
import {
  FAKE_CLOSER,
  FAKE_ORGANISATION,
  FAKE_OTHER_HUNTER_ID,
  FAKE_USER,
  FakeSyncServer,
} from './testing/fake-sync-server';
import { wireLead } from './testing/wire-lead';

const DAY = 86_400_000;
let db: DeskDatabase | undefined;
const engines: SyncEngine[] = [];
afterEach(async () => {
  for (const e of engines.splice(0)) await e.stop();
  if (db) await db.delete();
  db = undefined;
});

function setup(server = new FakeSyncServer(), fetch: FakeSyncServer['fetch'] = server.fetch) {
  db = createDeskDatabase(`engine-${Math.random()}`);
  const transport = new HttpTransport({ baseUrl: 'http://sync.test', fetch });
  const auth = new AuthSession(transport, memoryTokenStore('refresh-1'), `auth-${Math.random()}`);
  const engine = new SyncEngine({
    db,
    auth,
    live: false,
    events: null,
    pushDebounceMs: 5,
    pollIntervalMs: 60_000,
    backoff: { baseMs: 5, capMs: 20 },
  });
  engines.push(engine);
  // The signed-in hunter's desk: what it pushes are the outbox entries its verbs write.
  const desk = deskOf(db, FAKE_USER, FAKE_ORGANISATION);
  return { db, server, engine, auth, desk };
}

/** Runs a verb on the desk, as an agent's action does; the test stops if the desk refuses it. */
async function act<A, R, I>(desk: Desk, verb: Verb<A, R, I>, input: RunInput<I>): Promise<void> {
  const r = await run(desk, verb, input);
  if (!r.ok) throw new Error(`${verb.name} refused on the desk: ${r.error.code}`);
}

const note = (desk: Desk, leadId: string, text: string) =>
  act(desk, addNote, { leadId: leadId as LeadId, text });

describe('push', () => {
  it('sends the outbox in seq order in batches of 100 and drops what the server acknowledged', async () => {
    const { db, server, engine, desk } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    await engine.syncNow();
    const texts = Array.from({ length: 250 }, (_, i) => `n${i}`);
    for (const text of texts) await note(desk, 'l1', text);
    expect(await db.outbox.count()).toBe(250);
    await engine.syncNow();
    expect(server.pushes.map((p) => p.mutations.length)).toEqual([100, 100, 50]);
    const seqs = server.pushes.flatMap((p) => p.mutations.map((m) => m.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(250);
    const sent = server.pushes.flatMap((p) => p.mutations);
    expect(new Set(sent.map((m) => `${m.name}:${m.schemaVersion}`))).toEqual(
      new Set(['addNote:2']),
    );
    expect(sent.map((m) => addNote.args.parse(m.args).text)).toEqual(texts);
    expect(new Set(server.pushes.map((p) => p.clientId))).toEqual(new Set([await clientId(db)]));
    expect(await db.outbox.count()).toBe(0);
    // Each note is appended to the lead's notes: applied in order, the last holds them all.
    expect(server.leads.get('l1')?.notes).toBe(texts.join('\n'));
    expect(server.log.filter((c) => c.kind === 'activity')).toHaveLength(250);
  });

  it('records a refused hand-off with its reason, mutation, lead and time, and still moves on', async () => {
    const { db, server, engine, desk } = setup();
    server.putUser(FAKE_CLOSER);
    server.putLead(wireLead({ id: 'l1', name: 'Ayşe Yılmaz' }));
    server.putLead(wireLead({ id: 'l2' }));
    await engine.syncNow();
    // The supervisor gives the lead to another hunter; the desk has not heard of it yet.
    server.putLead({ ...server.leads.get('l1')!, ownerId: FAKE_OTHER_HUNTER_ID });
    await act(desk, handOff, {
      leadId: 'l1' as LeadId,
      closerId: FAKE_CLOSER.id,
      meetingAt: Date.now() + DAY,
      note: 'Wants a demo',
    });
    expect(await db.leads.get('l1' as LeadId)).toMatchObject({
      stage: 'meetingScheduled',
      ownerId: FAKE_CLOSER.id,
    });
    await note(desk, 'l2', 'still mine');
    const [handed] = await db.outbox.toArray();
    expect(handed?.effects?.leads?.[0]?.expect).toEqual({ stage: 'lead', ownerId: FAKE_USER.id });
    await engine.syncNow();
    expect(await db.outbox.count()).toBe(0);
    const [rejection, ...more] = await db.rejections.toArray();
    expect(more).toEqual([]);
    expect(rejection).toMatchObject({
      name: 'handOff',
      reason: 'ownerChanged',
      leadId: 'l1',
      leadName: 'Ayşe Yılmaz',
    });
    expect(rejection!.at).toBeGreaterThan(0);
    expect(server.leads.get('l2')?.notes).toBe('still mine');
    // The desk let go of the meeting: the lead is the other hunter's, as on the server.
    expect(await db.leads.get('l1' as LeadId)).toMatchObject({
      stage: 'lead',
      ownerId: FAKE_OTHER_HUNTER_ID,
      meeting: null,
    });
    expect(await db.activities.where('leadId').equals('l1').count()).toBe(0);
  });

  it('undoes a refused change on the desk, keeping later pending changes on top', async () => {
    const { db, server, engine, auth, desk } = setup();
    server.putLead(wireLead({ id: 'l1', stage: 'lead', notes: '' }));
    await engine.syncNow();
    const before = (await db.leads.get('l1' as LeadId))!;
    // The desk qualified the lead (its stage, its BANT and a stage-change activity)…
    const yes = { met: true, note: 'yes' };
    await act(desk, qualify, {
      leadId: 'l1' as LeadId,
      bant: { budget: yes, authority: yes, need: yes, timeline: yes },
    });
    expect(await db.leads.get('l1' as LeadId)).toMatchObject({ stage: 'qualified' });
    expect((await db.activities.toArray()).map((a) => a.type)).toEqual(['stageChange']);
    // …then wrote a note, still waiting when the answer comes.
    await note(desk, 'l1', 'later');
    // Meanwhile the lead was lost on the server: the qualification is refused.
    server.putLead({ ...server.leads.get('l1')!, stage: 'lost' });
    const batch = await nextPushBatch(db, 1);
    expect(batch!.request.mutations.map((m) => m.name)).toEqual(['qualify']);
    const response = await auth.authorized((token) => auth.transport.push(token, batch!.request));
    const { ackedSeq, refused } = pushResultFor(batch!, response);
    await recordPushResult(db, ackedSeq, refused, 9);
    const undone = await db.leads.get('l1' as LeadId);
    // The server's stage is not known to the desk yet (no pull): back to the last one it sent,
    // with the pending note still on top.
    expect(undone).toMatchObject({ stage: 'lead', notes: 'later' });
    expect(undone?.bant).toEqual(before.bant);
    expect(undone?.stageChangedAt).toBe(before.stageChangedAt);
    // The refused change's activity went; the note's stays.
    expect((await db.activities.toArray()).map((a) => a.type)).toEqual(['note']);
    expect(await db.rejections.toArray()).toEqual([
      expect.objectContaining({ name: 'qualify', reason: 'stageChanged', leadId: 'l1', at: 9 }),
    ]);
    await engine.syncNow();
    expect(await db.leads.get('l1' as LeadId)).toMatchObject({ stage: 'lost', notes: 'later' });
    expect(server.leads.get('l1')).toMatchObject({ stage: 'lost', notes: 'later' });
  });

  it('refuses an entry it cannot send on the desk instead of letting it block the outbox', async () => {
    const { db, server, engine, desk } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    await engine.syncNow();
    const id = await clientId(db);
    // What a desk of the previous version left behind (hand-built effects, format 1)…
    await db.outbox.add({
      clientId: id,
      name: 'addNote',
      args: { leadId: 'l1', text: 'old' },
      effects: { leads: [{ id: 'l1' as LeadId, patch: { notes: 'old' } }] },
      schemaVersion: 1,
      createdAt: 1,
    });
    // …and something that is no verb at all.
    await db.outbox.add({
      clientId: id,
      name: 'notAMutation',
      args: { leadId: 'l1' },
      effects: {},
      schemaVersion: 2,
      createdAt: 1,
    });
    await note(desk, 'l1', 'after');
    await engine.syncNow();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.rejections.toArray()).toEqual([
      expect.objectContaining({ name: 'addNote', reason: 'invalid', leadId: 'l1' }),
      expect.objectContaining({ name: 'notAMutation', reason: 'invalid', leadId: 'l1' }),
    ]);
    // Only the real entry reached the server.
    expect(server.pushes.flatMap((p) => p.mutations.map((m) => m.name))).toEqual(['addNote']);
    expect(server.leads.get('l1')?.notes).toBe('after');
    expect((await db.leads.get('l1' as LeadId))?.notes).toBe('after');
  });
});

describe('push when the server fails (500)', () => {
  /** Sync cycles until `done`, each one as the engine's loop would run it after a backoff. */
  async function cycles(engine: SyncEngine, n: number): Promise<void> {
    for (let i = 0; i < n; i++) await engine.syncNow().catch(() => undefined);
  }

  it('refuses on the desk an entry the server keeps failing on while it answers otherwise, and the rest flows', async () => {
    const { db, server, engine, desk } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    await engine.syncNow();
    server.poison = (m) => addNote.args.safeParse(m.args).data?.text === 'breaks the server';
    for (const text of ['before', 'breaks the server', 'after']) await note(desk, 'l1', text);
    await cycles(engine, SERVER_ERROR_TRIES - 1);
    // Tried, and still waiting: a passing fault gets its chances.
    expect(await db.outbox.count()).toBe(2);
    expect(await db.rejections.count()).toBe(0);
    await cycles(engine, 1);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.rejections.toArray()).toEqual([
      expect.objectContaining({ name: 'addNote', reason: 'serverError', leadId: 'l1' }),
    ]);
    const applied = server.log.flatMap((c) =>
      c.kind === 'activity' && c.row.type === 'note' ? [c.row.note] : [],
    );
    expect(applied).toEqual(['before', 'after']);
  });

  it('refuses nothing while the server fails on everything', async () => {
    const { db, server, engine, desk } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    await engine.syncNow();
    await note(desk, 'l1', 'waits');
    server.fail('/api/sync/push', { status: 500, error: 'internal', times: 100 });
    server.fail('/api/sync/pull', { status: 500, error: 'internal', times: 100 });
    await cycles(engine, SERVER_ERROR_TRIES + 2);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.rejections.count()).toBe(0);
    server.faults.clear();
    await engine.syncNow();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.rejections.count()).toBe(0);
  });
});

describe('pull', () => {
  it('stores rows page by page and resumes from the stored cursor', async () => {
    const { db, server, engine } = setup();
    for (let i = 0; i < 2500; i++) server.putLead(wireLead({ id: `l${i}` }));
    await engine.syncNow();
    expect(await db.leads.count()).toBe(2500);
    expect(server.pulls).toEqual([null, '1000', '2000']);
    expect(engine.status).toMatchObject({ initialSyncDone: true, pulledRows: 2500 });
    server.putLead(wireLead({ id: 'l7', name: 'Renamed' }));
    await engine.syncNow();
    expect(server.pulls.at(-1)).toBe('2500');
    expect((await db.leads.get('l7' as Lead['id']))?.name).toBe('Renamed');
  });

  it('asks for the next page while storing the one before (after the first), and stores the pages in order', async () => {
    const server = new FakeSyncServer();
    const events: string[] = [];
    // Each pull as it leaves the desk (before the server reads it), and each page once stored.
    const { db, engine } = setup(server, (input, init) => {
      if (input.endsWith('/api/sync/pull'))
        events.push(`ask ${(JSON.parse(String(init?.body)) as { cursor: string }).cursor}`);
      return server.fetch(input, init);
    });
    engine.subscribe((s) => {
      if (s.pulledRows > 0 && events.at(-1) !== `stored ${s.pulledRows}`)
        events.push(`stored ${s.pulledRows}`);
    });
    for (let i = 0; i < 2500; i++) server.putLead(wireLead({ id: `l${i}` }));
    await engine.syncNow();
    // The first page (the agent's own queue) is stored alone; from the second on, the next
    // page is on its way while one is stored.
    expect(events).toEqual([
      'ask null',
      'stored 1000',
      'ask 1000',
      'ask 2000',
      'stored 2000',
      'stored 2500',
    ]);
    expect(await loadCursor(db)).toBe('2500');
    expect(await db.leads.count()).toBe(2500);
    // Only one request at a time: the next page is asked once the last one has arrived.
    expect(server.maxInFlight).toBe(1);
  });

  it('a page that fails to store drops the page asked after it; the next pull starts from the stored cursor', async () => {
    const server = new FakeSyncServer();
    const asked: (string | null)[] = [];
    const { db, engine } = setup(server, (input, init) => {
      if (input.endsWith('/api/sync/pull'))
        asked.push((JSON.parse(String(init?.body)) as { cursor: string | null }).cursor);
      return server.fetch(input, init);
    });
    for (let i = 0; i < 2500; i++) server.putLead(wireLead({ id: `l${i}` }));
    const bulkPut = db.leads.bulkPut.bind(db.leads);
    let writes = 0;
    db.leads.bulkPut = ((...a: Parameters<typeof bulkPut>) => {
      // The second page's write fails (a full disk, say): its transaction rolls back.
      if (++writes === 2) throw new Error('disk full');
      return bulkPut(...a);
    }) as typeof bulkPut;
    await expect(engine.syncNow()).rejects.toThrow('disk full');
    // The third page had been asked for; it is not stored, and neither is the second.
    expect(asked).toEqual([null, '1000', '2000']);
    expect(await loadCursor(db)).toBe('1000');
    expect(await db.leads.count()).toBe(1000);
    await engine.syncNow();
    expect(asked).toEqual([null, '1000', '2000', '1000', '2000']);
    expect(await loadCursor(db)).toBe('2500');
    expect(await db.leads.count()).toBe(2500);
  });

  it('keeps local changes still in the outbox on top of a pulled lead (rebase)', async () => {
    const { db, server, engine, desk } = setup();
    server.putLead(wireLead({ id: 'l1', notes: '', priority: 1 }));
    await engine.syncNow();
    // The agent writes a note while the push cannot get through…
    await note(desk, 'l1', 'call after 3');
    server.fail('/api/sync/push', { status: 503, error: 'unavailable', times: 1 });
    // …and the supervisor changes another field on the server.
    server.putLead({ ...server.leads.get('l1')!, priority: 9 });
    await expect(engine.syncNow()).rejects.toThrow();
    const cursor = await loadCursor(db);
    // Pull alone (the push failed): the server's field arrives, the local note stays.
    await applyPullPage(
      db,
      { changes: server.log.slice(Number(cursor)), cursor: '99', more: false },
      1,
    );
    const stored = await db.leads.get('l1' as Lead['id']);
    expect(stored).toMatchObject({ notes: 'call after 3', priority: 9 });
    await engine.syncNow();
    expect(server.leads.get('l1')).toMatchObject({ notes: 'call after 3', priority: 9 });
    expect(await db.outbox.count()).toBe(0);
  });

  it('re-snapshots when the server says the cursor is too old, keeping unsent work', async () => {
    const { db, server, engine, desk } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    server.putLead(wireLead({ id: 'stale' }));
    await engine.syncNow();
    // Gone from the server while this desk was away for too long (its tombstone expired).
    server.leads.delete('stale');
    server.log = [...server.leads.values()].map((row) => ({ kind: 'lead' as const, row }));
    server.resnapshotNext = true;
    server.fail('/api/sync/push', { status: 503, error: 'unavailable' });
    await note(desk, 'l1', 'mine');
    await expect(engine.syncNow()).rejects.toThrow();
    await engine.syncNow();
    expect(server.pulls.slice(-2)).toEqual(['2', null]);
    expect(await db.leads.toCollection().primaryKeys()).toEqual(['l1']);
    expect((await db.leads.get('l1' as Lead['id']))?.notes).toBe('mine');
    expect(server.leads.get('l1')?.notes).toBe('mine');
  });

  it('pulls again by itself while the server holds rows back, with no poke and no polling', async () => {
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    // A colleague's call is committed, but a transaction still running on the server holds it
    // back; when that transaction ends, nothing pokes this desk.
    server.heldFrom = 1;
    server.putLead(wireLead({ id: 'l2' }));
    engine.start();
    await waitFor(async () => (await db.leads.count()) === 1);
    // The polling backstop is a minute and the live stream is off: only the held-back answer
    // can bring these pulls.
    await waitFor(async () => server.pulls.length >= 3);
    expect(await db.leads.get('l2' as LeadId)).toBeUndefined();
    server.heldFrom = null;
    await waitFor(async () => (await db.leads.get('l2' as LeadId)) !== undefined);
    expect(engine.status.state).toBe('idle');
  });

  it('waits up to 100 ms before pulling again after held-back rows, doubling up to 5 s, spread over the upper half', () => {
    const runs = [0, 1, 2, 3, 4, 5, 6, 7, 50];
    const ceilings = [100, 200, 400, 800, 1_600, 3_200, 5_000, 5_000, 5_000];
    expect(runs.map((r) => heldBackDelay(r, () => 0))).toEqual(ceilings.map((c) => c / 2));
    expect(runs.map((r) => heldBackDelay(r, () => 0.999_999))).toEqual(ceilings);
    // A floor of desks held back by one transaction does not ask again in step.
    const waits = new Set(Array.from({ length: 50 }, () => heldBackDelay(6)));
    expect(waits.size).toBeGreaterThan(25);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(2_500);
    for (const w of waits) expect(w).toBeLessThanOrEqual(5_000);
  });

  it('a tombstone removes the lead and others’ activities on it; the signed-in person’s own stay', async () => {
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'gone' }));
    server.putLead(wireLead({ id: 'kept' }));
    const call = (id: string, agentId: string) =>
      server.log.push({
        kind: 'activity',
        row: activitySchema.parse({
          id,
          leadId: 'gone',
          agentId,
          type: 'call',
          at: 5,
          durationSec: 10,
          disposition: 'noAnswer',
          note: '',
        }),
      });
    call('01900000-0000-7000-8000-0000000000a1', FAKE_USER.id);
    call('01900000-0000-7000-8000-0000000000a2', FAKE_OTHER_HUNTER_ID);
    await engine.syncNow();
    expect(await db.activities.count()).toBe(2);
    server.tombstone('gone');
    await engine.syncNow();
    expect(await db.leads.toCollection().primaryKeys()).toEqual(['kept']);
    // The hunter's own call is their day's work (targets bar): it does not leave with the lead.
    expect(await db.activities.toCollection().primaryKeys()).toEqual([
      '01900000-0000-7000-8000-0000000000a1',
    ]);
  });

  it('a failure mid-apply leaves rows and cursor exactly as they were', async () => {
    const { db } = setup();
    await applyPullPage(
      db,
      { changes: [{ kind: 'lead', row: wireLead({ id: 'a' }) }], cursor: 'c1', more: false },
      1,
    );
    await expect(
      applyPullPage(
        db,
        {
          changes: [
            { kind: 'lead', row: wireLead({ id: 'a', name: 'Changed' }) },
            { kind: 'lead', row: wireLead({ id: 'b' }) },
            // An activity without an id cannot be stored: the whole page must roll back.
            { kind: 'activity', row: { leadId: 'b' } as never },
          ],
          cursor: 'c2',
          more: false,
        },
        2,
      ),
    ).rejects.toThrow();
    expect(await loadCursor(db)).toBe('c1');
    expect(await db.leads.toCollection().primaryKeys()).toEqual(['a']);
    expect((await db.leads.get('a' as Lead['id']))?.name).toBe('Lead a');
  });

  it('writes a page with one bulk write per table, never row by row', async () => {
    const { db } = setup();
    const changes = Array.from({ length: 3000 }, (_, i) => ({
      kind: 'lead' as const,
      row: wireLead({ id: `p${i}`, name: `Ayşe Yılmaz ${i}` }),
    }));
    const calls = { bulkPut: 0, put: 0 };
    const bulkPut = db.leads.bulkPut.bind(db.leads);
    const put = db.leads.put.bind(db.leads);
    db.leads.bulkPut = ((...a: Parameters<typeof bulkPut>) => {
      calls.bulkPut++;
      return bulkPut(...a);
    }) as typeof bulkPut;
    db.leads.put = ((...a: Parameters<typeof put>) => {
      calls.put++;
      return put(...a);
    }) as typeof put;
    await applyPullPage(db, { changes, cursor: 'x', more: false }, 1);
    expect(await db.leads.count()).toBe(3000);
    expect(calls).toEqual({ bulkPut: 1, put: 0 });
  });
});

describe('failures', () => {
  it('refreshes once on 401 tokenExpired and retries the request', async () => {
    const { db, server, engine, auth } = setup();
    await auth.resume();
    server.putLead(wireLead({ id: 'l1' }));
    server.validToken = 'rotated-elsewhere';
    // The stale token gets 401; the engine refreshes (a new valid token) and retries.
    await engine.syncNow();
    expect(server.refreshes).toBe(2);
    expect(await db.leads.count()).toBe(1);
  });

  it('backs off after 5xx and 429 (respecting Retry-After) and catches up by itself', async () => {
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    server.fail('/api/sync/pull', { status: 503, error: 'unavailable', times: 2 });
    const states: SyncStatus['state'][] = [];
    engine.subscribe((s) => states.push(s.state));
    engine.start();
    await waitFor(async () => (await db.leads.count()) === 1);
    expect(states).toContain('backoff');
    expect(engine.status.state).toBe('idle');

    server.fail('/api/sync/pull', { status: 429, error: 'tooManyRequests', retryAfter: 1 });
    server.putLead(wireLead({ id: 'l2' }));
    const asked = Date.now();
    engine.requestSync();
    await waitFor(async () => (await db.leads.count()) === 2, 5_000);
    expect(Date.now() - asked).toBeGreaterThanOrEqual(950);
  });

  it('stops on 426 and says the app needs an update', async () => {
    const { server, engine } = setup();
    server.fail('/api/sync/pull', { status: 426, error: 'upgradeRequired', times: 99 });
    engine.start();
    await waitFor(async () => engine.status.state === 'upgradeRequired');
    const pulls = server.pulls.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(server.pulls.length).toBe(pulls);
  });

  it('never runs two cycles of one database at once', async () => {
    const { server, engine } = setup();
    for (let i = 0; i < 50; i++) server.putLead(wireLead({ id: `l${i}` }));
    await Promise.all([engine.syncNow(), engine.syncNow(), engine.syncNow()]);
    expect(server.maxInFlight).toBe(1);
  });

  it('pushes a fresh outbox entry by itself while running', async () => {
    const { db, server, engine, desk } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    engine.start();
    await waitFor(async () => (await db.leads.count()) === 1);
    await note(desk, 'l1', 'x');
    await waitFor(async () => server.leads.get('l1')?.notes === 'x');
    await waitFor(async () => (await db.outbox.count()) === 0);
  });
});

async function waitFor(check: () => Promise<boolean>, ms = 3_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
