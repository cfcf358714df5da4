// Sync scenarios, one fault at a time, against the real server through the fault proxy: each
// names the fault, what the desk did, and what the agent or supervisor must see afterwards.
// Before Dexie loads: it looks for IndexedDB once, when imported.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LeadId } from '../../../shared/domain/ids';
import { reassignLeads } from '../../../renderer/db/assignment';
import { run } from '../../../renderer/db/run';
import { handOff } from '../../../shared/mutations/hand-off';
import { setDisposition } from '../../../shared/mutations/set-disposition';
import { FaultProxy } from './fault-proxy';
import { ServerProcess } from './server-process';
import { deskDifferences, demoUser, openDesk, type TestDesk } from './desks';
import { serverTruth } from './truth';

let server: ServerProcess;
let proxy: FaultProxy;
const open: TestDesk[] = [];

beforeAll(async () => {
  server = new ServerProcess();
  await server.start();
  proxy = new FaultProxy({
    target: () => ({ host: '127.0.0.1', port: server.port }),
    seed: 'scenarios',
    restart: () => server.restart(),
    maxStreamLifeMs: 1_500,
  });
  await proxy.start();
}, 200_000);

afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

afterEach(async () => {
  proxy.setRates({});
  for (const d of open.splice(0)) await d.close();
});

async function desk(...args: Parameters<typeof openDesk>): Promise<TestDesk> {
  const d = await openDesk(...args);
  open.push(d);
  return d;
}

const admin = () => serverTruth(server.url, demoUser('sarah').email);

/** Open leads a hunter owns, in id order. */
async function ownLeads(d: TestDesk, n: number): Promise<LeadId[]> {
  const leads = await d.db.leads.where('ownerId').equals(d.user.id).sortBy('id');
  const open = leads.filter((l) => l.stage === 'lead' || l.stage === 'qualified');
  if (open.length < n) throw new Error(`${d.name} owns only ${open.length} open leads`);
  return open.slice(0, n).map((l) => l.id);
}

async function logCall(d: TestDesk, leadId: LeadId): Promise<string> {
  const r = await run(d.desk(), setDisposition, { leadId, disposition: 'noAnswer' });
  if (!r.ok) throw new Error(r.error.code);
  const last = await d.db.outbox.orderBy('seq').last();
  return last!.effects!.activities![0]!.id;
}

describe('sync scenarios under faults', () => {
  it('applies a push exactly once when its answer is lost, sent twice, or cut by a server restart', async () => {
    const faisal = await desk('faisal', proxy.url, { faultKey: 'exactly-once' });
    await faisal.driver.sync();
    const [a, b, c] = await ownLeads(faisal, 3);
    const calls: string[] = [];

    calls.push(await logCall(faisal, a!), await logCall(faisal, b!));
    proxy.forceNext('dropResponse');
    await expect(faisal.driver.sync()).rejects.toThrow();
    expect(await faisal.db.outbox.count()).toBe(2);
    await faisal.driver.sync();
    expect(await faisal.db.outbox.count()).toBe(0);

    calls.push(await logCall(faisal, c!));
    proxy.forceNext('duplicate');
    await faisal.driver.sync();

    calls.push(await logCall(faisal, a!), await logCall(faisal, b!));
    const restartsBefore = server.restarts;
    proxy.forceNext('restartAfterCommit');
    await expect(faisal.driver.sync()).rejects.toThrow();
    await proxy.settled();
    expect(proxy.restartError).toBeUndefined();
    expect(server.restarts).toBe(restartsBefore + 1);
    await faisal.driver.sync();

    calls.push(await logCall(faisal, c!));
    proxy.forceNext('dropRequest');
    await expect(faisal.driver.sync()).rejects.toThrow();
    proxy.forceNext('error5xx');
    await expect(faisal.driver.sync()).rejects.toThrow();
    await faisal.driver.sync();

    const truth = await admin();
    expect(truth.duplicateActivities).toEqual([]);
    for (const id of calls) expect(truth.activities.has(id), `call ${id} on the server`).toBe(true);
    const onLeads = [...truth.activities.values()].filter((x) => calls.includes(x.id));
    expect(onLeads).toHaveLength(calls.length);
    expect(await faisal.db.rejections.count()).toBe(0);
    await faisal.driver.sync();
    expect(await deskDifferences(faisal, await serverTruth(server.url, faisal.user.email))).toEqual(
      [],
    );
  }, 200_000);

  it('resumes a snapshot whose pages are lost or doubled, with nothing missing or twice', async () => {
    const sarah = await desk('sarah', proxy.url, { pullLimit: 150, faultKey: 'snapshot' });
    proxy.setRates({ dropResponse: 0.25, duplicate: 0.2, error5xx: 0.1, delay: 0.1 });
    let failures = 0;
    for (let i = 0; ; i++) {
      try {
        await sarah.driver.sync();
        break;
      } catch {
        failures++;
        if (i > 60) throw new Error('snapshot never completed');
      }
    }
    proxy.setRates({});
    expect(failures).toBeGreaterThan(0);
    expect(await deskDifferences(sarah, await admin())).toEqual([]);
  }, 200_000);

  it('brings a live desk the other desk’s call through a poke, even when its stream keeps being cut', async () => {
    const omar = await desk('omar', proxy.url, { live: true, faultKey: 'live-omar' });
    const faisal = await desk('faisal', proxy.url, { live: true, faultKey: 'live-faisal' });
    await omar.driver.sync();
    await faisal.driver.sync();
    proxy.setRates({ cutStream: 1 });
    omar.driver.engine.start();
    faisal.driver.engine.start();
    await expect.poll(() => omar.driver.engine.status.live, { timeout: 10_000 }).toBe(true);
    const [lead] = await ownLeads(faisal, 1);
    const call = await logCall(faisal, lead!);
    // Well before the 30 s polling backstop: the poke (or the reconnect's catch-up) did it.
    await expect
      .poll(async () => Boolean(await omar.db.activities.get(call as never)), { timeout: 15_000 })
      .toBe(true);
    expect(proxy.counts().cutStream ?? 0).toBeGreaterThan(0);
  }, 60_000);

  it('tells the supervisor’s live desk when an agent of the team changes state, and not the agent’s', async () => {
    const omar = await desk('omar', proxy.url, { live: true, faultKey: 'presence-omar' });
    const faisal = await desk('faisal', proxy.url, { live: true, faultKey: 'presence-faisal' });
    const heard = { omar: [] as string[], faisal: [] as string[] };
    omar.driver.engine.onLive((e) => heard.omar.push(e));
    faisal.driver.engine.onLive((e) => heard.faisal.push(e));
    omar.driver.engine.start();
    faisal.driver.engine.start();
    await expect.poll(() => omar.driver.engine.status.live, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => faisal.driver.engine.status.live, { timeout: 10_000 }).toBe(true);
    await faisal.driver.presence({ state: 'onCall' });
    await expect.poll(() => heard.omar.includes('presence'), { timeout: 10_000 }).toBe(true);
    await faisal.driver.presence({ state: 'paused', reason: 'break' });
    await expect
      .poll(() => heard.omar.filter((e) => e === 'presence').length, { timeout: 10_000 })
      .toBe(2);
    // The agent's own stream says nothing of states (its desk has no wallboard).
    expect(heard.faisal).not.toContain('presence');
  }, 60_000);

  // Found by the simulation (seed alpha): a rejected mutation's optimistic lead change stayed on
  // the desk when the server sent no newer version of that lead. Fixed in renderer/sync/push.ts
  // (recordPushResult puts refused leads back to the server's last version).
  it('restores every lead of a rejected reassignment to the server’s version', async () => {
    const faisal = await desk('faisal', proxy.url, { faultKey: 'reject-faisal' });
    const omar = await desk('omar', proxy.url, { faultKey: 'reject-omar' });
    await faisal.driver.sync();
    await omar.driver.sync();
    const [a, b] = await ownLeads(faisal, 2);
    // Faisal books a meeting: the lead goes to the closer. Omar has not heard yet…
    const booked = await run(faisal.desk(), handOff, {
      leadId: a!,
      closerId: demoUser('khalid').id,
      meetingAt: Date.now() + 86_400_000,
    });
    expect(booked.ok).toBe(true);
    await faisal.driver.sync();
    // …and moves both leads to Mona in one go: refused, since lead A is Khalid's now.
    const moved = await reassignLeads(omar.desk(), [a!, b!], {
      kind: 'agent',
      userId: demoUser('mona').id,
      teamId: demoUser('mona').teamId,
    });
    expect(moved).toMatchObject({ ok: true, moved: 2 });
    await omar.driver.sync();
    expect((await omar.db.rejections.toArray()).map((r) => r.reason)).toEqual(['ownerChanged']);
    await omar.driver.sync();
    // Lead B never moved on the server: the supervisor's desk must not show it with Mona.
    const differences = await deskDifferences(omar, await serverTruth(server.url, omar.user.email));
    expect(differences).toEqual([]);
  }, 200_000);

  // Found while chasing the same bug: the call of a rejected hand-off stayed on the hunter's desk
  // (and in their "calls today") although the server never stored it. Fixed with it.
  it('removes the call and stage change of a rejected hand-off from the hunter’s desk', async () => {
    const laptop = await desk('faisal', proxy.url, { faultKey: 'reject-laptop' });
    const office = await desk('faisal', proxy.url, { faultKey: 'reject-office' });
    await laptop.driver.sync();
    await office.driver.sync();
    const [lead] = await ownLeads(laptop, 1);
    // At the office the number turns out wrong: the lead is lost.
    const lost = await run(office.desk(), setDisposition, {
      leadId: lead!,
      disposition: 'wrongNumber',
    });
    expect(lost.ok).toBe(true);
    await office.driver.sync();
    // On the laptop, not yet synced, the same lead gets a meeting: refused (stage changed).
    const booked = await run(laptop.desk(), handOff, {
      leadId: lead!,
      closerId: demoUser('khalid').id,
      meetingAt: Date.now() + 86_400_000,
    });
    expect(booked.ok).toBe(true);
    await laptop.driver.sync();
    expect((await laptop.db.rejections.toArray()).map((r) => r.reason)).toEqual(['stageChanged']);
    await laptop.driver.sync();
    const differences = await deskDifferences(
      laptop,
      await serverTruth(server.url, laptop.user.email),
    );
    expect(differences).toEqual([]);
  }, 200_000);
});
