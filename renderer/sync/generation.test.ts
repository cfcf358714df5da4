// Server restores on the desk: applied mutations are kept after they leave the outbox (refused
// ones are not), and a new generation puts back those the server lost, forgets the pulled copy and
// cursor, and keeps what is still pending.
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
import { deskOf } from '../db/desk';
import { run } from '../db/run';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../db/schema';
import { META } from './apply-pull';
import { adoptGeneration, GENERATION_META, SENT_RETENTION_MS } from './generation';
import { nextPushBatch, recordPushResult } from './push';

const NOW = Date.UTC(2026, 10, 23, 9);
const faisal = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.faisal)!;
const LEAD = 'a' as LeadId;
let db: DeskDatabase;
let written = 0;

beforeEach(async () => {
  written = 0;
  db = createDeskDatabase(`generation-${Math.random()}`);
  await db.users.bulkPut(DEMO_USERS);
  await db.teams.bulkPut(DEMO_TEAMS);
  const lead = testLead('a', {
    organisationId: DEMO_ORGANISATION_ID,
    ownerId: faisal.id,
    teamId: GULF_TEAM_ID,
  });
  // As pulled: the server's version too (a refused change goes back to it).
  await db.leadBase.put(lead);
  await db.leads.put(toStoredLead(lead));
});
afterEach(async () => db.delete());

async function notes(n: number): Promise<void> {
  const desk = deskOf(db, faisal, DEMO_ORGANISATION, () => NOW);
  for (let i = 0; i < n; i++) {
    written++;
    const r = await run(desk, addNote, { leadId: LEAD, text: `note ${written}`, at: NOW });
    if (!r.ok) throw new Error(r.error.code);
  }
}

describe('server restores on the desk', () => {
  it('keeps the mutations the server applied, not the ones it refused', async () => {
    await notes(3);
    await recordPushResult(db, 3, [{ seq: 2, reason: 'invalid', detail: 'no' }], NOW);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.sent.toArray()).map((e) => e.seq)).toEqual([1, 3]);
    // Kept 30 days after they were acknowledged, then dropped with the next acknowledgement.
    await notes(1);
    await recordPushResult(db, 4, [], NOW + SENT_RETENTION_MS + 1);
    expect((await db.sent.toArray()).map((e) => e.seq)).toEqual([4]);
  });

  it('on a new generation re-sends what the server lost first, forgets the pulled copy, keeps the rest', async () => {
    await notes(3);
    await recordPushResult(db, 3, [], NOW);
    await notes(1); // seq 4: still pending
    await db.meta.bulkPut([
      { key: META.cursor, value: 'c1.x.1.1' },
      { key: GENERATION_META, value: 'old' },
    ]);
    // The restored server holds this desk's pushes up to seq 1.
    expect(await adoptGeneration(db, 'new', 1)).toBe(2);
    expect((await db.outbox.orderBy('seq').toArray()).map((e) => e.seq)).toEqual([2, 3, 4]);
    expect((await db.sent.toArray()).map((e) => e.seq)).toEqual([1]);
    expect(await db.leads.count()).toBe(0);
    expect((await db.meta.get(META.cursor))?.value).toBeUndefined();
    expect((await db.meta.get(GENERATION_META))?.value).toBe('new');
    // The activities of everything going out again stay on the desk until the server has them.
    expect((await db.activities.toArray()).map((a) => a.note).sort()).toEqual([
      'note 2',
      'note 3',
      'note 4',
    ]);
    // The next push carries the new generation and starts at the oldest lost seq.
    const batch = await nextPushBatch(db);
    expect(batch?.request.generation).toBe('new');
    expect(batch?.request.mutations.map((m) => m.seq)).toEqual([2, 3, 4]);
  });
});
