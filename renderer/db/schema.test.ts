import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import {
  createDeskDatabase,
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
  SCHEMAS,
  toStoredLead,
  V5_NATIONAL_SHADOWED_KEY,
  type DeskDatabase,
  type StoredLead,
} from './schema';
import { ALL_KEY, listStageKey, readTallies, stageKey } from './tallies';
import { freshLeadState, type Activity, type Lead } from '../../shared/domain/lead';
import type { ActivityId, LeadId, OrganisationId, TeamId, UserId } from '../../shared/domain/ids';
import { searchTokens } from '../../shared/domain/search-key';
import type { DncEntry } from '../../shared/domain/targets';

let db: DeskDatabase | undefined;
afterEach(async () => {
  if (db) await db.delete();
  db = undefined;
});

function lead(over: Omit<Partial<Lead>, 'id'> & { id: string }): StoredLead {
  const name = over.name ?? 'Ayşe Yılmaz';
  return toStoredLead({
    organisationId: 'org' as OrganisationId,
    ownerId: 'u1' as UserId,
    teamId: 't1' as TeamId,
    stage: 'lead',
    name,
    company: 'Acme',
    phoneE164: null,
    phones: [],
    email: null,
    country: 'TR',
    timezone: 'Europe/Istanbul',
    listName: 'Cold list A',
    source: null,
    priority: 0,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: searchTokens(name),
    notes: '',
    custom: {},
    createdAt: 1,
    updatedAt: 1,
    ...freshLeadState(1),
    ...over,
    id: over.id as LeadId,
  });
}

describe('desk database schema v1', () => {
  it('opens at the current version with the tables the desk needs', async () => {
    db = createDeskDatabase(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'activities',
      'content',
      'dnc',
      'factLeads',
      'factMonths',
      'factOrgMonths',
      'factRepMonths',
      'facts',
      'imports',
      'leadBase',
      'leads',
      'meta',
      'outbox',
      'recordingPieces',
      'recordings',
      'rejections',
      'salesTargets',
      'sent',
      'tallies',
      'targets',
      'teams',
      'users',
    ]);
  });

  it("answers an agent's stage page and next-call order from indexes", async () => {
    db = createDeskDatabase(`schema-${Math.random()}`);
    await db.leads.bulkPut([
      lead({ id: 'a', stage: 'lead', nextCallAt: 300 }),
      lead({ id: 'b', stage: 'qualified', nextCallAt: 100 }),
      lead({ id: 'c', stage: 'lead', nextCallAt: 200 }),
      lead({ id: 'd', stage: 'lead', ownerId: 'u2' as UserId, nextCallAt: 50 }),
    ]);
    const myFresh = await db.leads.where('[ownerId+stage]').equals(['u1', 'lead']).primaryKeys();
    expect(myFresh.sort()).toEqual(['a', 'c']);
    const due = await db.leads
      .where('[ownerId+nextCallAt]')
      .between(['u1', Dexie.minKey], ['u1', Dexie.maxKey])
      .toArray();
    expect(due.map((l) => l.id)).toEqual(['b', 'c', 'a']);
  });

  it('finds a lead by any spelling of an Arabic name through the multi-entry search index', async () => {
    db = createDeskDatabase(`schema-${Math.random()}`);
    await db.leads.bulkPut([
      lead({ id: 'x', name: 'أحمد فاطمة' }),
      lead({ id: 'y', name: 'Zeynep' }),
    ]);
    const hits = await db.leads
      .where('searchKeys')
      .startsWith(searchTokens('احمد')[0]!)
      .primaryKeys();
    // The word and the name pair both start with it: still one lead.
    expect([...new Set(hits)]).toEqual(['x']);
  });

  it('keeps activities in time order per lead and numbers outbox entries in order', async () => {
    db = createDeskDatabase(`schema-${Math.random()}`);
    const act = (id: string, at: number): Activity => ({
      id: id as ActivityId,
      leadId: 'a' as LeadId,
      agentId: 'u1' as UserId,
      type: 'call',
      at,
      durationSec: 30,
      disposition: 'noAnswer',
      note: '',
    });
    await db.activities.bulkAdd([act('2', 20), act('1', 10), act('3', 30)]);
    const history = await db.activities
      .where('[leadId+at]')
      .between(['a', 0], ['a', Infinity])
      .toArray();
    expect(history.map((a) => a.at)).toEqual([10, 20, 30]);
    const s1 = await db.outbox.add({
      clientId: 'c',
      name: 'logCall',
      args: {},
      schemaVersion: 1,
      createdAt: 1,
    });
    const s2 = await db.outbox.add({
      clientId: 'c',
      name: 'setDisposition',
      args: {},
      schemaVersion: 1,
      createdAt: 2,
    });
    expect(s2).toBeGreaterThan(s1!);
  });
});

describe('upgrade v1 → v2', () => {
  it('keeps every v1 lead and gives it the pipeline fields and its dial-queue key', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    // A v1 record: none of the fields v2 added.
    const {
      queueOwner: _qo,
      queueKey: _qk,
      stageChangedAt: _sc,
      refusals: _r,
      attempts: _a,
      bant: _b,
      followUpList: _f,
      ...old
    } = lead({ id: 'old', phoneE164: '+905321234567' }); // a lead without a number is never queued
    await v1.table('leads').put(old);
    await v1.table('leads').put({ ...old, id: 'dnc', doNotCall: true });
    v1.close();

    db = createDeskDatabase(name);
    const upgraded = await db.leads.get('old' as LeadId);
    expect(upgraded).toMatchObject({
      name: 'Ayşe Yılmaz',
      refusals: 0,
      attempts: 0,
      followUpList: 'none',
      queueOwner: 'u1',
    });
    expect(upgraded?.queueKey).toMatch(/^1\|/);
    const inQueue = await db.leads
      .where('[queueOwner+queueKey]')
      .between(['u1', Dexie.minKey], ['u1', Dexie.maxKey])
      .primaryKeys();
    expect(inQueue).toEqual(['old']);
  });
});

describe('upgrade v2 → v3', () => {
  it('keeps every v2 lead and finds it by list and stage and by team and stage', async () => {
    const name = `upgrade3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const stored = {
      ...lead({ id: 'l2' }),
      listName: 'Istanbul cafés',
      queueOwner: 'u1',
      queueKey: null,
    };
    await v2.table('leads').put(stored);
    v2.close();

    db = createDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.leads.get('l2' as LeadId)).toMatchObject({ listName: 'Istanbul cafés' });
    expect(
      await db.leads.where('[listName+stage]').equals(['Istanbul cafés', 'lead']).primaryKeys(),
    ).toEqual(['l2']);
    expect(await db.leads.where('[teamId+stage]').equals(['t1', 'lead']).primaryKeys()).toEqual([
      'l2',
    ]);
    await db.dnc.put({
      phoneE164: '+905321234567',
      source: 'internal',
      addedAt: 1,
      addedBy: null,
      note: '',
    });
    expect(await db.dnc.count()).toBe(1);
  });
});

describe('upgrade v3 → v4', () => {
  it('keeps every v3 lead and outbox entry and adds the rejected-changes table', async () => {
    const name = `upgrade4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('leads').put({ ...lead({ id: 'l3' }), queueOwner: 'u1', queueKey: null });
    await v3.table('outbox').add({
      clientId: 'c',
      name: 'addNote',
      args: {},
      schemaVersion: 1,
      createdAt: 5,
    });
    v3.close();

    db = createDeskDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.leads.get('l3' as LeadId)).toMatchObject({ name: 'Ayşe Yılmaz' });
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ seq: 1, name: 'addNote' }),
    ]);
    await db.rejections.add({
      seq: 1,
      name: 'handOff',
      reason: 'ownerChanged',
      detail: '',
      leadId: 'l3',
      leadName: 'Ayşe Yılmaz',
      at: 10,
    });
    expect(await db.rejections.where('leadId').equals('l3').count()).toBe(1);
  });
});

describe('upgrade v4 → v5', () => {
  it('gives every lead its queue zone and finds it through the zone index', async () => {
    const name = `upgrade5-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    const { queueZone: _z, ...old } = toStoredLead(lead({ id: 'z1', phoneE164: '+905321234567' }));
    await v4.table('leads').put(old);
    v4.close();

    db = createDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await db.leads.get('z1' as LeadId))?.queueZone).toBe('Europe/Istanbul');
    const inZone = await db.leads
      .where('[queueOwner+queueZone+queueKey]')
      .between(['u1', 'Europe/Istanbul', Dexie.minKey], ['u1', 'Europe/Istanbul', Dexie.maxKey])
      .primaryKeys();
    expect(inZone).toEqual(['z1']);
  });
});

describe('upgrade v5 → v6', () => {
  it('marks internal do-not-call entries the v5 desk listed as national too, and drops the list', async () => {
    const name = `upgrade6-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores(SCHEMA_V1);
    v5.version(2).stores(SCHEMA_V2);
    v5.version(3).stores(SCHEMA_V3);
    v5.version(4).stores(SCHEMA_V4);
    v5.version(5).stores(SCHEMA_V5);
    const entry = (phoneE164: string, source: DncEntry['source'], note = ''): DncEntry => ({
      phoneE164,
      source,
      addedAt: 1,
      addedBy: null,
      note,
    });
    await v5.table('dnc').bulkPut([
      // Internal, and in the national file (the v5 desk kept that in the meta list).
      entry('+966501111111', 'internal', 'VIP: key account only'),
      // Internal only.
      entry('+966502222222', 'internal', 'Complained'),
      // National: it has no internal entry to mark.
      entry('+966503333333', 'national'),
    ]);
    await v5.table('meta').bulkPut([
      {
        key: V5_NATIONAL_SHADOWED_KEY,
        value: ['+966501111111', '+966503333333', '+966509999999'],
      },
      { key: 'clientId', value: '01900000-0000-7000-8000-00000000c1d0' },
    ]);
    v5.close();

    db = createDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.dnc.get('+966501111111')).toEqual({
      ...entry('+966501111111', 'internal', 'VIP: key account only'),
      national: true,
    });
    expect(await db.dnc.get('+966502222222')).toEqual(
      entry('+966502222222', 'internal', 'Complained'),
    );
    expect(await db.dnc.get('+966503333333')).toEqual(entry('+966503333333', 'national'));
    // A listed number with no entry is not invented.
    expect(await db.dnc.count()).toBe(3);
    expect(await db.meta.get(V5_NATIONAL_SHADOWED_KEY)).toBeUndefined();
    expect((await db.meta.get('clientId'))?.value).toBe('01900000-0000-7000-8000-00000000c1d0');
  });

  it('opens a v5 desk that never imported a national file unchanged', async () => {
    const name = `upgrade6-empty-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores(SCHEMA_V1);
    v5.version(2).stores(SCHEMA_V2);
    v5.version(3).stores(SCHEMA_V3);
    v5.version(4).stores(SCHEMA_V4);
    v5.version(5).stores(SCHEMA_V5);
    await v5.table('dnc').put({
      phoneE164: '+966502222222',
      source: 'internal',
      addedAt: 1,
      addedBy: null,
      note: '',
    });
    v5.close();

    db = createDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const kept = await db.dnc.get('+966502222222');
    expect(kept).toMatchObject({ source: 'internal' });
    expect(kept?.national).toBeUndefined();
  });
});

describe('desk database schema v7', () => {
  it('opens a v6 desk with its outbox as it was and an empty list of acknowledged changes', async () => {
    const name = `upgrade7-${Math.random()}`;
    const v6 = new Dexie(name);
    v6.version(1).stores(SCHEMA_V1);
    v6.version(2).stores(SCHEMA_V2);
    v6.version(3).stores(SCHEMA_V3);
    v6.version(4).stores(SCHEMA_V4);
    v6.version(5).stores(SCHEMA_V5);
    v6.version(6).stores(SCHEMA_V6);
    const entry = {
      clientId: '01900000-0000-7000-8000-00000000c1d0',
      name: 'addNote',
      args: { leadId: 'x' },
      effects: {},
      schemaVersion: 2,
      createdAt: 5,
    };
    await v6.table('outbox').add(entry);
    v6.close();

    db = createDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // v11 indexes each entry by the leads its effects change: these change none.
    expect(await db.outbox.toArray()).toEqual([{ ...entry, seq: 1, leadIds: [] }]);
    expect(await db.sent.count()).toBe(0);
    // Acknowledged changes are found by seq (re-send) and by age (pruning).
    await db.sent.put({ ...entry, seq: 1, sentAt: 10 });
    expect(await db.sent.where('sentAt').below(11).count()).toBe(1);
  });
});

describe('desk database schema v10', () => {
  it('opens a v9 desk with its data as it was and empty recording tables', async () => {
    const name = `upgrade10-${Math.random()}`;
    const v9 = new Dexie(name);
    v9.version(1).stores(SCHEMA_V1);
    v9.version(2).stores(SCHEMA_V2);
    v9.version(3).stores(SCHEMA_V3);
    v9.version(4).stores(SCHEMA_V4);
    v9.version(5).stores(SCHEMA_V5);
    v9.version(6).stores(SCHEMA_V6);
    v9.version(7).stores(SCHEMA_V7);
    v9.version(8).stores(SCHEMA_V8);
    v9.version(9).stores(SCHEMA_V9);
    await v9.table('meta').put({ key: 'clientId', value: 'c1' });
    v9.close();

    db = createDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.meta.get('clientId')).toEqual({ key: 'clientId', value: 'c1' });
    expect(await db.recordings.count()).toBe(0);
    expect(await db.recordingPieces.count()).toBe(0);
    // The uploader's queue is read by status.
    expect(await db.recordings.where('status').equals('sealed').count()).toBe(0);
  });
});

describe('desk database schema v11', () => {
  async function v10Desk(name: string): Promise<Dexie> {
    const v10 = new Dexie(name);
    const schemas = SCHEMAS.slice(0, 10);
    schemas.forEach((schema, i) => v10.version(i + 1).stores(schema));
    await v10.open();
    return v10;
  }

  it('drops the prefix indexes and still answers by owner, team and list from the compound ones', async () => {
    const name = `upgrade11-${Math.random()}`;
    const v10 = await v10Desk(name);
    await v10
      .table('leads')
      .bulkPut([
        lead({ id: 'a', ownerId: 'u1' as UserId, listName: 'Expo', stage: 'lead' }),
        lead({ id: 'b', ownerId: 'u1' as UserId, listName: 'Cold', stage: 'qualified' }),
        lead({ id: 'c', ownerId: 'u2' as UserId, teamId: 't2' as TeamId, listName: 'Expo' }),
        lead({ id: 'd', ownerId: null, teamId: 't2' as TeamId, listName: 'Web' }),
      ]);
    v10.close();

    db = createDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const indexes = db.leads.schema.indexes.map((i) => i.name);
    for (const dropped of ['teamId', 'listName', '[ownerId+stage]', 'updatedAt'])
      expect(indexes).not.toContain(dropped);
    expect(indexes).toContain('[ownerId+stage+stageChangedAt]');
    expect((await db.leads.where('ownerId').equals('u1').primaryKeys()).sort()).toEqual(['a', 'b']);
    expect((await db.leads.where('teamId').equals('t2').primaryKeys()).sort()).toEqual(['c', 'd']);
    expect(await db.leads.where('listName').equals('Expo').count()).toBe(2);
    expect(await db.leads.orderBy('listName').uniqueKeys()).toEqual(['Cold', 'Expo', 'Web']);
    expect(await db.leads.where('[ownerId+stage]').equals(['u1', 'lead']).primaryKeys()).toEqual([
      'a',
    ]);
    // The lead counts are kept from now on, counted once by the upgrade.
    const tallies = await readTallies(db);
    expect(tallies.get(ALL_KEY)).toBe(4);
    expect(tallies.get(stageKey('lead'))).toBe(3);
    expect(tallies.get(listStageKey('Expo', 'lead'))).toBe(2);
    expect(tallies.get(listStageKey('Web', 'lead'))).toBe(1);
  });

  it("keeps the server's version only of leads with changes waiting, and indexes the outbox by lead", async () => {
    const name = `upgrade11b-${Math.random()}`;
    const v10 = await v10Desk(name);
    const rows = ['a', 'b', 'c'].map((id) => lead({ id }));
    await v10.table('leads').bulkPut(rows);
    await v10.table('leadBase').bulkPut(rows);
    const entry = {
      clientId: 'c1',
      name: 'addNote',
      args: { leadId: 'b' },
      effects: { leads: [{ id: 'b', patch: { notes: 'call back' } }] },
      schemaVersion: 2,
      createdAt: 5,
    };
    // An entry of the first format names its lead in its arguments only.
    const v1 = {
      clientId: 'c1',
      name: 'setStage',
      args: { leadId: 'c' },
      schemaVersion: 1,
      createdAt: 6,
    };
    await v10.table('outbox').bulkAdd([entry, v1]);
    v10.close();

    db = createDeskDatabase(name);
    await db.open();
    expect((await db.leadBase.toCollection().primaryKeys()).sort()).toEqual(['b', 'c']);
    expect(await db.leads.count()).toBe(3);
    expect(await db.outbox.where('leadIds').equals('b').primaryKeys()).toEqual([1]);
    expect(await db.outbox.where('leadIds').equals('c').primaryKeys()).toEqual([2]);
    expect(await db.outbox.where('leadIds').equals('a').count()).toBe(0);
  });
});
