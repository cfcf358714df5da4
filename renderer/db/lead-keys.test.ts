// The leads' identity keys equal those derived from the leads after any run of writes, and a
// write that leaves them as they were writes no key row.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DBCore, Middleware } from 'dexie';
import type { LeadId } from '../../shared/domain/ids';
import { LEAD_STAGES, type Lead } from '../../shared/domain/lead';
import { searchTokens } from '../../shared/domain/search-key';
import { testLead } from '../../shared/domain/testing/lead';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';
import { leadKeyRow, type LeadKeyRow } from './lead-keys';
import { findByPhone, searchLeads } from './leads-repo';

let db: DeskDatabase;
beforeEach(() => {
  db = createDeskDatabase(`lead-keys-${Math.random()}`);
});
afterEach(async () => db.delete());

const NAMES = ['Ahmed Hassan', 'Ayşe Yılmaz', 'Mona Saleh', 'John Smith'];
const PHONES = ['+905321112233', '+966501234567', '+447700900123'];

const lead = (n: number, name = NAMES[n % NAMES.length] ?? 'X', phone: string | null = null) =>
  toStoredLead(
    testLead(`lead-${n}`, {
      name,
      searchKeys: searchTokens(name),
      phoneE164: phone,
      phones: phone ? [] : [PHONES[n % PHONES.length] ?? ''],
    }),
  );

/** What the key store should hold: a key row per lead, derived from the lead. */
async function derived(d: DeskDatabase): Promise<LeadKeyRow[]> {
  return (await d.leads.toArray()).map(leadKeyRow);
}

/** Every key-row write Dexie sends to IndexedDB, by type. */
function logKeyWrites(d: DeskDatabase): string[] {
  const writes: string[] = [];
  const log: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'key-write-log',
    // Under the tallies middleware, which writes the key rows (Dexie stacks lower levels first).
    level: 0,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== 'leadKeys') return t;
        return {
          ...t,
          mutate: (req) => {
            writes.push(req.type);
            return t.mutate(req);
          },
        };
      },
    }),
  };
  d.use(log);
  return writes;
}

describe('lead identity keys', () => {
  it('are written with a new lead, left alone by a call, rewritten by a contact edit, and go with the lead', async () => {
    const writes = logKeyWrites(db);
    await db.leads.put(lead(1, 'Ahmed Hassan', '+905321112233'));
    expect(writes).toEqual(['put']);
    expect(await db.leadKeys.get('lead-1')).toMatchObject({
      phoneE164: '+905321112233',
      searchKeys: ['ahmed', 'hassan', 'ahmed hassan'],
    });

    // A call: stage, next call and touches move; the keys do not.
    writes.length = 0;
    await db.leads.update('lead-1' as LeadId, { stage: 'qualified', touches: 1, nextCallAt: 5 });
    const stored = await db.leads.get('lead-1' as LeadId);
    await db.leads.put({ ...stored!, notes: 'asked for a quote' });
    expect(writes).toEqual([]);

    // A new number and a corrected name: the keys follow.
    await db.leads.update('lead-1' as LeadId, {
      name: 'Ahmad Hassan',
      searchKeys: searchTokens('Ahmad Hassan'),
      phones: ['+966501234567'],
    });
    expect(writes).toEqual(['put']);
    expect((await findByPhone(db, '+966501234567')).map((l) => l.id)).toEqual(['lead-1']);
    expect((await searchLeads(db, 'ahmad hassan')).map((l) => l.id)).toEqual(['lead-1']);
    expect(await searchLeads(db, 'ahmed')).toEqual([]);

    await db.leads.delete('lead-1' as LeadId);
    expect(await db.leadKeys.count()).toBe(0);
    expect(await findByPhone(db, '+905321112233')).toEqual([]);
  });

  it('are left as they were when the transaction that wrote the lead is undone', async () => {
    await db.leads.put(lead(1));
    await expect(
      db.transaction('rw', db.leads, async () => {
        await db.leads.put(lead(1, 'Someone Else', '+447700900123'));
        await db.leads.put(lead(2));
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    expect(await db.leadKeys.toArray()).toEqual(await derived(db));
  });

  it('equal the keys derived from the leads after any run of puts, updates, modifies and deletes', async () => {
    const id = fc.integer({ min: 0, max: 10 });
    const name = fc.constantFrom(...NAMES);
    const phone = fc.constantFrom(null, ...PHONES);
    const stage = fc.constantFrom(...LEAD_STAGES);
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        rows: fc.array(fc.tuple(id, name, phone), { maxLength: 6 }),
      }),
      fc.record({ kind: fc.constant('call' as const), n: id, stage }),
      fc.record({ kind: fc.constant('rename' as const), n: id, name }),
      fc.record({ kind: fc.constant('modify' as const), stage, name }),
      fc.record({ kind: fc.constant('delete' as const), ns: fc.array(id, { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('deleteWhere' as const), stage }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        await db.leads.clear();
        for (const o of ops) {
          if (o.kind === 'put')
            await db.leads.bulkPut(o.rows.map(([n, nm, p]) => lead(n, nm, p)));
          else if (o.kind === 'call')
            await db.leads.update(`lead-${o.n}` as LeadId, { stage: o.stage, touches: 1 });
          else if (o.kind === 'rename')
            await db.leads.update(`lead-${o.n}` as LeadId, {
              name: o.name,
              searchKeys: searchTokens(o.name),
            });
          else if (o.kind === 'modify')
            await db.leads
              .where('stage')
              .equals(o.stage)
              .modify((l: Lead) => {
                l.name = o.name;
                l.searchKeys = searchTokens(o.name);
              });
          else if (o.kind === 'delete')
            await db.leads.bulkDelete(o.ns.map((n) => `lead-${n}` as LeadId));
          else if (o.kind === 'deleteWhere') await db.leads.where('stage').equals(o.stage).delete();
          else await db.leads.clear();
        }
        const byId = (rows: LeadKeyRow[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(await db.leadKeys.toArray())).toEqual(byId(await derived(db)));
      }),
      { numRuns: 60 },
    );
  });
});
