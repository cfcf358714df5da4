import { afterEach, describe, expect, it } from 'vitest';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../db/schema';
import { addToOutbox, clientId } from '../db/outbox';
import type { Lead } from '../../shared/domain/lead';
import type { Effects, MutationName } from '../../shared/sync/protocol';
import { AuthSession, memoryTokenStore } from './auth';
import { SyncEngine, type SyncStatus } from './engine';
import { applyPullPage, loadCursor } from './apply-pull';
import { HttpTransport } from './transport';
import { FakeSyncServer } from './testing/fake-sync-server';
import { wireLead } from './testing/wire-lead';

let db: DeskDatabase | undefined;
const engines: SyncEngine[] = [];
afterEach(async () => {
  for (const e of engines.splice(0)) await e.stop();
  if (db) await db.delete();
  db = undefined;
});

function setup(server = new FakeSyncServer()) {
  db = createDeskDatabase(`engine-${Math.random()}`);
  const transport = new HttpTransport({ baseUrl: 'http://sync.test', fetch: server.fetch });
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
  return { db, server, engine, auth };
}

async function queue(
  d: DeskDatabase,
  name: MutationName,
  leadId: string,
  patch: Effects['leads'] extends (infer E)[] | undefined
    ? E extends { patch?: infer P }
      ? P
      : never
    : never,
  expect?: { stage?: Lead['stage']; ownerId?: string | null },
) {
  await d.transaction('rw', [d.outbox, d.meta], () =>
    addToOutbox(
      d,
      name,
      { leadId },
      { leads: [{ id: leadId, patch, ...(expect ? { expect } : {}) }] },
      Date.now(),
    ),
  );
}

describe('push', () => {
  it('sends the outbox in seq order in batches of 100 and drops what the server acknowledged', async () => {
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    for (let i = 0; i < 250; i++) await queue(db, 'addNote', 'l1', { notes: `n${i}` });
    await engine.syncNow();
    expect(server.pushes.map((p) => p.mutations.length)).toEqual([100, 100, 50]);
    const seqs = server.pushes.flatMap((p) => p.mutations.map((m) => m.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(server.pushes.map((p) => p.clientId))).toEqual(new Set([await clientId(db)]));
    expect(await db.outbox.count()).toBe(0);
    expect(server.leads.get('l1')?.notes).toBe('n249');
  });

  it('records a refused hand-off with its reason, mutation, lead and time, and still moves on', async () => {
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'l1', name: 'Ayşe Yılmaz', ownerId: 'u2' }));
    await engine.syncNow();
    await queue(db, 'handOff', 'l1', { stage: 'meetingScheduled' }, { ownerId: 'u1' });
    await queue(db, 'addNote', 'l1', { notes: 'still mine' });
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
    expect(server.leads.get('l1')?.notes).toBe('still mine');
  });

  it('undoes a refused change on the desk, keeping later pending changes on top', async () => {
    const { db, server, engine, auth } = setup();
    server.putLead(wireLead({ id: 'l1', stage: 'lead', notes: '' }));
    await engine.syncNow();
    // The desk moved the lead optimistically and logged the call…
    const local = (await db.leads.get('l1' as Lead['id']))!;
    await db.leads.put(toStoredLead({ ...local, stage: 'qualified', priority: 7 }));
    await db.activities.add({
      id: '01900000-0000-7000-8000-0000000000b1' as never,
      leadId: 'l1' as Lead['id'],
      agentId: 'u1' as never,
      type: 'stageChange',
      at: 5,
      durationSec: null,
      disposition: null,
      note: '',
      stageTo: 'qualified',
    });
    await db.transaction('rw', [db.outbox, db.meta], () =>
      addToOutbox(
        db,
        'qualify',
        { leadId: 'l1' },
        {
          leads: [
            { id: 'l1', patch: { stage: 'qualified', priority: 7 }, expect: { stage: 'lead' } },
          ],
          activities: [
            {
              id: '01900000-0000-7000-8000-0000000000b1',
              leadId: 'l1',
              agentId: 'u1',
              type: 'stageChange',
              at: 5,
              durationSec: null,
              disposition: null,
              note: '',
              stageTo: 'qualified',
            },
          ],
        },
        1,
      ),
    );
    // …then wrote a note, still waiting when the answer comes.
    await db.leads.update('l1' as Lead['id'], { notes: 'later' });
    await queue(db, 'addNote', 'l1', { notes: 'later' });
    // Meanwhile the lead was lost on the server: the qualification is refused.
    server.putLead({ ...server.leads.get('l1')!, stage: 'lost' });
    const batch = await import('./push').then((m) => m.nextPushBatch(db, 1));
    const response = await auth.authorized((token) => auth.transport.push(token, batch!.request));
    const { recordPushResult, pushResultFor } = await import('./push');
    const { ackedSeq, refused } = pushResultFor(batch!, response);
    await recordPushResult(db, ackedSeq, refused, 9);
    const undone = await db.leads.get('l1' as Lead['id']);
    // The server's stage is not known to the desk yet (no pull): back to the last one it sent,
    // with the pending note still on top.
    expect(undone).toMatchObject({ stage: 'lead', priority: 0, notes: 'later' });
    expect(await db.activities.count()).toBe(0);
    expect(await db.rejections.toArray()).toEqual([
      expect.objectContaining({ name: 'qualify', reason: 'stageChanged', leadId: 'l1' }),
    ]);
    await engine.syncNow();
    expect(await db.leads.get('l1' as Lead['id'])).toMatchObject({ stage: 'lost', notes: 'later' });
  });

  it('refuses a malformed entry on the desk instead of letting it block the outbox', async () => {
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    await db.outbox.add({
      clientId: await clientId(db),
      name: 'notAMutation',
      args: { leadId: 'l1' },
      effects: {},
      schemaVersion: 1,
      createdAt: 1,
    });
    await queue(db, 'addNote', 'l1', { notes: 'after' });
    await engine.syncNow();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.rejections.toArray()).toEqual([
      expect.objectContaining({ name: 'notAMutation', reason: 'invalid', leadId: 'l1' }),
    ]);
    expect(server.leads.get('l1')?.notes).toBe('after');
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

  it('keeps local changes still in the outbox on top of a pulled lead (rebase)', async () => {
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'l1', notes: '', priority: 1 }));
    await engine.syncNow();
    // The agent writes a note while the push cannot get through…
    await db.leads.update('l1' as Lead['id'], { notes: 'call after 3' });
    await queue(db, 'addNote', 'l1', { notes: 'call after 3' });
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
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    server.putLead(wireLead({ id: 'stale' }));
    await engine.syncNow();
    // Gone from the server while this desk was away for too long (its tombstone expired).
    server.leads.delete('stale');
    server.log = [...server.leads.values()].map((row) => ({ kind: 'lead' as const, row }));
    server.resnapshotNext = true;
    server.fail('/api/sync/push', { status: 503, error: 'unavailable' });
    await queue(db, 'addNote', 'l1', { notes: 'mine' });
    await expect(engine.syncNow()).rejects.toThrow();
    await engine.syncNow();
    expect(server.pulls.slice(-2)).toEqual(['2', null]);
    expect(await db.leads.toCollection().primaryKeys()).toEqual(['l1']);
    expect((await db.leads.get('l1' as Lead['id']))?.notes).toBe('mine');
    expect(server.leads.get('l1')?.notes).toBe('mine');
  });

  it('a tombstone removes the lead and its activities from the desk', async () => {
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'gone' }));
    server.putLead(wireLead({ id: 'kept' }));
    server.log.push({
      kind: 'activity',
      row: {
        id: '01900000-0000-7000-8000-0000000000a1',
        leadId: 'gone',
        agentId: 'u1',
        type: 'call',
        at: 5,
        durationSec: 10,
        disposition: 'noAnswer',
        note: '',
      },
    });
    await engine.syncNow();
    expect(await db.activities.count()).toBe(1);
    server.tombstone('gone');
    await engine.syncNow();
    expect(await db.leads.toCollection().primaryKeys()).toEqual(['kept']);
    expect(await db.activities.count()).toBe(0);
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
    const { db, server, engine } = setup();
    server.putLead(wireLead({ id: 'l1' }));
    engine.start();
    await waitFor(async () => (await db.leads.count()) === 1);
    await db.leads.put(toStoredLead({ ...(await db.leads.get('l1' as Lead['id']))!, notes: 'x' }));
    await queue(db, 'addNote', 'l1', { notes: 'x' });
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
