// The kept lead counts equal a recount of the leads after any run of writes, whoever writes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dexie } from 'dexie';
import type { LeadId } from '../../shared/domain/ids';
import { LEAD_STAGES, type Lead, type LeadStage } from '../../shared/domain/lead';
import { groupOpenDeals, type OpenDealGroup } from '../../shared/domain/insight/forecast';
import { PIPELINE_STAGES, type PipelineStage } from '../../shared/domain/insight/pipeline-settings';
import { testLead } from '../../shared/domain/testing/lead';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';
import { SCHEMAS } from './schema';
import {
  ALL_KEY,
  DAY_MS,
  DEAL_PREFIX,
  dealKey,
  dealOfRow,
  listStageKey,
  listStageTallies,
  readOpenDealGroups,
  readTallies,
  STAY_PREFIX,
  stageKey,
  stayKey,
  stayOfLead,
  tallyKeys,
  TALLIES,
  type TallyRow,
} from './tallies';

let db: DeskDatabase;
beforeEach(() => {
  db = createDeskDatabase(`tallies-${Math.random()}`);
});
afterEach(async () => db.delete());

const lead = (n: number, stage: LeadStage = 'lead', listName: string | null = null) =>
  toStoredLead(testLead(`lead-${n}`, { stage, listName }));

/** What the tallies should say: the leads counted one by one. */
async function recount(d: DeskDatabase): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const l of await d.leads.toArray())
    for (const k of tallyKeys(l)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b));

/** A write a property test makes to the leads (the stays' and the open deals'). */
type Write<R> =
  | { kind: 'put'; rows: R[] }
  | { kind: 'update'; n: number; stage: LeadStage; since: number }
  | { kind: 'reassign'; n: number; owner: string | null }
  | { kind: 'modify'; stage: LeadStage; since: number }
  | {
      kind: 'price';
      n: number;
      proposal: { productId: string; amount: number; currency: string } | null;
    }
  | { kind: 'delete'; ns: number[] }
  | { kind: 'undone'; rows: R[] }
  | { kind: 'clear' };

/** Makes `writes` on a cleared desk, as the desk's code writes leads (`make` builds a row). */
async function replay<R>(
  d: DeskDatabase,
  writes: Write<R>[],
  make: (row: R) => Lead,
): Promise<void> {
  await d.leads.clear();
  for (const o of writes) {
    const id = (n: number) => `lead-${n}` as LeadId;
    if (o.kind === 'put') await d.leads.bulkPut(o.rows.map(make).map(toStoredLead));
    else if (o.kind === 'update')
      await d.leads.update(id(o.n), { stage: o.stage, stageChangedAt: o.since });
    else if (o.kind === 'reassign')
      await d.leads.update(id(o.n), { ownerId: o.owner as Lead['ownerId'] });
    else if (o.kind === 'modify')
      await d.leads
        .where('stage')
        .equals(o.stage)
        .modify((l: Lead) => {
          l.stageChangedAt = o.since;
        });
    else if (o.kind === 'price')
      await d.leads.update(id(o.n), {
        proposal: o.proposal ? ({ ...o.proposal, at: 1 } as Lead['proposal']) : null,
      });
    else if (o.kind === 'delete') await d.leads.bulkDelete(o.ns.map(id));
    else if (o.kind === 'undone')
      await d
        .transaction('rw', d.leads, async () => {
          await d.leads.bulkPut(o.rows.map(make).map(toStoredLead));
          throw new Error('undone');
        })
        .catch(() => undefined);
    else await d.leads.clear();
  }
}

/** A desk as release `version` left it, holding `leads` (and what `more` writes); its name. */
async function oldDesk(
  version: number,
  leads: Lead[],
  more?: (old: Dexie) => Promise<unknown>,
): Promise<string> {
  const name = `v${version}-desk-${Math.random()}`;
  const old = new Dexie(name);
  SCHEMAS.slice(0, version).forEach((schema, i) => old.version(i + 1).stores(schema));
  await old.table('leads').bulkPut(leads.map(toStoredLead));
  await more?.(old);
  old.close();
  return name;
}

const byDealKey = (a: OpenDealGroup, b: OpenDealGroup) => dealKey(a).localeCompare(dealKey(b));

/** The open-deal groups as kept. */
async function keptDeals(d: Dexie): Promise<OpenDealGroup[]> {
  const rows = (await d
    .table(TALLIES)
    .where('key')
    .startsWith(DEAL_PREFIX)
    .toArray()) as TallyRow[];
  return rows.map(dealOfRow).sort(byDealKey);
}

/** What they should say: the owned leads in a pipeline stage, grouped as the forecast groups them. */
async function regroup(d: Dexie): Promise<OpenDealGroup[]> {
  const open = ((await d.table('leads').toArray()) as Lead[]).flatMap((l) =>
    l.ownerId && (PIPELINE_STAGES as readonly string[]).includes(l.stage)
      ? [{ ...l, ownerId: l.ownerId as string, stage: l.stage as PipelineStage }]
      : [],
  );
  return groupOpenDeals(open).sort(byDealKey);
}

/** The running-stay rows as kept. */
async function keptStays(d: Dexie): Promise<TallyRow[]> {
  return (await d.table(TALLIES).where('key').startsWith(STAY_PREFIX).toArray()) as TallyRow[];
}

/** What the running-stay rows should say: the leads tallied one by one. */
async function restay(d: Dexie): Promise<TallyRow[]> {
  const out = new Map<string, TallyRow>();
  for (const l of (await d.table('leads').toArray()) as Lead[]) {
    const stay = stayOfLead(l);
    if (!stay) continue;
    const row = out.get(stay.key) ?? { key: stay.key, n: 0, sum: 0 };
    row.n += 1;
    row.sum = (row.sum ?? 0) + stay.offset;
    out.set(stay.key, row);
  }
  return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
}

describe('lead tallies', () => {
  it('count every lead, per stage, and per list and stage as leads are written', async () => {
    await db.leads.bulkPut([lead(1), lead(2, 'qualified', 'Expo'), lead(3, 'lead', 'Expo')]);
    let t = await readTallies(db);
    expect(t.get(ALL_KEY)).toBe(3);
    expect(t.get(stageKey('lead'))).toBe(2);
    expect(t.get(listStageKey('Expo', 'qualified'))).toBe(1);
    expect(t.get(listStageKey(null, 'lead'))).toBe(1);

    // A stage change moves one lead between tallies; the count stays.
    await db.leads.update('lead-3' as LeadId, { stage: 'won' });
    t = await readTallies(db);
    expect(t.get(ALL_KEY)).toBe(3);
    expect(t.get(stageKey('won'))).toBe(1);
    expect(t.get(listStageKey('Expo', 'lead'))).toBeUndefined();

    await db.leads.delete('lead-1' as LeadId);
    expect((await readTallies(db)).get(ALL_KEY)).toBe(2);
    await db.leads.clear();
    expect((await readTallies(db)).size).toBe(0);
  });

  it('move nothing when the transaction that wrote the leads is undone', async () => {
    await db.leads.put(lead(1));
    await expect(
      db.transaction('rw', db.leads, async () => {
        await db.leads.bulkPut([lead(2), lead(3)]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await readTallies(db)).get(ALL_KEY)).toBe(1);
  });

  it('move right when a write spreads over many stored leads (asked key by key)', async () => {
    await db.leads.bulkPut(Array.from({ length: 30 }, (_, i) => lead(100 + i)));
    // Two leads, one stored and one new, with 30 stored between them: more than four per key.
    await db.leads.bulkPut([lead(100, 'won'), lead(999, 'lead', 'Late')]);
    const t = await readTallies(db);
    expect(t.get(ALL_KEY)).toBe(31);
    expect(t.get(stageKey('won'))).toBe(1);
    expect(sorted(t)).toEqual(sorted(await recount(db)));
  });

  it('group the leads by list for the lists screen', async () => {
    await db.leads.bulkPut([
      lead(1, 'lead', 'A'),
      lead(2, 'won', 'A'),
      lead(3),
      lead(4, 'lead', 'B'),
    ]);
    const lists = listStageTallies(await readTallies(db));
    expect(Object.fromEntries(lists.get('A') ?? [])).toEqual({ lead: 1, won: 1 });
    expect(Object.fromEntries(lists.get(null) ?? [])).toEqual({ lead: 1 });
    expect([...lists.keys()].sort()).toEqual(['A', 'B', null].sort());
  });

  it('equal a recount after any run of puts, adds, updates, modifies and deletes', async () => {
    const id = fc.integer({ min: 0, max: 12 });
    const stage = fc.constantFrom(...LEAD_STAGES);
    const list = fc.constantFrom(null, 'A', 'B');
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        rows: fc.array(fc.tuple(id, stage, list), { maxLength: 6 }),
      }),
      fc.record({ kind: fc.constant('add' as const), n: id, stage, list }),
      fc.record({ kind: fc.constant('update' as const), n: id, stage }),
      fc.record({ kind: fc.constant('modify' as const), stage, to: stage }),
      fc.record({ kind: fc.constant('delete' as const), ns: fc.array(id, { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('deleteWhere' as const), stage }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        await db.leads.clear();
        for (const o of ops) {
          if (o.kind === 'put')
            // The same lead twice in one write counts once, as the last.
            await db.leads.bulkPut(o.rows.map(([n, s, l]) => lead(n, s, l)));
          else if (o.kind === 'add')
            await db.leads.add(lead(o.n, o.stage, o.list)).catch((e: Error) => {
              if (e.name !== 'ConstraintError') throw e;
            });
          else if (o.kind === 'update')
            await db.leads.update(`lead-${o.n}` as LeadId, { stage: o.stage });
          else if (o.kind === 'modify')
            await db.leads
              .where('stage')
              .equals(o.stage)
              .modify((l: Lead) => {
                l.stage = o.to;
              });
          else if (o.kind === 'delete')
            await db.leads.bulkDelete(o.ns.map((n) => `lead-${n}` as LeadId));
          else if (o.kind === 'deleteWhere') await db.leads.where('stage').equals(o.stage).delete();
          else await db.leads.clear();
        }
        expect(sorted(await readTallies(db))).toEqual(sorted(await recount(db)));
      }),
      { numRuns: 60 },
    );
  });

  it('are counted from the indexes when a desk made before them is upgraded', async () => {
    // The schema test upgrades a v10 desk; here: the tallies it builds match a recount.
    const name = db.name;
    await db.leads.bulkPut([lead(1, 'won', 'A'), lead(2), lead(3, 'lead', 'A')]);
    const kept = sorted(await readTallies(db));
    db.close();
    const again = createDeskDatabase(name);
    await again.open();
    expect(sorted(await readTallies(again))).toEqual(kept);
    again.close();
    await Dexie.delete(name);
  });

  it('are counted afresh when a v17 desk is upgraded, its stays and open deals kept', async () => {
    // A v17 desk whose counts an import left short (two parts' updates read the same counts).
    const at = Date.UTC(2026, 10, 20, 9);
    const leads = Array.from({ length: 40 }, (_, i) =>
      testLead(`lead-${i}`, {
        stage: (['lead', 'qualified', 'proposalSent', 'won'] as const)[i % 4],
        listName: i % 3 ? 'Expo' : null,
        ownerId: `rep-${i % 2}` as Lead['ownerId'],
        stageChangedAt: at,
        proposal:
          i % 4 === 2
            ? ({ productId: 'p1', amount: 10 * i, currency: 'SAR', at } as Lead['proposal'])
            : null,
      }),
    );
    const others: TallyRow[] = [
      { key: stayKey('rep-0', 'qualified', Math.floor(at / DAY_MS)), n: 5, sum: 1_000 },
      { key: `${DEAL_PREFIX}as kept`, n: 2, priced: 1, amount: 20 },
    ];
    const name = await oldDesk(17, leads, async (old) => {
      const counted = new Map<string, number>();
      for (const l of leads)
        for (const k of tallyKeys(l)) counted.set(k, (counted.get(k) ?? 0) + 1);
      await old
        .table(TALLIES)
        .bulkPut([
          ...[...counted].map(([key, n]) => ({ key, n: Math.ceil(n / 2) })),
          { key: listStageKey('Gone', 'lead'), n: 3 },
          ...others,
        ]);
    });

    const d = createDeskDatabase(name);
    await d.open();
    expect(sorted(await readTallies(d))).toEqual(sorted(await recount(d)));
    expect(await d.table(TALLIES).where('key').aboveOrEqual(STAY_PREFIX).toArray()).toEqual(others);
    d.close();
    await Dexie.delete(name);
  });

  it('keep the running stays per owner, open stage and day of the stage change', async () => {
    const at = Date.UTC(2026, 10, 20, 9);
    const day = Math.floor(at / DAY_MS);
    const staying = (n: number, stage: LeadStage, ownerId: string | null, since: number) =>
      toStoredLead(
        testLead(`lead-${n}`, {
          stage,
          ownerId: ownerId as Lead['ownerId'],
          stageChangedAt: since,
        }),
      );
    await db.leads.bulkPut([
      staying(1, 'qualified', 'ali', at),
      staying(2, 'qualified', 'ali', at + 3_600_000),
      staying(3, 'qualified', 'ali', at - DAY_MS),
      // Won is not a running stay; a lead without an owner has none.
      staying(4, 'won', 'ali', at),
      staying(5, 'lead', null, at),
    ]);
    const nine = 9 * 3_600_000;
    expect(await keptStays(db)).toEqual([
      { key: stayKey('ali', 'qualified', day - 1), n: 1, sum: nine },
      { key: stayKey('ali', 'qualified', day), n: 2, sum: nine + nine + 3_600_000 },
    ]);
    // Moving on removes the stay; the counts are read without the stays.
    await db.leads.update('lead-1' as LeadId, {
      stage: 'proposalSent',
      stageChangedAt: at + DAY_MS,
    });
    expect(await keptStays(db)).toEqual(await restay(db));
    expect((await readTallies(db)).get(ALL_KEY)).toBe(5);
    expect([...(await readTallies(db)).keys()].some((k) => k.startsWith(STAY_PREFIX))).toBe(false);
  });

  it('keep the running stays equal to the leads after any run of writes', async () => {
    const id = fc.integer({ min: 0, max: 6 });
    const stage = fc.constantFrom(...LEAD_STAGES, 'qualified', 'lead');
    const owner = fc.constantFrom(null, 'ali', 'ali', 'ayse');
    // Instants on a few days, some on the same day, one on a day's first millisecond.
    const since = fc.constantFrom(
      0,
      3_600_000,
      DAY_MS + 1,
      DAY_MS + 7_200_000,
      5 * DAY_MS - 1,
      5 * DAY_MS,
      9 * DAY_MS + 7,
    );
    const row = fc.tuple(id, stage, owner, since);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), rows: fc.array(row, { maxLength: 6 }) }),
      fc.record({ kind: fc.constant('update' as const), n: id, stage, since }),
      fc.record({ kind: fc.constant('reassign' as const), n: id, owner }),
      fc.record({ kind: fc.constant('modify' as const), stage, since }),
      fc.record({ kind: fc.constant('delete' as const), ns: fc.array(id, { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    const make = ([n, s, o, t]: [number, LeadStage, string | null, number]) =>
      testLead(`lead-${n}`, { stage: s, ownerId: o as Lead['ownerId'], stageChangedAt: t });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 16 }), async (ops) => {
        await replay(db, ops, make);
        expect(await keptStays(db)).toEqual(await restay(db));
      }),
      { numRuns: 150 },
    );
  });

  it('tally the running stays from the index keys when a v12 desk is upgraded', async () => {
    const at = Date.UTC(2026, 10, 20, 9);
    const name = await oldDesk(
      12,
      Array.from({ length: 40 }, (_, i) =>
        testLead(`lead-${i}`, {
          stage: LEAD_STAGES[i % LEAD_STAGES.length] as LeadStage,
          ownerId: (i % 5 === 0 ? null : `rep-${i % 3}`) as Lead['ownerId'],
          stageChangedAt: at - (i % 7) * 40_000_000,
        }),
      ),
      // A v12 desk has its counts kept but no running stays.
      (v12) => v12.table(TALLIES).put({ key: ALL_KEY, n: 40 }),
    );
    const d = createDeskDatabase(name);
    await d.open();
    const kept = await keptStays(d);
    expect(kept.length).toBeGreaterThan(3);
    expect(kept).toEqual(await restay(d));
    expect((await readTallies(d)).get(ALL_KEY)).toBe(40);
    d.close();
    await Dexie.delete(name);
  });
  it('keep the open deals grouped as the forecast weighs them, after any run of writes', async () => {
    const HOUR = 3_600_000;
    const t0 = Date.UTC(2026, 10, 20, 9, 15);
    const id = fc.integer({ min: 0, max: 6 });
    const stage = fc.constantFrom(...LEAD_STAGES, 'qualified', 'proposalSent', 'meetingScheduled');
    const owner = fc.constantFrom(null, 'ali', 'ali', 'ayse');
    // Some in the same hour, one on its first millisecond.
    const since = fc.constantFrom(t0, t0 + 60_000, t0 + HOUR, 10 * HOUR, 10 * HOUR - 1);
    const proposal = fc.option(
      fc.record({
        productId: fc.constantFrom('p1', 'p2'),
        amount: fc.constantFrom(0, 99.5, 1_500, 20_000.25),
        currency: fc.constantFrom('SAR', 'TRY'),
      }),
    );
    const meeting = fc.option(
      fc.record({ at: fc.constantFrom(t0 + 5 * HOUR, t0 + 5 * HOUR + 7), held: fc.boolean() }),
    );
    const follow = fc.option(fc.constantFrom(t0 + 48 * HOUR, t0 + 48 * HOUR + 1));
    const row = fc.tuple(id, stage, owner, since, proposal, meeting, follow);
    type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;
    const make = ([n, s, o, t, p, m, f]: Row) =>
      testLead(`lead-${n}`, {
        stage: s as LeadStage,
        ownerId: o as Lead['ownerId'],
        stageChangedAt: t,
        proposal: p ? ({ ...p, at: t } as Lead['proposal']) : null,
        meeting: m
          ? ({
              at: m.at,
              closerId: 'ali',
              bookedBy: 'ayse',
              bookedAt: t,
              note: '',
              ...(m.held ? { outcome: 'held', outcomeAt: m.at } : {}),
            } as Lead['meeting'])
          : null,
        nextCallAt: f,
        nextCallKind: f === null ? null : 'followUp',
      });
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), rows: fc.array(row, { maxLength: 6 }) }),
      fc.record({ kind: fc.constant('update' as const), n: id, stage, since }),
      fc.record({ kind: fc.constant('reassign' as const), n: id, owner }),
      fc.record({ kind: fc.constant('price' as const), n: id, proposal }),
      fc.record({ kind: fc.constant('delete' as const), ns: fc.array(id, { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('undone' as const), rows: fc.array(row, { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 16 }), async (ops) => {
        await replay(db, ops, make);
        expect(await keptDeals(db)).toEqual(await regroup(db));
      }),
      { numRuns: 150 },
    );
  });

  it('read an owner’s open deals from the kept groups, and tally them when a v15 desk is upgraded', async () => {
    const at = Date.UTC(2026, 10, 20, 9);
    const name = await oldDesk(
      15,
      Array.from({ length: 60 }, (_, i) =>
        testLead(`lead-${i}`, {
          stage: (['qualified', 'proposalSent', 'meetingScheduled', 'lead', 'won'] as const)[i % 5],
          ownerId: (i % 7 === 0 ? null : `rep-${i % 3}`) as Lead['ownerId'],
          stageChangedAt: at - (i % 2) * 5_000_000,
          proposal:
            i % 5 === 1
              ? ({ productId: 'p1', amount: 100 * i, currency: 'SAR', at } as Lead['proposal'])
              : null,
        }),
      ),
    );
    const d = createDeskDatabase(name);
    await d.open();
    const kept = await keptDeals(d);
    expect(kept.reduce((n, g) => n + g.n, 0)).toBe(30);
    expect(kept.some((g) => g.n > 1)).toBe(true);
    expect(kept).toEqual(await regroup(d));
    const rep1 = (await readOpenDealGroups(d, 'rep-1')).sort(byDealKey);
    expect(rep1.length).toBeGreaterThan(0);
    expect(rep1).toEqual(kept.filter((g) => g.ownerId === 'rep-1'));
    d.close();
    await Dexie.delete(name);
  });
});
