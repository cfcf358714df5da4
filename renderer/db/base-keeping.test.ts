// The server's version of a lead is kept exactly while the lead has changes waiting in the
// outbox: written by the verb that starts them, replaced by a pull, dropped by the
// acknowledgement that ends them, and used to undo a refused change.
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
import type { Lead } from '../../shared/domain/lead';
import { testLead } from '../../shared/domain/testing/lead';
import { addNote } from '../../shared/mutations/add-note';
import { importLeads } from '../../shared/mutations/import-leads';
import type { Verb } from '../../shared/mutations/verb';
import { applyPullPage } from '../sync/apply-pull';
import { recordPushResult } from '../sync/push';
import { serverShape } from './base-keeping';
import { deskOf } from './desk';
import { run, type Desk, type RunInput } from './run';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';

const NOW = Date.UTC(2026, 11, 4, 9);
const faisal = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.faisal)!;
const omar = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.omar)!;

let db: DeskDatabase;
let asFaisal: Desk;
let asOmar: Desk;
let pulled: Lead;

beforeEach(async () => {
  db = createDeskDatabase(`base-${Math.random()}`);
  await db.users.bulkPut(DEMO_USERS);
  await db.teams.bulkPut(DEMO_TEAMS);
  pulled = testLead('a', {
    organisationId: DEMO_ORGANISATION_ID,
    ownerId: faisal.id,
    teamId: GULF_TEAM_ID,
    phoneE164: '+966501234567',
    notes: 'From the server',
  });
  // As a pull leaves a lead with nothing waiting: no base.
  await applyPullPage(
    db,
    { changes: [{ kind: 'lead', row: pulled }], cursor: 'c1', more: false },
    NOW,
  );
  asFaisal = deskOf(db, faisal, DEMO_ORGANISATION, () => NOW);
  asOmar = deskOf(db, omar, DEMO_ORGANISATION, () => NOW);
});
afterEach(async () => db.delete());

async function allowed<A, R, I>(desk: Desk, verb: Verb<A, R, I>, input: RunInput<I>): Promise<R> {
  const r = await run(desk, verb, input);
  if (!r.ok) throw new Error(`${verb.name} refused: ${r.error.code} ${r.error.detail ?? ''}`);
  return r.result;
}

const note = (text: string) => allowed(asFaisal, addNote, { leadId: 'a' as LeadId, text });
const baseIds = async () => ((await db.leadBase.toCollection().primaryKeys()) as string[]).sort();

describe('leadBase', () => {
  it('is not written for pulled leads with nothing waiting', async () => {
    expect(await db.leads.count()).toBe(1);
    expect(await baseIds()).toEqual([]);
  });

  it('keeps the lead as the server sent it when a first change starts, and not again', async () => {
    await note('Call after 3');
    await note('Prefers WhatsApp');
    expect(await db.leadBase.get('a' as LeadId)).toEqual(pulled);
    expect((await db.leads.get('a' as LeadId))?.notes).toContain('Prefers WhatsApp');
    // Both entries are found by their lead.
    expect(await db.outbox.where('leadIds').equals('a').primaryKeys()).toEqual([1, 2]);
  });

  it('drops it when the last waiting change is acknowledged, not before', async () => {
    await note('Call after 3');
    await note('Prefers WhatsApp');
    await recordPushResult(db, 1, [], NOW);
    expect(await baseIds()).toEqual(['a']);
    await recordPushResult(db, 2, [], NOW);
    expect(await baseIds()).toEqual([]);
    // The next change starts from the lead as it now stands (the server has both notes).
    await note('Booked a demo');
    expect((await db.leadBase.get('a' as LeadId))?.notes).toContain('Prefers WhatsApp');
    expect((await db.leadBase.get('a' as LeadId))?.notes).not.toContain('Booked a demo');
  });

  it('is replaced by a pull while changes wait, which the desk keeps on top', async () => {
    await note('Call after 3');
    const moved = { ...pulled, priority: 5, notes: 'Edited on the server', updatedAt: NOW + 1 };
    await applyPullPage(
      db,
      { changes: [{ kind: 'lead', row: moved }], cursor: 'c2', more: false },
      NOW,
    );
    expect(await db.leadBase.get('a' as LeadId)).toEqual(moved);
    const onDesk = await db.leads.get('a' as LeadId);
    expect(onDesk?.priority).toBe(5);
    expect(onDesk?.notes).toContain('Call after 3');
  });

  it("puts a refused change back to the server's version and then forgets it", async () => {
    await note('Call after 3');
    await recordPushResult(db, 1, [{ seq: 1, reason: 'forbidden', detail: 'no' }], NOW);
    expect(await db.leads.get('a' as LeadId)).toEqual(toStoredLead(pulled));
    expect(await baseIds()).toEqual([]);
    expect(await db.rejections.count()).toBe(1);
  });

  it('is never written for a lead made on this desk and not yet sent, so a refusal removes it', async () => {
    await allowed(asOmar, importLeads, {
      importId: 'expo',
      listName: 'Expo 2026',
      fileName: 'expo.csv',
      part: 1,
      priority: 0,
      leads: [
        {
          id: 'expo-1',
          contact: {
            name: 'Visitor 1',
            company: '',
            phones: ['+966520000001'],
            email: null,
            country: 'SA',
            timezone: null,
            source: null,
            notes: '',
            custom: {},
          },
          ownerId: faisal.id,
          teamId: GULF_TEAM_ID,
        },
      ],
    });
    await allowed(asFaisal, addNote, { leadId: 'expo-1' as LeadId, text: 'Met at the stand' });
    expect(await baseIds()).toEqual([]);
    await recordPushResult(
      db,
      2,
      [
        { seq: 1, reason: 'forbidden', detail: 'no' },
        { seq: 2, reason: 'forbidden', detail: 'no' },
      ],
      NOW,
    );
    expect(await db.leads.get('expo-1' as LeadId)).toBeUndefined();
  });

  it('holds the lead without the keys the desk derives for its indexes', async () => {
    const stored = toStoredLead(pulled);
    expect(stored.queueOwner).not.toBeUndefined();
    expect(serverShape(stored)).toEqual(pulled);
  });
});
