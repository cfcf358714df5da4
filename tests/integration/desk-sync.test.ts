// Two desks against the real sync server process (demo organisation, PGlite): what one agent
// does reaches the supervisor's desk by push → poke → pull; an agent without network keeps
// working and converges after reconnecting; a hand-off the server refuses shows up with its reason.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER_IDS } from '../../shared/demo/organisation';
import { run } from '../../renderer/db/run';
import { handOff } from '../../shared/mutations/hand-off';
import { scheduleCallback } from '../../shared/mutations/schedule-callback';
import { setDisposition } from '../../shared/mutations/set-disposition';
import type { Lead } from '../../shared/domain/lead';
import { Dexie } from 'dexie';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { loadDiscarded } from '../../renderer/sync/account';
import { ServerProcess } from './sync/server-process';
import { TestDesk, waitFor } from './desk-sync-helpers';

const EMAIL = {
  faisal: 'faisal.alotaibi@rawaa.example', // hunter, Gulf team
  mona: 'mona.abdelrahman@rawaa.example', // hunter, Gulf team
  omar: 'omar.alhaddad@rawaa.example', // supervisor, Gulf team
  sarah: 'sarah.mitchell@rawaa.example', // administrator
};

const server = new ServerProcess();
const desks: TestDesk[] = [];

beforeAll(async () => {
  await server.start();
}, 120_000);

afterEach(async () => {
  for (const d of desks.splice(0)) await d.close();
});

afterAll(async () => {
  await server.stop();
});

async function desk(
  name: string,
  email: string,
  options: { pollIntervalMs?: number } = {},
): Promise<TestDesk> {
  const d = new TestDesk(name, server.url, options);
  desks.push(d);
  await d.signIn(email);
  await d.initialSync();
  return d;
}

async function ownLead(d: TestDesk): Promise<Lead> {
  const leads = await d.db.leads.where('ownerId').equals(d.userId).toArray();
  const lead = leads.find((l) => l.stage === 'lead' && !l.doNotCall);
  if (!lead) throw new Error(`${d.name} has no workable lead`);
  return lead;
}

/**
 * Faisal's desk, and his supervisor's listening to the live stream. The supervisor's desk polls
 * only every ten minutes: whatever arrives sooner came by a poke or the desk's own asking.
 */
async function hunterAndLiveSupervisor(): Promise<{ hunter: TestDesk; supervisor: TestDesk }> {
  const hunter = await desk('hunter', EMAIL.faisal);
  const supervisor = await desk('supervisor', EMAIL.omar, { pollIntervalMs: 600_000 });
  await waitFor(() => supervisor.engine.status.live, 10_000, 'supervisor event stream');
  return { hunter, supervisor };
}

/** The hunter logs an unanswered call on the lead, as the call screen does. */
async function logNoAnswer(hunter: TestDesk, lead: Lead): Promise<void> {
  const result = await run(hunter.desk(), setDisposition, {
    leadId: lead.id,
    disposition: 'noAnswer',
    durationSec: 20,
  });
  expect(result.ok).toBe(true);
}

describe('desk sync against the real server', () => {
  it("a hunter's call reaches the supervisor's desk live: push → poke → pull", async () => {
    const { hunter, supervisor } = await hunterAndLiveSupervisor();
    const lead = await ownLead(hunter);
    // The supervisor's desk has the same lead (their team's), without today's call.
    expect(await supervisor.db.leads.get(lead.id)).toBeTruthy();
    const before = await supervisor.db.activities.where('leadId').equals(lead.id).count();

    await logNoAnswer(hunter, lead);
    // Arriving at all is the check: with no poll due for ten minutes, only the poke brings it.
    const pushedFrom = hunter.requests.length;
    const pulledFrom = supervisor.requests.length;
    await waitFor(
      async () => (await supervisor.db.activities.where('leadId').equals(lead.id).count()) > before,
      30_000,
      'the call on the supervisor desk (through the poke)',
    ).catch((error: Error) => {
      // What each desk asked the server meanwhile, and where their engines stand: a push that
      // never left, or a poke that never led to a pull.
      const since = (d: TestDesk, from: number) => d.requests.slice(from).join(' ') || 'nothing';
      throw new Error(
        `${error.message}; hunter sent: ${since(hunter, pushedFrom)} (status ${JSON.stringify(hunter.engine.status)}); ` +
          `supervisor sent: ${since(supervisor, pulledFrom)} (status ${JSON.stringify(supervisor.engine.status)})`,
      );
    });
    const call = (await supervisor.db.activities.where('leadId').equals(lead.id).toArray()).find(
      (a) => a.type === 'call' && a.agentId === hunter.userId && a.disposition === 'noAnswer',
    );
    expect(call).toBeTruthy();
    const seen = await supervisor.db.leads.get(lead.id);
    expect(seen?.attempts).toBe(lead.attempts + 1);
    expect(await hunter.db.outbox.count()).toBe(0);
  }, 90_000);

  // On PostgreSQL a pull serves nothing committed after a transaction still running anywhere on
  // the cluster (server/sync/pull.ts), and that transaction's end pokes nobody.
  it.runIf(Boolean(process.env.DATABASE_URL?.trim()))(
    "a call held back behind another transaction on the cluster reaches the supervisor's desk when it ends, with no poke",
    async () => {
      const { hunter, supervisor } = await hunterAndLiveSupervisor();
      const lead = await ownLead(hunter);
      const calls = () => supervisor.db.activities.where('leadId').equals(lead.id).count();
      const before = await calls();

      // Another program's transaction, on another database of the same cluster, holds an id.
      const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query('SELECT pg_current_xact_id()');
        await logNoAnswer(hunter, lead);
        const pulledFrom = supervisor.requests.length;
        await waitFor(async () => (await hunter.db.outbox.count()) === 0, 30_000, 'the push');
        // The poke's pull, then at least two more the desk asks by itself: the rows are held.
        const pulls = () =>
          supervisor.requests.slice(pulledFrom).filter((p) => p === '/api/sync/pull').length;
        await waitFor(() => pulls() >= 3, 30_000, 'pulls while the rows are held back');
        expect(await calls()).toBe(before);
        await other.query('COMMIT');
        // The polling backstop is ten minutes away and nothing pokes: the desk's own retry.
        await waitFor(async () => (await calls()) > before, 30_000, 'the call after the hold');
      } finally {
        await other.query('ROLLBACK').catch(() => undefined);
        await other.end();
      }
    },
    90_000,
  );

  it('a hunter without network keeps working and converges after reconnecting', async () => {
    const hunter = await desk('hunter', EMAIL.faisal);
    const supervisor = await desk('supervisor', EMAIL.omar);
    const leads = (await hunter.db.leads.where('ownerId').equals(hunter.userId).toArray())
      .filter((l) => l.stage === 'lead' && !l.doNotCall)
      .slice(0, 3);
    expect(leads).toHaveLength(3);

    hunter.online = false;
    for (const lead of leads) {
      const r = await run(hunter.desk(), setDisposition, {
        leadId: lead.id,
        disposition: 'busy',
        durationSec: 5,
      });
      expect(r.ok).toBe(true);
    }
    // Working locally: the changes wait in the outbox, the desk says it cannot reach the server.
    expect(await hunter.db.outbox.count()).toBe(3);
    await waitFor(() => hunter.engine.status.state === 'backoff', 5_000, 'backoff');
    expect(hunter.engine.status.lastError?.code).toBe('unreachable');
    await new Promise((r) => setTimeout(r, 500));
    expect(await hunter.db.outbox.count()).toBe(3);

    hunter.online = true;
    await waitFor(async () => (await hunter.db.outbox.count()) === 0, 10_000, 'outbox drained');
    await waitFor(
      async () => {
        for (const lead of leads) {
          const mine = await hunter.db.leads.get(lead.id);
          const theirs = await supervisor.db.leads.get(lead.id);
          if (!mine || !theirs || mine.attempts !== theirs.attempts) return false;
          if (mine.nextCallAt !== theirs.nextCallAt || mine.touches !== theirs.touches)
            return false;
        }
        return true;
      },
      10_000,
      'supervisor converges',
    );
    for (const lead of leads) {
      const calls = await supervisor.db.activities.where('leadId').equals(lead.id).toArray();
      expect(calls.some((a) => a.disposition === 'busy' && a.agentId === hunter.userId)).toBe(true);
    }
    // The cycle that drained the outbox finishes its pull, and the desk says all is well again.
    await waitFor(() => hunter.engine.status.lastError === null, 10_000, 'error cleared');
    expect(hunter.engine.status.state).not.toBe('backoff');
  }, 90_000);

  it('a hand-off the server refuses shows up on the desk with its reason', async () => {
    const faisal = await desk('faisal', EMAIL.faisal);
    const mona = await desk('mona', EMAIL.mona);
    // A lead waiting in the Gulf team's queue: both hunters have it.
    const pool = await faisal.db.leads
      .filter((l) => l.ownerId === null && l.stage === 'lead' && !l.doNotCall)
      .toArray();
    const lead = pool.find((l) => l.phoneE164) ?? pool[0];
    expect(lead).toBeTruthy();
    expect(await mona.db.leads.get(lead!.id)).toBeTruthy();
    const closer = DEMO_USER_IDS.khalid;

    // Faisal books a meeting while his network is down…
    faisal.online = false;
    const booked = await run(faisal.desk(), handOff, {
      leadId: lead!.id,
      closerId: closer,
      meetingAt: Date.now() + 2 * 86_400_000,
      note: 'demo Tuesday',
    });
    expect(booked.ok).toBe(true);
    // …and meanwhile Mona works the same lead from the queue: it becomes hers.
    const taken = await run(mona.desk(), scheduleCallback, {
      leadId: lead!.id,
      callbackAt: Date.now() + 86_400_000,
    });
    expect(taken.ok).toBe(true);
    await waitFor(async () => (await mona.db.outbox.count()) === 0, 10_000, 'mona pushed');

    faisal.online = true;
    await waitFor(async () => (await faisal.db.rejections.count()) > 0, 10_000, 'rejection');
    const [rejection] = await faisal.db.rejections.toArray();
    // Faisal's booking relied on the lead being in the queue (no owner); it is Mona's by the time
    // the booking arrives.
    expect(rejection).toMatchObject({
      name: 'handOff',
      reason: 'ownerChanged',
      leadId: lead!.id,
      leadName: lead!.name,
    });
    expect(await faisal.db.outbox.count()).toBe(0);
    // The lead is Mona's now: it leaves Faisal's desk (or at least stops being his booking).
    await waitFor(
      async () => {
        const mine = await faisal.db.leads.get(lead!.id);
        return !mine || mine.ownerId === mona.userId;
      },
      10_000,
      'the lead to follow the server',
    );
  }, 90_000);

  it('a desk whose person is disabled deletes their data, says how many changes were unsent, and the next sign-in there tells the audit', async () => {
    const faisal = await desk('faisal', EMAIL.faisal);
    const admin = new TestDesk('admin', server.url);
    desks.push(admin);
    await admin.signIn(EMAIL.sarah);
    const asAdmin = (method: string, path: string) =>
      admin.sync.withAccess((token, base) =>
        fetch(`${base}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          },
        }),
      );
    const faisalId = faisal.userId;
    const dbName = faisal.db.name;
    const leads = (await faisal.db.leads.where('ownerId').equals(faisalId).toArray())
      .filter((l) => l.stage === 'lead' && !l.doNotCall)
      .slice(0, 2);
    faisal.online = false;
    for (const lead of leads) {
      const r = await run(faisal.desk(), setDisposition, {
        leadId: lead.id,
        disposition: 'busy',
        durationSec: 5,
      });
      expect(r.ok).toBe(true);
    }
    expect(await faisal.db.outbox.count()).toBe(2);
    try {
      expect((await asAdmin('POST', `/api/admin/users/${faisalId}/disable`)).status).toBe(204);
      faisal.online = true;
      await waitFor(
        () => faisal.sync.snapshot().discardedUnsent !== null,
        15_000,
        'the desk to delete the disabled person’s data',
      );
      const snap = faisal.sync.snapshot();
      expect(snap.phase).toBe('signedOut');
      expect(snap.endedBecause).toBe('sessionEnded');
      expect(snap.discardedUnsent).toBe(2);
      expect(await Dexie.exists(dbName)).toBe(false);
      expect(loadDiscarded(faisal.storage)).toMatchObject([{ userId: faisalId, unsent: 2 }]);

      // A colleague signs in at the same desk: the server's audit hears what was lost.
      await faisal.sync.signIn(server.url, EMAIL.mona, DEMO_PASSWORD);
      await waitFor(() => loadDiscarded(faisal.storage).length === 0, 15_000, 'the report');
      const { entries } = (await (await asAdmin('GET', '/api/admin/audit?limit=100')).json()) as {
        entries: { action: string; subject: string | null; actorId: string; detail: unknown }[];
      };
      expect(entries.find((e) => e.action === 'unsentChangesDiscarded')).toMatchObject({
        subject: faisalId,
        actorId: faisal.userId,
        detail: { unsent: 2, reason: 'sessionEnded' },
      });
    } finally {
      await asAdmin('POST', `/api/admin/users/${faisalId}/enable`);
    }
  }, 90_000);
});
