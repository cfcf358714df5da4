import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEMO_ORGANISATION,
  DEMO_ORGANISATION_ID,
  DEMO_TEAMS,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
} from '../../shared/demo/organisation';
import type { LeadId } from '../../shared/domain/ids';
import type { Lead } from '../../shared/domain/lead';
import { testLead } from '../../shared/domain/testing/lead';
import { addNote } from '../../shared/mutations/add-note';
import { handOff } from '../../shared/mutations/hand-off';
import { putDnc } from '../../shared/mutations/put-dnc';
import { removeDnc } from '../../shared/mutations/remove-dnc';
import { scheduleCallback } from '../../shared/mutations/schedule-callback';
import { setDisposition } from '../../shared/mutations/set-disposition';
import { MemoryState } from '../../shared/mutations/state';
import { execute, type Verb } from '../../shared/mutations/verb';
import { mutationSchema } from '../../shared/sync/protocol';
import { deskOf } from './desk';
import { fromStoredLead } from './desk-state';
import { closerInbox, nextLead, queueSize } from './leads-repo';
import { run, runTogether, VerbRefused, type Desk, type RunInput } from './run';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';

const NOW = Date.UTC(2026, 10, 23, 9); // Monday 12:00 in Riyadh, inside calling hours
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const person = (id: string) => DEMO_USERS.find((u) => u.id === id)!;
const faisal = person(DEMO_USER_IDS.faisal); // hunter, Gulf team
const mona = person(DEMO_USER_IDS.mona); // hunter, Gulf team
const khalid = person(DEMO_USER_IDS.khalid); // closer, Gulf team
const omar = person(DEMO_USER_IDS.omar); // supervisor, Gulf team
const pool = `team:${GULF_TEAM_ID}`;
const queueOf = (owner: string) => ({ owners: [owner], organisationTimezone: 'Asia/Riyadh' });

let db: DeskDatabase;
let asFaisal: Desk;
let asOmar: Desk;

/** A lead of the Gulf team: Faisal's, fresh, on a Saudi number, unless told otherwise. */
function lead(id: string, over: Partial<Lead> = {}): Lead {
  return testLead(id, {
    organisationId: DEMO_ORGANISATION_ID,
    ownerId: faisal.id,
    teamId: GULF_TEAM_ID,
    phoneE164: '+966501234567',
    country: 'SA',
    timezone: 'Asia/Riyadh',
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
    stageChangedAt: NOW - DAY,
    ...over,
  });
}

const LEADS = [
  lead('a', { createdAt: NOW - 2 * DAY }),
  lead('b', { phoneE164: '+966551112222' }),
  lead('pool', { ownerId: null, phoneE164: '+966553334444' }),
  lead('monas', { ownerId: mona.id, phoneE164: '+966555556666' }),
];

beforeEach(async () => {
  db = createDeskDatabase(`run-${Math.random()}`);
  await db.users.bulkPut(DEMO_USERS);
  await db.teams.bulkPut(DEMO_TEAMS);
  await db.leads.bulkPut(LEADS.map(toStoredLead));
  asFaisal = deskOf(db, faisal, DEMO_ORGANISATION, () => NOW);
  asOmar = deskOf(db, omar, DEMO_ORGANISATION, () => NOW);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Every row of every table a verb or its outbox entry could write. */
async function everything() {
  return {
    leads: await db.leads.toArray(),
    activities: await db.activities.toArray(),
    outbox: await db.outbox.toArray(),
    meta: await db.meta.toArray(),
    dnc: await db.dnc.toArray(),
    content: await db.content.toArray(),
    users: await db.users.toArray(),
    teams: await db.teams.toArray(),
    targets: await db.targets.toArray(),
    salesTargets: await db.salesTargets.toArray(),
    imports: await db.imports.toArray(),
  };
}

/** Runs a verb that must be allowed; its result. */
async function allowed<A, R, I>(desk: Desk, verb: Verb<A, R, I>, input: RunInput<I>): Promise<R> {
  const r = await run(desk, verb, input);
  if (!r.ok) throw new Error(`${verb.name} refused: ${r.error.code} ${r.error.detail ?? ''}`);
  return r.result;
}

describe('run', () => {
  it('writes a verb’s rows and its outbox entry together, as a mutation the server can re-run', async () => {
    const r = await run(asFaisal, setDisposition, {
      leadId: 'a' as LeadId,
      disposition: 'noAnswer',
      durationSec: 20,
    });
    if (!r.ok) throw new Error(r.error.code);
    expect(await db.leads.get('a' as LeadId)).toMatchObject({
      attempts: 1,
      touches: 0,
      nextCallKind: 'retry',
      updatedAt: NOW,
    });
    const activities = await db.activities.toArray();
    expect(activities).toMatchObject([
      { leadId: 'a', type: 'call', disposition: 'noAnswer', durationSec: 20, agentId: faisal.id },
    ]);
    expect(activities).toEqual(r.effects.activities);

    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.clientId).toBe((await db.meta.get('clientId'))?.value);
    // What the server receives: JSON, read with the sync protocol's own schema.
    const m = mutationSchema.parse(JSON.parse(JSON.stringify(entries[0])));
    expect(m).toMatchObject({ seq: 1, name: 'setDisposition', schemaVersion: 2, createdAt: NOW });
    expect(m.effects).toEqual(r.effects);
    expect(m.effects.leads?.[0]?.patch).not.toHaveProperty('queueKey');
    expect(m.effects.leads?.[0]?.patch).not.toHaveProperty('queueOwner');
    // The arguments carry all the server needs (the minted activity id, the time) to run the
    // same verb on its own copy of the lead and get the same rows.
    const serverRows = new MemoryState();
    serverRows.leads.set('a', LEADS[0]!);
    const args = setDisposition.args.parse(m.args);
    expect(execute(setDisposition, serverRows, args, asFaisal)).toEqual({
      ok: true,
      effects: m.effects,
      result: undefined,
    });
  });

  it('writes nothing at all when the verb is refused, whatever the reason', async () => {
    const before = await everything();
    const refusals = [
      // A hunter running a supervisor's verb.
      await run(asFaisal, putDnc, { source: 'internal', phoneE164: '+966501234567', note: '' }),
      // A lead that is not on the desk.
      await run(asFaisal, addNote, { leadId: 'gone' as LeadId, text: 'Hello' }),
      // Another hunter's lead.
      await run(asFaisal, addNote, { leadId: 'monas' as LeadId, text: 'Hello' }),
      // A rule of the verb.
      await run(asFaisal, scheduleCallback, { leadId: 'a' as LeadId, callbackAt: NOW - HOUR }),
    ];
    expect(refusals.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'forbidden',
      'leadNotFound',
      'outOfScope',
      'callbackInPast',
    ]);
    // Arguments the verb's schema does not accept never reach it.
    const bad = await run(asFaisal, handOff, {
      leadId: 'a' as LeadId,
      closerId: 'khalid' as typeof khalid.id,
      meetingAt: NOW + DAY,
    });
    expect(bad).toEqual({
      ok: false,
      error: { code: 'invalidArgs', detail: expect.stringContaining('closerId') },
    });
    const tooLong = await run(asFaisal, addNote, {
      leadId: 'a' as LeadId,
      text: 'x'.repeat(20_001),
    });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalidArgs' } });
    // Not even the desk's client id is minted: the outbox was never touched.
    expect(await everything()).toEqual(before);
  });

  it('undoes the rows and the outbox entry when the disk is full', async () => {
    const before = await everything();
    vi.spyOn(db.outbox, 'add').mockImplementation(() =>
      Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    );
    await expect(
      run(asFaisal, addNote, { leadId: 'a' as LeadId, text: 'Prefers WhatsApp' }),
    ).rejects.toThrow(/quota/i);
    vi.restoreAllMocks();
    // The note and its activity had been written before the entry failed: both are gone.
    expect(await everything()).toEqual(before);
    expect((await db.leads.get('a' as LeadId))?.notes).toBe('');
    expect(await db.activities.count()).toBe(0);
  });

  it('keeps a lead’s dial-queue keys in step with the change', async () => {
    // A lead of the team's pool that the hunter works becomes theirs, in their queue.
    expect(await queueSize(db, [pool])).toBe(1);
    await allowed(asFaisal, scheduleCallback, { leadId: 'pool' as LeadId, callbackAt: NOW + HOUR });
    expect(await db.leads.get('pool' as LeadId)).toMatchObject({
      ownerId: faisal.id,
      queueOwner: faisal.id,
      nextCallKind: 'callback',
    });
    expect(await queueSize(db, [pool])).toBe(0);
    // Due in an hour: then it comes before the fresh leads.
    expect((await nextLead(db, queueOf(faisal.id), NOW))?.id).toBe('a');
    expect((await nextLead(db, queueOf(faisal.id), NOW + 2 * HOUR))?.id).toBe('pool');

    // A hand-off moves the lead out of the hunter's queue and into the closer's inbox.
    await allowed(asFaisal, handOff, {
      leadId: 'a' as LeadId,
      closerId: khalid.id,
      meetingAt: NOW + DAY,
      note: 'Demo on Tuesday',
    });
    expect(await db.leads.get('a' as LeadId)).toMatchObject({
      stage: 'meetingScheduled',
      ownerId: khalid.id,
      queueOwner: khalid.id,
      queueKey: null,
    });
    const hunterQueue = await db.leads
      .where('[queueOwner+queueKey]')
      .between([faisal.id, Dexie.minKey], [faisal.id, Dexie.maxKey])
      .primaryKeys();
    expect(hunterQueue.sort()).toEqual(['b', 'pool']);
    expect((await closerInbox(db, khalid.id)).map((l) => l.id)).toEqual(['a']);

    // "Do not call" takes a lead out of every queue.
    await allowed(asFaisal, setDisposition, { leadId: 'b' as LeadId, disposition: 'doNotCall' });
    expect(await db.leads.get('b' as LeadId)).toMatchObject({ doNotCall: true, queueKey: null });
    expect(await queueSize(db, [faisal.id])).toBe(1);

    // Every stored key is the one the lead's fields give (nothing stale left by a patch).
    for (const stored of await db.leads.toArray())
      expect(stored).toEqual(toStoredLead(fromStoredLead(stored)));
  });
});

describe('runTogether', () => {
  it('runs several verbs in one go, each seeing the ones before, each with its own entry', async () => {
    const flagged = await runTogether(asOmar, async (verb) => {
      const put = await verb(putDnc, { source: 'internal', phoneE164: '+966501234567', note: '' });
      // The entry the first verb wrote is what the second one finds.
      const removed = await verb(removeDnc, { source: 'internal', phoneE164: '+966501234567' });
      return [put.flagged, removed.cleared];
    });
    expect(flagged).toEqual([1, 1]);
    const entries = (await db.outbox.toArray()).map((e) => mutationSchema.parse(e));
    expect(entries.map((e) => [e.seq, e.name])).toEqual([
      [1, 'putDnc'],
      [2, 'removeDnc'],
    ]);
    expect(await db.dnc.count()).toBe(0);
    expect((await db.leads.get('a' as LeadId))?.doNotCall).toBe(false);
  });

  it('undoes the verbs before a refused one', async () => {
    const before = await everything();
    const refusal = await runTogether(asOmar, async (verb) => {
      const put = await verb(putDnc, { source: 'internal', phoneE164: '+966501234567', note: '' });
      expect(put.flagged).toBe(1);
      await verb(addNote, { leadId: 'b' as LeadId, text: 'Listed on request' });
      // The same number again: refused, as the first verb's entry is already there.
      await verb(putDnc, { source: 'internal', phoneE164: '+966501234567', note: 'again' });
    }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(VerbRefused);
    expect(refusal).toMatchObject({ verb: 'putDnc', error: { code: 'alreadyListed' } });
    expect(await everything()).toEqual(before);
  });

  it('leaves nothing behind when the work is aborted part-way (a full disk, a cancel)', async () => {
    const before = await everything();
    const aborted = runTogether(asFaisal, async (verb) => {
      await verb(addNote, { leadId: 'a' as LeadId, text: 'One' });
      await verb(setDisposition, { leadId: 'b' as LeadId, disposition: 'noAnswer' });
      expect(await db.outbox.count()).toBe(2);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(aborted).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await everything()).toEqual(before);
  });

  it('keeps verbs awaited later inside the transaction, with the caller’s own records', async () => {
    // The importer starts writing one part while it prepares the next, and awaits it later.
    const before = await everything();
    const aborted = runTogether(
      asFaisal,
      async (verb) => {
        const first = verb(addNote, { leadId: 'a' as LeadId, text: 'One' });
        const second = verb(addNote, { leadId: 'b' as LeadId, text: 'Two' });
        await first;
        await second;
        await db.imports.add({
          id: 'import-1',
          listName: 'Expo',
          fileName: 'expo.csv',
          at: NOW,
          by: faisal.id,
          imported: 2,
          duplicates: 0,
          invalid: 0,
          skippedDnc: 0,
        });
        throw new Error('cancelled');
      },
      [db.imports],
    );
    await expect(aborted).rejects.toThrow('cancelled');
    // The record went with the verbs' rows: nothing was written outside the transaction.
    expect(await everything()).toEqual(before);
  });
});
