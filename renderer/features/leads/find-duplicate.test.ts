// The hand-made lead's duplicate check on the desk schema: the importer's rules, answered from
// the phone, e-mail and do-not-call indexes, with the lead that already holds the key.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testLead } from '../../../shared/domain/testing/lead';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../db/schema';
import { findDuplicate } from './find-duplicate';

let db: DeskDatabase;
beforeEach(async () => {
  db = createDeskDatabase(`dup-${Math.random()}`);
  await db.leads.bulkPut(
    [
      testLead('main', { name: 'Ayşe Yılmaz', phoneE164: '+905327654321' }),
      testLead('extra', { name: 'Omar', phoneE164: '+966500000001', phones: ['+966501234567'] }),
      testLead('mail', { name: 'Mail Only', phoneE164: null, email: 'Sara@Example.com' }),
      testLead('blocked', { name: 'Blocked', phoneE164: '+447574430148', doNotCall: true }),
    ].map(toStoredLead),
  );
  await db.dnc.put({
    phoneE164: '+902125551122',
    source: 'internal',
    addedAt: 1,
    addedBy: null,
    note: '',
  });
});
afterEach(async () => db.delete());

describe('findDuplicate', () => {
  it('finds the lead holding a number as main or extra phone, or the e-mail in any case', async () => {
    expect(await findDuplicate(db, { phones: ['+905327654321'], email: null })).toMatchObject({
      kind: 'duplicate',
      value: '+905327654321',
      lead: { id: 'main' },
    });
    expect(
      await findDuplicate(db, { phones: ['+905550000000', '+966501234567'], email: null }),
    ).toMatchObject({ kind: 'duplicate', value: '+966501234567', lead: { id: 'extra' } });
    expect(await findDuplicate(db, { phones: [], email: 'sara@example.com' })).toMatchObject({
      kind: 'duplicate',
      value: 'sara@example.com',
      lead: { id: 'mail' },
    });
  });

  it('refuses a number on the do-not-call list or of a do-not-call lead, before any duplicate', async () => {
    expect(
      await findDuplicate(db, { phones: ['+905327654321', '+902125551122'], email: null }),
    ).toMatchObject({ kind: 'dnc', value: '+902125551122', lead: null });
    expect(await findDuplicate(db, { phones: ['+447574430148'], email: null })).toMatchObject({
      kind: 'dnc',
      lead: { id: 'blocked' },
    });
  });

  it('lets a new contact through', async () => {
    expect(
      await findDuplicate(db, { phones: ['+905551112233'], email: 'new@example.com' }),
    ).toEqual({ kind: 'new' });
  });
});
