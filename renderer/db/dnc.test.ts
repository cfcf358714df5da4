import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEMO_ORGANISATION,
  DEMO_ORGANISATION_ID,
  DEMO_USERS,
} from '../../shared/demo/organisation';
import type { ActivityId, LeadId, TeamId } from '../../shared/domain/ids';
import { freshLeadState, type Lead } from '../../shared/domain/lead';
import { isNationalDncStale } from '../../shared/domain/targets';
import { mutationSchema } from '../../shared/sync/protocol';
import {
  addInternalDnc,
  importNationalDnc,
  nationalFile,
  removeInternalDnc,
  searchDnc,
} from './dnc';
import { deskOf } from './desk';
import { nextLead, queueSize } from './leads-repo';
import type { Desk } from './run';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';

const NOW = Date.UTC(2026, 10, 23, 9); // Monday 12:00 in Riyadh
const DAY = 86_400_000;
const faisal = DEMO_USERS.find((u) => u.email.startsWith('faisal'))!;
const omar = DEMO_USERS.find((u) => u.email.startsWith('omar'))!;
const scope = { owners: [faisal.id], organisationTimezone: 'Asia/Riyadh' };
let db: DeskDatabase;
/** Omar, the Gulf team's supervisor, keeps the list. */
let desk: Desk;

function lead(id: string, phone: string, over: Partial<Lead> = {}): Lead {
  return {
    id: id as LeadId,
    organisationId: DEMO_ORGANISATION_ID,
    ownerId: faisal.id,
    teamId: faisal.teamId as TeamId,
    stage: 'lead',
    name: id,
    company: '',
    phoneE164: phone,
    phones: [],
    email: null,
    country: 'SA',
    timezone: 'Asia/Riyadh',
    listName: 'Riyadh cold',
    source: null,
    priority: 0,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: [id],
    notes: '',
    custom: {},
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
    ...freshLeadState(NOW - DAY),
    ...over,
  };
}

const put = (...leads: Lead[]) => db.leads.bulkPut(leads.map(toStoredLead));
const outbox = async () => (await db.outbox.toArray()).map((e) => mutationSchema.parse(e));

beforeEach(async () => {
  db = createDeskDatabase(`dnc-${Math.random()}`);
  desk = deskOf(db, omar, DEMO_ORGANISATION, () => NOW);
});
afterEach(async () => db.delete());

describe('internal do-not-call list', () => {
  it('adding a number flags its leads, main or extra phone, and they leave the dial queue', async () => {
    await put(
      lead('a', '+966501234567', { createdAt: NOW - 2 * DAY }),
      lead('b', '+966551112222', { phones: ['+966501234567'] }),
      lead('c', '+966559998888'),
    );
    expect((await nextLead(db, scope, NOW))?.id).toBe('a');
    const r = await addInternalDnc(desk, {
      phone: '050 123 4567',
      note: 'Asked by e-mail',
      defaultCountry: 'SA',
    });
    expect(r).toMatchObject({
      ok: true,
      flagged: 2,
      entry: {
        phoneE164: '+966501234567',
        source: 'internal',
        addedBy: omar.id,
        note: 'Asked by e-mail',
      },
    });
    expect((await db.leads.get('a' as LeadId))?.doNotCall).toBe(true);
    expect((await db.leads.get('b' as LeadId))?.queueKey).toBeNull();
    expect((await nextLead(db, scope, NOW))?.id).toBe('c');
    expect(await queueSize(db, [faisal.id])).toBe(1);
    const [entry] = await outbox();
    expect(entry).toMatchObject({
      name: 'putDnc',
      effects: {
        dnc: { put: [{ phoneE164: '+966501234567', source: 'internal' }] },
        leads: [
          { id: 'a', patch: { doNotCall: true, updatedAt: NOW } },
          { id: 'b', patch: { doNotCall: true, updatedAt: NOW } },
        ],
      },
    });
  });

  it('refuses an impossible number, a second entry and an overlong note, writing nothing', async () => {
    expect(await addInternalDnc(desk, { phone: '12', note: '' })).toEqual({
      ok: false,
      error: 'phoneInvalid',
    });
    expect(await addInternalDnc(desk, { phone: '+966501234567', note: 'x'.repeat(1001) })).toEqual({
      ok: false,
      error: 'noteTooLong',
    });
    await addInternalDnc(desk, { phone: '+966501234567', note: '' });
    expect(
      await addInternalDnc(desk, { phone: '0501234567', note: '', defaultCountry: 'SA' }),
    ).toEqual({
      ok: false,
      error: 'alreadyListed',
    });
    expect(await db.outbox.count()).toBe(1);
  });

  it('removing a number lets its leads be called again, unless they asked themselves', async () => {
    await put(lead('a', '+966501234567'), lead('b', '+966501234567'));
    await db.activities.add({
      id: '01900000-0000-7000-8000-0000000000c1' as ActivityId,
      leadId: 'b' as LeadId,
      agentId: faisal.id,
      type: 'call',
      at: NOW - DAY,
      durationSec: 30,
      disposition: 'doNotCall',
      note: '',
    });
    await addInternalDnc(desk, { phone: '+966501234567', note: '' });
    expect(await queueSize(db, [faisal.id])).toBe(0);
    const r = await removeInternalDnc(desk, '+966501234567');
    expect(r).toEqual({ ok: true, cleared: 1, stillNational: false });
    expect((await db.leads.get('a' as LeadId))?.doNotCall).toBe(false);
    expect((await db.leads.get('b' as LeadId))?.doNotCall).toBe(true);
    expect((await nextLead(db, scope, NOW))?.id).toBe('a');
    expect(await db.dnc.count()).toBe(0);
    const entries = await outbox();
    expect(entries.map((e) => e.name)).toEqual(['putDnc', 'removeDnc']);
    expect(entries[1]?.effects).toMatchObject({
      dnc: { remove: ['+966501234567'] },
      leads: [{ id: 'a', patch: { doNotCall: false } }],
    });
    expect(await removeInternalDnc(desk, '+966501234567')).toEqual({
      ok: false,
      error: 'notListed',
    });
  });

  it('keeps a lead blocked while another of its numbers is still listed', async () => {
    await put(lead('a', '+966501234567', { phones: ['+966551112222'] }));
    await addInternalDnc(desk, { phone: '+966501234567', note: '' });
    await addInternalDnc(desk, { phone: '+966551112222', note: '' });
    await removeInternalDnc(desk, '+966501234567');
    expect((await db.leads.get('a' as LeadId))?.doNotCall).toBe(true);
  });
});

describe('national do-not-call file', () => {
  const file = (numbers: string[], fileDate = NOW - 3 * DAY) => ({
    numbers,
    fileName: 'national-2026-11.csv',
    fileDate,
  });

  it('is out of date after 31 days, and when none was ever imported', async () => {
    expect(isNationalDncStale(await nationalFile(db), NOW)).toBe(true);
    await importNationalDnc(desk, file(['+966501234567'], NOW - 10 * DAY));
    const f = await nationalFile(db);
    expect(f).toMatchObject({ fileName: 'national-2026-11.csv', count: 1, importedAt: NOW });
    expect(isNationalDncStale(f, NOW)).toBe(false);
    expect(isNationalDncStale(f, NOW + 21 * DAY)).toBe(false);
    expect(isNationalDncStale(f, NOW + 22 * DAY)).toBe(true);
  });

  it('replaces the previous national entries, flagging and freeing leads, internal entries untouched', async () => {
    await put(
      lead('old', '+966501111111'),
      lead('new', '+966502222222'),
      lead('int', '+966503333333'),
    );
    await addInternalDnc(desk, { phone: '+966503333333', note: 'VIP: call only via key account' });
    await importNationalDnc(desk, file(['+966501111111', '+966504444444']));
    expect((await db.leads.get('old' as LeadId))?.doNotCall).toBe(true);
    // Not in that file: the internal entry is internal only.
    expect((await db.dnc.get('+966503333333'))?.national).toBeUndefined();

    const r = await importNationalDnc(
      desk,
      file(['+966502222222', '+966503333333', '+966504444444']),
    );
    // New to the national file: +966502222222, and +966503333333 under its internal entry
    // (shared/domain/dnc.ts planNationalImport counts both as added, the latter as shadowed too).
    expect(r).toMatchObject({
      ok: true,
      added: 2,
      removed: 1,
      kept: 1,
      shadowed: 1,
      flagged: 1,
      cleared: 1,
    });
    expect(await nationalFile(db)).toMatchObject({ count: 3, importedAt: NOW });
    const national = await db.dnc.where('source').equals('national').primaryKeys();
    expect(national.sort()).toEqual(['+966502222222', '+966504444444']);
    // The internal entry keeps its note and now says the number is national too.
    expect(await db.dnc.get('+966503333333')).toEqual({
      phoneE164: '+966503333333',
      source: 'internal',
      addedAt: NOW,
      addedBy: omar.id,
      note: 'VIP: call only via key account',
      national: true,
    });
    expect(await db.meta.get('dncNationalShadowed')).toBeUndefined();
    expect((await db.leads.get('old' as LeadId))?.doNotCall).toBe(false);
    expect((await db.leads.get('new' as LeadId))?.doNotCall).toBe(true);
    expect((await nextLead(db, scope, NOW))?.id).toBe('old');
    // The flag travels with the entry to the server.
    const marked = (await outbox()).find((e) =>
      e.effects.dnc?.put?.some((d) => d.phoneE164 === '+966503333333' && d.national === true),
    );
    expect(marked).toMatchObject({ name: 'putDnc', args: { source: 'national' } });

    // Off the internal list, the number is still on the national one: the lead stays blocked.
    expect(await removeInternalDnc(desk, '+966503333333')).toEqual({
      ok: true,
      cleared: 0,
      stillNational: true,
    });
    const left = await db.dnc.get('+966503333333');
    expect(left).toMatchObject({ source: 'national', note: '' });
    expect(left?.national).toBeUndefined();
    expect((await db.leads.get('int' as LeadId))?.doNotCall).toBe(true);
    expect(new Set((await outbox()).map((e) => e.name))).toEqual(
      new Set(['putDnc', 'removeDnc', 'setNationalDncFile']),
    );
  });

  it('takes the national flag off an internal entry when a new file no longer has the number', async () => {
    await put(lead('int', '+966503333333'));
    await addInternalDnc(desk, { phone: '+966503333333', note: 'Complained' });
    await importNationalDnc(desk, file(['+966503333333', '+966504444444']));
    expect(await db.dnc.get('+966503333333')).toMatchObject({ source: 'internal', national: true });

    const r = await importNationalDnc(desk, file(['+966504444444']));
    expect(r).toMatchObject({ ok: true, added: 0, removed: 1, kept: 1, cleared: 0 });
    const entry = await db.dnc.get('+966503333333');
    expect(entry).toMatchObject({ source: 'internal', note: 'Complained' });
    expect(entry?.national).toBeUndefined();
    // Still on the internal list: the lead stays blocked.
    expect((await db.leads.get('int' as LeadId))?.doNotCall).toBe(true);
    // Now the internal entry is the only one: taking it off frees the lead.
    expect(await removeInternalDnc(desk, '+966503333333')).toEqual({
      ok: true,
      cleared: 1,
      stillNational: false,
    });
    expect(await db.dnc.get('+966503333333')).toBeUndefined();
  });

  it('writes a big file in protocol-sized entries, all or nothing', async () => {
    const numbers = Array.from({ length: 25_000 }, (_, i) => `+9665${String(10_000_000 + i)}`);
    const progress: number[] = [];
    const r = await importNationalDnc(desk, file(numbers), {
      onProgress: (done) => progress.push(done),
    });
    expect(r).toMatchObject({ ok: true, added: 25_000 });
    expect(progress).toEqual([10_000, 20_000, 25_000]);
    const entries = await outbox();
    expect(entries.map((e) => [e.name, e.effects.dnc?.put?.length])).toEqual([
      ['putDnc', 10_000],
      ['putDnc', 10_000],
      ['putDnc', 5_000],
      ['setNationalDncFile', undefined],
    ]);
    expect(entries[3]?.effects.settings).toEqual([
      {
        key: 'dncNationalFile',
        value: {
          fileName: 'national-2026-11.csv',
          fileDate: NOW - 3 * DAY,
          importedAt: NOW,
          count: 25_000,
        },
      },
    ]);

    const bigger = [...numbers, '+966559999999'];
    vi.spyOn(db.dnc, 'bulkPut').mockImplementation(() => {
      throw new Error('quota');
    });
    // Its removals run (and are written) before the new number fails: all of it is undone.
    await expect(importNationalDnc(desk, file(bigger.slice(5)))).rejects.toThrow('quota');
    vi.restoreAllMocks();
    expect(await db.dnc.count()).toBe(25_000);
    expect(await db.dnc.get(numbers[0]!)).toBeDefined();
    expect(await db.outbox.count()).toBe(4);
    expect(await nationalFile(db)).toMatchObject({ count: 25_000 });
  });

  it('refuses an empty file or a missing or future date, writing nothing', async () => {
    expect(await importNationalDnc(desk, file([]))).toEqual({ ok: false, error: 'fileEmpty' });
    expect(await importNationalDnc(desk, { ...file(['+966501234567']), fileDate: null })).toEqual({
      ok: false,
      error: 'fileDateMissing',
    });
    expect(await importNationalDnc(desk, file(['+966501234567'], NOW + 5 * DAY))).toEqual({
      ok: false,
      error: 'fileDateInFuture',
    });
    expect(await db.dnc.count()).toBe(0);
    expect(await nationalFile(db)).toBeNull();
  });
});

describe('searching the list', () => {
  it('finds numbers by their start in any spelling and internal entries by their note', async () => {
    await importNationalDnc(desk, file2(['+966501234567', '+966509999999', '+905321234567']));
    await addInternalDnc(desk, { phone: '+966551112222', note: 'Complained to the ministry' });
    expect((await searchDnc(db, { text: '', source: 'all' }, 0, 10)).total).toBe(4);
    expect((await searchDnc(db, { text: '+96650', source: 'all' }, 0, 10)).total).toBe(2);
    expect(
      (await searchDnc(db, { text: '050 123 4567', source: 'all', defaultCountry: 'SA' }, 0, 10))
        .rows,
    ).toMatchObject([{ phoneE164: '+966501234567' }]);
    expect((await searchDnc(db, { text: '', source: 'national' }, 0, 10)).total).toBe(3);
    expect((await searchDnc(db, { text: '966', source: 'national' }, 0, 1)).rows).toHaveLength(1);
    expect(
      (await searchDnc(db, { text: 'ministry', source: 'internal' }, 0, 10)).rows,
    ).toMatchObject([{ phoneE164: '+966551112222' }]);
  });
});

function file2(numbers: string[]) {
  return { numbers, fileName: 'f.txt', fileDate: NOW - DAY };
}
