import { afterEach, describe, expect, it } from 'vitest';
import { loadDemo } from './demo-loader';
import { createDeskDatabase, type DeskDatabase } from './schema';

const NOW = Date.UTC(2026, 10, 23, 7);
let db: DeskDatabase;
afterEach(async () => db.delete());

describe('loadDemo (reset the demo)', () => {
  it('leaves nothing of the previous session: lists, DNC, targets, outbox, refused changes', async () => {
    db = createDeskDatabase(`demo-${Math.random()}`);
    await loadDemo(db, NOW);
    const leads = await db.leads.count();
    await db.dnc.put({
      phoneE164: '+966500000001',
      source: 'national',
      addedAt: 1,
      addedBy: null,
      note: '',
    });
    await db.meta.put({
      key: 'dncNationalFile',
      value: { fileName: 'x', fileDate: 1, importedAt: 1, count: 1 },
    });
    await db.meta.put({ key: 'clientId', value: 'keep-me' });
    await db.targets.put({
      userId: 'u' as never,
      dailyCalls: 1,
      dailyBookings: 1,
      monthlyWins: 1,
      monthlyRevenue: 1,
      updatedAt: 1,
      updatedBy: null,
    });
    await db.outbox.add({
      clientId: 'c',
      name: 'addNote',
      args: {},
      schemaVersion: 1,
      createdAt: 1,
    });

    await loadDemo(db, NOW);
    expect(await db.leads.count()).toBe(leads);
    expect(await db.dnc.count()).toBe(0);
    expect(await db.targets.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.get('dncNationalFile')).toBeUndefined();
    // The desk's own identity survives a reset.
    expect((await db.meta.get('clientId'))?.value).toBe('keep-me');
  });
});
