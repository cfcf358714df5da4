import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANY_LEAD, type LeadFilter } from '../../shared/domain/assignment';
import {
  DEMO_ORGANISATION,
  DEMO_ORGANISATION_ID,
  DEMO_TEAMS,
  DEMO_USERS,
} from '../../shared/demo/organisation';
import type { LeadId, TeamId, UserId } from '../../shared/domain/ids';
import { freshLeadState, type Lead } from '../../shared/domain/lead';
import { searchTokens } from '../../shared/domain/search-key';
import { reassignLeads as reassignVerb } from '../../shared/mutations/reassign-leads';
import { mutationSchema } from '../../shared/sync/protocol';
import {
  collectMatches,
  countMatches,
  listOwners,
  listStageCounts,
  pageOfMatches,
  reassignLeads,
} from './assignment';
import { deskOf } from './desk';
import { nextLead, queueSize } from './leads-repo';
import type { Desk } from './run';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';

const NOW = Date.UTC(2026, 10, 23, 9); // Monday 12:00 in Riyadh
const DAY = 86_400_000;
const faisal = DEMO_USERS.find((u) => u.email.startsWith('faisal'))!;
const mona = DEMO_USERS.find((u) => u.email.startsWith('mona'))!;
const emre = DEMO_USERS.find((u) => u.email.startsWith('emre'))!;
const omar = DEMO_USERS.find((u) => u.email.startsWith('omar'))!;
const sarah = DEMO_USERS.find((u) => u.email.startsWith('sarah'))!;
const gulf = faisal.teamId as TeamId;
const scopeOf = (id: string) => ({ owners: [id], organisationTimezone: 'Asia/Riyadh' });

let db: DeskDatabase;
/** Omar supervises the Gulf team; Sarah is the administrator (any team). */
let asOmar: Desk;
let asSarah: Desk;

function lead(n: number, over: Partial<Lead> = {}): Lead {
  const name = over.name ?? `Lead ${n}`;
  return {
    id: `lead-${String(n).padStart(6, '0')}` as LeadId,
    organisationId: DEMO_ORGANISATION_ID,
    ownerId: faisal.id,
    teamId: gulf,
    stage: 'lead',
    name,
    company: 'Nakheel Trading',
    phoneE164: `+9665${String(10_000_000 + n)}`,
    phones: [],
    email: null,
    country: 'SA',
    timezone: 'Asia/Riyadh',
    listName: 'Riyadh cold',
    source: 'coldList',
    priority: 0,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: searchTokens(name, 'Nakheel Trading'),
    notes: '',
    custom: {},
    createdAt: NOW - DAY - n,
    updatedAt: NOW - DAY,
    ...freshLeadState(NOW - DAY),
    ...over,
  };
}

const put = (leads: Lead[]) => db.leads.bulkPut(leads.map(toStoredLead));
const filter = (over: Partial<LeadFilter>): LeadFilter => ({ ...ANY_LEAD, ...over });

beforeEach(async () => {
  db = createDeskDatabase(`assignment-${Math.random()}`);
  await db.users.bulkPut(DEMO_USERS);
  await db.teams.bulkPut(DEMO_TEAMS);
  asOmar = deskOf(db, omar, DEMO_ORGANISATION, () => NOW);
  asSarah = deskOf(db, sarah, DEMO_ORGANISATION, () => NOW);
});
afterEach(async () => db.delete());

describe('reading a filter', () => {
  beforeEach(async () => {
    await put([
      ...Array.from({ length: 30 }, (_, i) => lead(i)),
      ...Array.from({ length: 10 }, (_, i) => lead(100 + i, { ownerId: mona.id })),
      ...Array.from({ length: 5 }, (_, i) => lead(200 + i, { listName: 'Jeddah', ownerId: null })),
      lead(300, { stage: 'won' }),
      lead(301, { stage: 'qualified', name: 'Ahmed Harbi' }),
    ]);
  });

  it('counts and pages by list, owner, team pool and words without reading the whole table', async () => {
    expect(await countMatches(db, filter({ listName: 'Riyadh cold' }))).toBe(41);
    expect(await countMatches(db, filter({ listName: 'Riyadh cold', includeClosed: true }))).toBe(
      42,
    );
    expect(
      await countMatches(
        db,
        filter({ listName: 'Riyadh cold', owner: { kind: 'agent', userId: faisal.id } }),
      ),
    ).toBe(31);
    expect(await countMatches(db, filter({ owner: { kind: 'teamQueue', teamId: gulf } }))).toBe(5);
    expect(await countMatches(db, filter({ query: 'ahmed' }))).toBe(1);
    // A phone number, typed as dialled in the organisation's country or in full.
    const byPhone = await pageOfMatches(
      db,
      filter({ query: '051 000 0003', defaultCountry: 'SA' }),
      0,
      20,
    );
    expect(byPhone.map((l) => l.phoneE164)).toEqual(['+966510000003']);
    expect(await countMatches(db, filter({ query: '+966 51 000 0003' }))).toBe(1);
    expect(await countMatches(db, filter({ stage: 'qualified' }))).toBe(1);

    const f = filter({ owner: { kind: 'agent', userId: faisal.id } });
    const pages = [await pageOfMatches(db, f, 0, 20), await pageOfMatches(db, f, 20, 20)];
    expect(pages.map((p) => p.length)).toEqual([20, 11]);
    const ids = pages.flat().map((l) => l.id);
    expect(new Set(ids).size).toBe(31);
  });

  it('collects every matching lead with whom it is now', async () => {
    const m = await collectMatches(db, filter({ listName: 'Riyadh cold' }));
    expect(m.ids).toHaveLength(41);
    expect(Object.fromEntries(m.from)).toEqual({ [faisal.id]: 31, [mona.id]: 10 });
    expect(m.owners.filter((o) => o === mona.id)).toHaveLength(10);
    const own = await collectMatches(db, filter({ owner: { kind: 'agent', userId: mona.id } }));
    expect(own.ids.sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `lead-${String(100 + i).padStart(6, '0')}`),
    );
    expect(new Set(own.owners)).toEqual(new Set([mona.id]));
    expect(Object.fromEntries(own.from)).toEqual({ [mona.id]: 10 });
  });

  it('never scans the leads table to answer a filter', async () => {
    const scan = vi.spyOn(db.leads, 'toCollection');
    const each = vi.spyOn(db.leads, 'each');
    await countMatches(db, filter({ listName: 'Riyadh cold' }));
    await pageOfMatches(db, filter({ owner: { kind: 'team', teamId: gulf } }), 0, 50);
    await collectMatches(db, filter({ stage: 'lead' }));
    expect(scan).not.toHaveBeenCalled();
    expect(each).not.toHaveBeenCalled();
  });
});

describe('reassigning', () => {
  it('moves leads from one hunter to another: they leave one dial queue and enter the other', async () => {
    await put(Array.from({ length: 12 }, (_, i) => lead(i)));
    const before = await nextLead(db, scopeOf(faisal.id), NOW);
    expect(before).not.toBeNull();
    const ids = (await collectMatches(db, filter({ owner: { kind: 'agent', userId: faisal.id } })))
      .ids;
    const r = await reassignLeads(asOmar, ids, { kind: 'agent', userId: mona.id, teamId: null });
    expect(r).toEqual({ ok: true, moved: 12, unchanged: 0, closedKept: 0, missing: 0, entries: 1 });
    expect(await queueSize(db, [faisal.id])).toBe(0);
    expect(await queueSize(db, [mona.id])).toBe(12);
    expect(await nextLead(db, scopeOf(faisal.id), NOW)).toBeNull();
    expect((await nextLead(db, scopeOf(mona.id), NOW))?.id).toBe(before?.id);
    const moved = await db.leads.get(before!.id);
    expect(moved).toMatchObject({ ownerId: mona.id, teamId: gulf, updatedAt: NOW });
  });

  it('writes valid outbox entries of at most 1000 leads that expect the owner it saw', async () => {
    await put(
      Array.from({ length: 2300 }, (_, i) => lead(i, { ownerId: i % 2 ? faisal.id : null })),
    );
    const ids = (await db.leads.toCollection().primaryKeys()) as LeadId[];
    const progress: number[] = [];
    // The administrator may move leads across teams.
    const r = await reassignLeads(
      asSarah,
      ids,
      { kind: 'agent', userId: emre.id, teamId: null },
      { onProgress: (done) => progress.push(done) },
    );
    expect(r).toMatchObject({ ok: true, moved: 2300, entries: 3 });
    expect(progress).toEqual([1000, 2000, 2300]);
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(3);
    const batches = new Set<string>();
    for (const e of entries) {
      const m = mutationSchema.parse(e);
      expect(m.name).toBe('reassignLeads');
      expect(m.schemaVersion).toBe(2);
      // Arguments the server reads with the verb's own schema.
      const args = reassignVerb.args.parse(m.args);
      expect(args).toMatchObject({
        to: { kind: 'agent', userId: emre.id },
        includeClosed: false,
        at: NOW,
      });
      batches.add(args.batch);
      expect(m.effects.leads!.length).toBeLessThanOrEqual(1000);
      // No activity: the outbox entry is the audit trail.
      expect(m.effects.activities).toBeUndefined();
    }
    // One reassignment, cut into three mutations, shares one batch id (audit).
    expect(batches.size).toBe(1);
    const first = entries[0]!.effects!.leads!.find((l) => l.id === 'lead-000000')!;
    expect(first).toEqual({
      id: 'lead-000000',
      patch: { ownerId: emre.id, teamId: emre.teamId, updatedAt: NOW },
      expect: { ownerId: null },
    });
    const second = entries[0]!.effects!.leads!.find((l) => l.id === 'lead-000001')!;
    expect(second.expect).toEqual({ ownerId: faisal.id });
    expect(await db.activities.count()).toBe(0);
    // Emre's team is Istanbul: the leads went with him.
    expect(await db.leads.where('[teamId+stage]').equals([emre.teamId!, 'lead']).count()).toBe(
      2300,
    );
  });

  it('deals leads out in turn between several targets, including a team pool', async () => {
    await put(Array.from({ length: 9 }, (_, i) => lead(i)));
    const ids = (await db.leads.toCollection().primaryKeys()) as LeadId[];
    const r = await reassignLeads(asSarah, ids, [
      { kind: 'agent', userId: mona.id, teamId: null },
      { kind: 'agent', userId: emre.id, teamId: null },
      { kind: 'teamQueue', teamId: gulf },
    ]);
    expect(r).toMatchObject({ ok: true, moved: 9, entries: 3 });
    expect(await queueSize(db, [mona.id])).toBe(3);
    expect(await queueSize(db, [emre.id])).toBe(3);
    expect(await queueSize(db, [`team:${gulf}`])).toBe(3);
  });

  it('leaves won and lost leads with their owner unless they are included', async () => {
    await put([lead(1), lead(2, { stage: 'won' }), lead(3, { stage: 'lost' })]);
    const ids = ['lead-000001', 'lead-000002', 'lead-000003'] as LeadId[];
    const to = { kind: 'agent', userId: mona.id, teamId: null } as const;
    expect(await reassignLeads(asOmar, ids, to)).toMatchObject({
      moved: 1,
      closedKept: 2,
    });
    expect((await db.leads.get('lead-000002' as LeadId))?.ownerId).toBe(faisal.id);
    expect(await reassignLeads(asOmar, ids, to, { includeClosed: true })).toMatchObject({
      moved: 2,
      unchanged: 1,
    });
    expect((await db.leads.get('lead-000002' as LeadId))?.ownerId).toBe(mona.id);
  });

  it('refuses an empty selection, no target, an unknown person or another team, writing nothing', async () => {
    await put([lead(1)]);
    const id = ['lead-000001' as LeadId];
    const to = { kind: 'agent', userId: mona.id, teamId: null } as const;
    expect(await reassignLeads(asOmar, [], to)).toEqual({ ok: false, error: 'nothingSelected' });
    expect(await reassignLeads(asOmar, id, [])).toEqual({ ok: false, error: 'noTarget' });
    const nobody = '01900000-0000-7000-8000-0000000009ff' as UserId;
    expect(
      await reassignLeads(asOmar, id, { kind: 'agent', userId: nobody, teamId: null }),
    ).toEqual({ ok: false, error: 'targetUnknown' });
    // Omar leads the Gulf team: he cannot send its leads to Istanbul.
    expect(
      await reassignLeads(asOmar, id, { kind: 'agent', userId: emre.id, teamId: null }),
    ).toEqual({ ok: false, error: 'forbidden' });
    // Nor may a hunter reassign at all.
    const asFaisal = deskOf(db, faisal, DEMO_ORGANISATION, () => NOW);
    expect(await reassignLeads(asFaisal, id, to)).toEqual({ ok: false, error: 'forbidden' });
    expect(await db.outbox.count()).toBe(0);
    expect((await db.leads.get(id[0]!))?.ownerId).toBe(faisal.id);
  });

  it('writes nothing at all when it fails half-way', async () => {
    await put(Array.from({ length: 1500 }, (_, i) => lead(i)));
    const ids = (await db.leads.toCollection().primaryKeys()) as LeadId[];
    const add = db.outbox.add.bind(db.outbox);
    let calls = 0;
    vi.spyOn(db.outbox, 'add').mockImplementation((entry) => {
      calls++;
      if (calls === 2) throw new Error('disk full');
      return add(entry);
    });
    await expect(
      reassignLeads(asOmar, ids, { kind: 'agent', userId: mona.id, teamId: null }),
    ).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    // The first part had been written inside the transaction: it is gone with the rest.
    expect(calls).toBe(2);
    expect(await db.outbox.count()).toBe(0);
    expect(await queueSize(db, [faisal.id])).toBe(1500);
    expect(await db.leads.where('ownerId').equals(mona.id).count()).toBe(0);
  });
});

describe('per-list views', () => {
  it('counts each list per stage, leads without a list apart, and who holds a list', async () => {
    await put([
      lead(1),
      lead(2, { stage: 'qualified' }),
      lead(3, { ownerId: mona.id }),
      lead(4, { listName: 'Jeddah', ownerId: null }),
      lead(5, { listName: null, stage: 'won' }),
    ]);
    const stats = await listStageCounts(db);
    expect(stats.map((s) => [s.listName, s.total])).toEqual([
      ['Jeddah', 1],
      ['Riyadh cold', 3],
      [null, 1],
    ]);
    expect(stats[1]?.byStage).toMatchObject({ lead: 2, qualified: 1, won: 0 });
    expect(stats[2]?.byStage.won).toBe(1);
    const owners = await listOwners(db, 'Riyadh cold');
    expect(owners.map((o) => [o.owner, o.total, o.byStage.qualified])).toEqual([
      [faisal.id, 2, 1],
      [mona.id, 1, 0],
    ]);
    expect((await listOwners(db, 'Jeddah'))[0]?.owner).toBe(`team:${gulf}`);
  });
});
