import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DIAL_QUEUE_ZONE_INDEX } from '../../shared/domain/dial-queue';
import type { LeadId, OrganisationId, TeamId, UserId } from '../../shared/domain/ids';
import { freshLeadState, type Lead } from '../../shared/domain/lead';
import { hasZoneIndex, nextLead, nextLeadByZone, nextLeadInKeyOrder } from './leads-repo';
import { Dexie } from 'dexie';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  createDeskDatabase,
  toStoredLead,
  type DeskDatabase,
} from './schema';

const NOW = Date.UTC(2026, 10, 23, 9); // Monday 12:00 in Istanbul and Riyadh
const HOUR = 3_600_000;
const PHONES = ['+905321234567', '+966501234567', '+12125550123', '+441632960123', null];
const ZONE_OVERRIDES = [null, null, 'Asia/Tokyo', 'Not/AZone'];

// The desk database as it is now (v5 has the zone index).
function withZoneIndex(name: string): DeskDatabase {
  return createDeskDatabase(name);
}

// A v4 database, before the zone index: the repo falls back to reading in key order.
function withoutZoneIndex(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  return db;
}

function lead(i: number, over: Partial<Lead>): Lead {
  return {
    id: `l${String(i).padStart(4, '0')}` as LeadId,
    organisationId: 'o' as OrganisationId,
    ownerId: 'u1' as UserId,
    teamId: 't1' as TeamId,
    stage: 'lead',
    name: `Lead ${i}`,
    company: '',
    phoneE164: null,
    phones: [],
    email: null,
    country: null,
    timezone: null,
    listName: null,
    source: null,
    priority: 0,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: [],
    notes: '',
    custom: {},
    createdAt: NOW - 24 * HOUR,
    updatedAt: NOW - 24 * HOUR,
    ...freshLeadState(NOW - 24 * HOUR),
    ...over,
  };
}

const leadArb = fc.record({
  owner: fc.constantFrom<'u1' | null>('u1', null),
  phone: fc.constantFrom(...PHONES),
  timezone: fc.constantFrom(...ZONE_OVERRIDES),
  priority: fc.integer({ min: 0, max: 3 }),
  touches: fc.integer({ min: 0, max: 2 }),
  due: fc.option(fc.integer({ min: -48, max: 48 }), { nil: null }),
  kind: fc.constantFrom<'callback' | 'retry'>('callback', 'retry'),
  createdHoursAgo: fc.integer({ min: 0, max: 5 }),
  doNotCall: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

let db: DeskDatabase;
beforeEach(() => {
  db = withZoneIndex(`leads-repo-${Math.random()}`);
});
afterEach(async () => db.delete());

describe('next lead with the zone index', () => {
  it('is used only when the database has it', async () => {
    const plain = withoutZoneIndex(`plain-${Math.random()}`) as unknown as DeskDatabase;
    expect(hasZoneIndex(plain)).toBe(false);
    expect(db.leads.schema.idxByName[DIAL_QUEUE_ZONE_INDEX]).toBeDefined();
    expect(hasZoneIndex(db)).toBe(true);
    await plain.delete();
  });

  it('offers exactly the lead key order would, at any hour, for any mix of zones', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(leadArb, { minLength: 0, maxLength: 40 }),
        fc.integer({ min: 0, max: 47 }),
        fc.subarray([0, 1, 2, 3]),
        async (specs, hour, skipped) => {
          await db.leads.clear();
          const leads = specs.map((s, i) =>
            lead(i, {
              ownerId: s.owner as UserId | null,
              phoneE164: s.phone,
              timezone: s.timezone,
              priority: s.priority,
              touches: s.touches,
              nextCallAt: s.due === null ? null : NOW + s.due * HOUR,
              nextCallKind: s.due === null ? null : s.kind,
              createdAt: NOW - s.createdHoursAgo * HOUR,
              doNotCall: s.doNotCall,
            }),
          );
          await db.leads.bulkPut(leads.map(toStoredLead));
          const now = NOW + hour * HOUR;
          const scope = { owners: ['u1', 'team:t1'], organisationTimezone: 'Asia/Riyadh' };
          const skip = new Set(skipped.map((i) => `l${String(i).padStart(4, '0')}`));
          const expected = await nextLeadInKeyOrder(db, scope, now, skip);
          expect((await nextLeadByZone(db, scope, now, skip))?.id ?? null).toBe(
            expected?.id ?? null,
          );
          expect((await nextLead(db, scope, now, skip))?.id ?? null).toBe(expected?.id ?? null);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads one page, not the whole night-time queue, to find the one lead in its day', async () => {
    // 1,000 Istanbul leads at 02:00 their time and one New York lead in its afternoon.
    const night = Array.from({ length: 1000 }, (_, i) =>
      lead(i, { phoneE164: '+905321234567', priority: 3 }),
    );
    const day = lead(5000, { phoneE164: '+12125550123' });
    const counted = withZoneIndex(`night-${Math.random()}`);
    let read = 0;
    counted.use({
      stack: 'dbcore',
      name: 'count-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return {
            ...t,
            query: async (req) => {
              const res = await t.query(req);
              read += res.result.length;
              return res;
            },
          };
        },
      }),
    });
    await counted.leads.bulkPut([...night, day].map(toStoredLead));
    const now = Date.UTC(2026, 10, 23, 23); // 02:00 Istanbul, 18:00 New York
    read = 0;
    const scope = { owners: ['u1'], organisationTimezone: 'Europe/Istanbul' };
    expect((await nextLead(counted, scope, now))?.id).toBe('l5000');
    // One page in key order (50 night-time leads), the zone skip scan, then the New York lead.
    expect(read).toBeLessThan(60);
    // Without the zone index every night-time lead is read and skipped: same answer.
    expect((await nextLeadInKeyOrder(counted, scope, now))?.id).toBe('l5000');
    await counted.delete();
  });
});
