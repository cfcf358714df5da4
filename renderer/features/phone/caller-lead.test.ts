import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ORGANISATION,
  DEMO_ORGANISATION_ID,
  DEMO_TEAMS,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
} from '../../../shared/demo/organisation';
import { DEMO_PRODUCTS } from '../../../shared/demo/products';
import { testLead } from '../../../shared/domain/testing/lead';
import { INBOUND_LIST } from '../../../shared/mutations/add-lead';
import { deskOf } from '../../db/desk';
import type { Desk } from '../../db/run';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../db/schema';
import { inboundListName, leadForCaller, type CallerLead } from './caller-lead';

/** The lead a call was put on, or undefined. */
const leadOf = (r: CallerLead) => (r.kind === 'none' ? undefined : db.leads.get(r.leadId));

const NOW = Date.UTC(2026, 11, 3, 9);
const faisal = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.faisal)!;
const advert = DEMO_PRODUCTS[0]!;
const DIDS = [{ number: '+966112345678', productId: advert.id }];

let db: DeskDatabase;
let desk: Desk;

beforeEach(async () => {
  db = createDeskDatabase(`caller-lead-${Math.random()}`);
  await db.users.bulkPut(DEMO_USERS);
  await db.teams.bulkPut(DEMO_TEAMS);
  await db.content.bulkPut(DEMO_PRODUCTS.map((p) => ({ id: p.id, kind: 'product', data: p })));
  await db.leads.put(
    toStoredLead(
      testLead('known', {
        organisationId: DEMO_ORGANISATION_ID,
        ownerId: faisal.id,
        teamId: GULF_TEAM_ID,
        phoneE164: '+966501234567',
      }),
    ),
  );
  desk = deskOf(db, faisal, DEMO_ORGANISATION, () => NOW);
});
afterEach(async () => db.delete());

describe('the lead an inbound call belongs to', () => {
  it('is the known lead when the caller’s number is on one, in whatever format it comes', async () => {
    const r = await leadForCaller(desk, { number: '0501234567', did: DIDS[0]!.number }, DIDS);
    expect(r).toEqual({ kind: 'known', leadId: 'known' });
    expect(await db.leads.count()).toBe(1);
  });

  it('is a new lead of the hunter, named by the number, on the list of the advert called', async () => {
    const r = await leadForCaller(desk, { number: '00966 50 000 0777', did: '0112345678' }, DIDS);
    expect(r.kind).toBe('added');
    const lead = await leadOf(r);
    expect(lead).toMatchObject({
      name: '+966500000777',
      phoneE164: '+966500000777',
      listName: advert.name.ar,
      ownerId: faisal.id,
    });
    // The same caller again is that lead, not a second one.
    const again = await leadForCaller(desk, { number: '+966500000777', did: null }, DIDS);
    expect(again).toEqual({ kind: 'known', leadId: lead!.id });
  });

  it('lands on "Inbound calls" when the called number is no advert’s', async () => {
    const r = await leadForCaller(desk, { number: '+966500000778', did: '+966119999999' }, DIDS);
    const lead = await leadOf(r);
    expect(lead?.listName).toBe(INBOUND_LIST);
  });

  it('is none for a withheld or unusable number, and nothing is written', async () => {
    expect(await leadForCaller(desk, { number: 'anonymous', did: null }, DIDS)).toEqual({
      kind: 'none',
      reason: 'noNumber',
    });
    expect(await db.leads.count()).toBe(1);
  });
});

describe('inboundListName', () => {
  it('names the product in the organisation’s language, else in what it has, else "Inbound calls"', () => {
    expect(inboundListName(DEMO_PRODUCTS, advert.id, 'ar')).toBe(advert.name.ar);
    expect(inboundListName(DEMO_PRODUCTS, advert.id, 'tr')).toBe(advert.name.tr);
    expect(inboundListName(DEMO_PRODUCTS, null, 'ar')).toBe(INBOUND_LIST);
    expect(inboundListName(DEMO_PRODUCTS, 'gone', 'ar')).toBe(INBOUND_LIST);
  });
});
