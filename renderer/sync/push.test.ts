import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ORGANISATION,
  DEMO_ORGANISATION_ID,
  DEMO_TEAMS,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
} from '../../shared/demo/organisation';
import type { LeadId } from '../../shared/domain/ids';
import { testLead } from '../../shared/domain/testing/lead';
import { addNote } from '../../shared/mutations/add-note';
import { importLeads } from '../../shared/mutations/import-leads';
import { putDnc } from '../../shared/mutations/put-dnc';
import type { Verb } from '../../shared/mutations/verb';
import { mutationSchema, pushRequestSchema } from '../../shared/sync/protocol';
import { deskOf } from '../db/desk';
import { clientId } from '../db/outbox';
import { run, type Desk, type RunInput } from '../db/run';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../db/schema';
import {
  nextPushBatch,
  PUSH_BATCH_BYTES,
  pushResultFor,
  recordPushResult,
  toMutation,
  type PushBatch,
} from './push';

const NOW = Date.UTC(2026, 10, 23, 9);
const person = (id: string) => DEMO_USERS.find((u) => u.id === id)!;
const faisal = person(DEMO_USER_IDS.faisal);
const omar = person(DEMO_USER_IDS.omar);
const encoder = new TextEncoder();
/** Bytes on the wire: the request body is UTF-8 JSON. */
const wireBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

let db: DeskDatabase;
let asOmar: Desk;
let asFaisal: Desk;

beforeEach(async () => {
  db = createDeskDatabase(`push-${Math.random()}`);
  await db.users.bulkPut(DEMO_USERS);
  await db.teams.bulkPut(DEMO_TEAMS);
  await db.leads.put(
    toStoredLead(
      testLead('a', {
        organisationId: DEMO_ORGANISATION_ID,
        ownerId: faisal.id,
        teamId: GULF_TEAM_ID,
        phoneE164: '+966501234567',
      }),
    ),
  );
  asOmar = deskOf(db, omar, DEMO_ORGANISATION, () => NOW);
  asFaisal = deskOf(db, faisal, DEMO_ORGANISATION, () => NOW);
});
afterEach(async () => db.delete());

async function allowed<A, R, I>(desk: Desk, verb: Verb<A, R, I>, input: RunInput<I>): Promise<R> {
  const r = await run(desk, verb, input);
  if (!r.ok) throw new Error(`${verb.name} refused: ${r.error.code} ${r.error.detail ?? ''}`);
  return r.result;
}

/** A part of a national do-not-call file: `count` numbers from `from` on. */
function nationalPart(from: number, count: number) {
  const numbers = Array.from({ length: count }, (_, i) => `+9665${String(10_000_000 + from + i)}`);
  return allowed(asOmar, putDnc, { source: 'national', numbers });
}

/** The outbox entries of seq > `after`, as the server would read each one, with its size. */
async function waiting(after = 0) {
  const entries = await db.outbox.where('seq').above(after).sortBy('seq');
  return entries.map((e) => ({
    seq: e.seq!,
    bytes: wireBytes(mutationSchema.parse(toMutation(e))),
  }));
}

/** Checks a batch is what the server takes, within the cap unless it is one entry alone. */
function expectWithinCap(batch: PushBatch) {
  const request = pushRequestSchema.parse(JSON.parse(JSON.stringify(batch.request)));
  expect(request.mutations.length).toBeGreaterThan(0);
  if (request.mutations.length > 1)
    expect(wireBytes(request)).toBeLessThanOrEqual(PUSH_BATCH_BYTES);
}

/** The server took the batch: its entries leave the outbox. */
const acknowledge = (batch: PushBatch) => recordPushResult(db, batch.lastSeq, [], NOW);

describe('nextPushBatch', () => {
  it('fills a batch up to 2 MiB and leaves the entry that would not fit for the next one', async () => {
    // Parts of a national file of about 400 kB each.
    for (let part = 0; part < 8; part++) await nationalPart(part * 3000, 3000);
    const sizes = await waiting();
    expect(sizes).toHaveLength(8);
    expect(sizes.every((s) => s.bytes > 300_000 && s.bytes < PUSH_BATCH_BYTES / 2)).toBe(true);

    const seen: number[][] = [];
    for (let batch = await nextPushBatch(db); batch; batch = await nextPushBatch(db)) {
      expectWithinCap(batch);
      const seqs = batch.request.mutations.map((m) => m.seq);
      seen.push(seqs);
      expect(batch.invalid).toEqual([]);
      expect(batch.lastSeq).toBe(seqs.at(-1));
      // The entry after the batch would have taken it over the cap.
      const next = (await waiting(batch.lastSeq))[0];
      if (next) expect(wireBytes(batch.request) + next.bytes).toBeGreaterThan(PUSH_BATCH_BYTES);
      await acknowledge(batch);
    }
    // Several entries per batch, all of them sent once, in order.
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.length).toBeLessThan(8);
    expect(seen.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('counts the bytes the request is sent as, not its characters (Arabic notes)', async () => {
    // Each note is 10,000 Arabic letters: two bytes each in UTF-8, in the arguments, the
    // activity and the lead's notes.
    const text = 'ملاحظة '.repeat(1430).trim();
    for (let i = 0; i < 40; i++) await allowed(asFaisal, addNote, { leadId: 'a' as LeadId, text });
    const batch = (await nextPushBatch(db))!;
    expect(batch.request.mutations.length).toBeGreaterThan(1);
    expect(wireBytes(batch.request)).toBeLessThanOrEqual(PUSH_BATCH_BYTES);
    const next = (await waiting(batch.lastSeq))[0]!;
    expect(wireBytes(batch.request) + next.bytes).toBeGreaterThan(PUSH_BATCH_BYTES);
  });

  it('sends an entry bigger than the cap on its own, between batches', async () => {
    await allowed(asOmar, putDnc, { source: 'internal', phoneE164: '+966559990001', note: '' });
    // An import part of 1000 leads with long notes: well over 2 MiB by itself.
    await allowed(asOmar, importLeads, {
      importId: 'expo',
      listName: 'Expo 2026',
      fileName: 'expo.csv',
      part: 1,
      priority: 0,
      leads: Array.from({ length: 1000 }, (_, i) => ({
        id: `expo-${i}`,
        contact: {
          name: `Visitor ${i}`,
          company: '',
          phones: [`+9665${String(20_000_000 + i)}`],
          email: null,
          country: 'SA',
          timezone: null,
          source: null,
          notes: 'Met at the stand, wants a quote. '.repeat(40),
          custom: {},
        },
        ownerId: null,
        teamId: GULF_TEAM_ID,
      })),
    });
    await allowed(asOmar, putDnc, { source: 'internal', phoneE164: '+966559990002', note: '' });
    const [, big] = await waiting();
    expect(big!.bytes).toBeGreaterThan(PUSH_BATCH_BYTES);

    const batches: string[][] = [];
    for (let batch = await nextPushBatch(db); batch; batch = await nextPushBatch(db)) {
      expectWithinCap(batch);
      batches.push(batch.request.mutations.map((m) => m.name));
      await acknowledge(batch);
    }
    expect(batches).toEqual([['putDnc'], ['importLeads'], ['putDnc']]);
  });

  it('refuses an entry of the old outbox format on the desk as invalid, sending the rest', async () => {
    // What a desk of the previous version wrote: hand-built effects, format 1. Apart from its
    // version it reads as a mutation; the server of this protocol would not run it.
    const old = {
      clientId: await clientId(db),
      name: 'addNote',
      args: { leadId: 'a', note: 'Prefers WhatsApp' },
      effects: { leads: [{ id: 'a' as LeadId, patch: { notes: 'Prefers WhatsApp' } }] },
      schemaVersion: 1,
      createdAt: NOW - 1000,
    };
    await db.outbox.add(old);
    expect(mutationSchema.safeParse(toMutation({ ...old, seq: 1 })).success).toBe(true);
    await allowed(asFaisal, addNote, { leadId: 'a' as LeadId, text: 'Call after 3' });

    const batch = (await nextPushBatch(db))!;
    expect(batch.invalid).toEqual([expect.objectContaining({ seq: 1, schemaVersion: 1 })]);
    expect(batch.request.mutations).toEqual([
      expect.objectContaining({ seq: 2, name: 'addNote', schemaVersion: 2 }),
    ]);
    expect(batch.lastSeq).toBe(2);
    const verdict = pushResultFor(batch, { ackedSeq: 2, rejected: [] });
    expect(verdict.refused).toEqual([
      { seq: 1, reason: 'invalid', detail: expect.stringContaining('refused by the desk') },
    ]);
  });

  it('acknowledges a batch of old entries only, without sending anything', async () => {
    await db.outbox.add({
      clientId: await clientId(db),
      name: 'setDisposition',
      args: { leadId: 'a', disposition: 'noAnswer' },
      effects: { leads: [{ id: 'a' as LeadId, patch: { attempts: 1 } }] },
      schemaVersion: 1,
      createdAt: NOW - 1000,
    });
    const batch = (await nextPushBatch(db))!;
    expect(batch.request.mutations).toEqual([]);
    expect(batch.invalid).toHaveLength(1);
    // Nothing went out, so the server acknowledged nothing: the desk closes the entry itself.
    expect(pushResultFor(batch, { ackedSeq: 0, rejected: [] })).toEqual({
      ackedSeq: 1,
      refused: [{ seq: 1, reason: 'invalid', detail: expect.any(String) }],
    });
  });
});
