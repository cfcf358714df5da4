import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION, DEMO_USER_IDS } from '../../shared/demo/organisation';
import type { LeadId, OrganisationId, UserId } from '../../shared/domain/ids';
import { freshLeadState, type Lead } from '../../shared/domain/lead';
import { searchTokens } from '../../shared/domain/search-key';
import {
  addNote,
  closeLost,
  closeWon,
  editContact,
  handOff,
  qualify,
  sendProposal,
  setDisposition,
  type ActionContext,
} from './actions';
import { closerInbox, farmerCustomers, findByPhone, nextLead, searchLeads } from './leads-repo';
import { mutationSchema } from '../../shared/sync/protocol';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';

const NOW = Date.UTC(2026, 10, 23, 9); // Monday 12:00 in Istanbul and Riyadh
const HOUR = 3_600_000;
const hunter = DEMO_USER_IDS.faisal ?? ('hunter' as UserId);
const closer = 'closer-1' as UserId;
const farmer = 'farmer-1' as UserId;
let db: DeskDatabase;
let ctx: ActionContext;

function lead(id: string, over: Partial<Lead> = {}): Lead {
  const name = over.name ?? 'Ayşe Yılmaz';
  return {
    id: id as LeadId,
    organisationId: 'o' as OrganisationId,
    ownerId: hunter,
    teamId: null,
    stage: 'lead',
    name,
    company: 'Kaya Lojistik',
    phoneE164: '+905321234567',
    phones: [],
    email: null,
    country: 'TR',
    timezone: null,
    listName: null,
    source: null,
    priority: 0,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: searchTokens(name, over.company ?? 'Kaya Lojistik'),
    notes: '',
    custom: {},
    createdAt: NOW - 24 * HOUR,
    updatedAt: NOW - 24 * HOUR,
    ...freshLeadState(NOW - 24 * HOUR),
    ...over,
  };
}

beforeEach(async () => {
  db = createDeskDatabase(`actions-${Math.random()}`);
  ctx = { db, agentId: hunter, organisation: DEMO_ORGANISATION, now: () => NOW };
});
afterEach(async () => db.delete());

const put = (...leads: Lead[]) => db.leads.bulkPut(leads.map(toStoredLead));
const scope = { owners: [hunter, 'team:t1'], organisationTimezone: 'Asia/Riyadh' };

describe('domain actions', () => {
  it('logs a call, its activity and its outbox entry in one go', async () => {
    await put(lead('a'));
    const r = await setDisposition(ctx, {
      leadId: 'a' as LeadId,
      disposition: 'noAnswer',
      durationSec: 20,
    });
    expect(r).toMatchObject({ ok: true, lead: { attempts: 1, nextCallKind: 'retry' } });
    const acts = await db.activities.where('leadId').equals('a').toArray();
    expect(acts).toMatchObject([
      { type: 'call', disposition: 'noAnswer', durationSec: 20, agentId: hunter },
    ]);
    const outbox = await db.outbox.toArray();
    expect(outbox).toMatchObject([
      { name: 'setDisposition', schemaVersion: 1, args: { leadId: 'a', disposition: 'noAnswer' } },
    ]);
  });

  it('writes nothing when the action is refused (a callback in the past)', async () => {
    await put(lead('a'));
    const r = await setDisposition(ctx, {
      leadId: 'a' as LeadId,
      disposition: 'callBack',
      callbackAt: NOW - HOUR,
    });
    expect(r).toEqual({ ok: false, error: 'callbackInPast' });
    expect(await db.activities.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.leads.get('a' as LeadId))?.nextCallAt).toBeNull();
  });

  it('hands a qualified lead to the closer with the hunter’s notes and BANT, into the closer’s inbox', async () => {
    await put(lead('a'));
    const yes = (note: string) => ({ met: true, note });
    await qualify(ctx, {
      leadId: 'a' as LeadId,
      bant: {
        budget: yes('1,500 SAR/month'),
        authority: yes('Owner'),
        need: yes('40 staff'),
        timeline: yes('This month'),
      },
    });
    expect((await db.leads.get('a' as LeadId))?.stage).toBe('qualified');
    const r = await handOff(ctx, {
      leadId: 'a' as LeadId,
      closerId: closer,
      at: NOW + 24 * HOUR,
      note: 'Wants a demo on Tuesday',
    });
    expect(r.ok).toBe(true);
    const inbox = await closerInbox(db, closer);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      stage: 'meetingScheduled',
      bant: { budget: { note: '1,500 SAR/month' } },
      meeting: { bookedBy: hunter, note: 'Wants a demo on Tuesday' },
    });
    expect(await nextLead(db, scope, NOW)).toBeNull();
  });

  it('records what each action changed for the sync server, with the stage and owner it relied on', async () => {
    await put(lead('a'));
    await setDisposition(ctx, { leadId: 'a' as LeadId, disposition: 'noAnswer' });
    const yes = { met: true, note: '' };
    await qualify(ctx, {
      leadId: 'a' as LeadId,
      bant: { budget: yes, authority: yes, need: yes, timeline: yes },
    });
    await handOff(ctx, { leadId: 'a' as LeadId, closerId: closer, at: NOW + 24 * HOUR, note: '' });
    const entries = await db.outbox.orderBy('seq').toArray();
    const mutations = entries.map((e) => mutationSchema.parse(e));
    expect(mutations.map((m) => m.name)).toEqual(['setDisposition', 'qualify', 'setDisposition']);
    const [call, qualified, handed] = mutations.map((m) => m.effects.leads?.[0]);
    // A no-answer changes counters, not the stage or owner: no condition.
    expect(call).toMatchObject({ id: 'a', patch: { attempts: 1, nextCallKind: 'retry' } });
    expect(call?.expect).toBeUndefined();
    expect(call?.patch).not.toHaveProperty('name');
    expect(call?.patch).not.toHaveProperty('queueKey');
    expect(mutations[0]?.effects.activities).toMatchObject([
      { type: 'call', disposition: 'noAnswer' },
    ]);
    expect(qualified).toMatchObject({ patch: { stage: 'qualified' }, expect: { stage: 'lead' } });
    expect(handed).toMatchObject({
      patch: { stage: 'meetingScheduled', ownerId: closer },
      expect: { stage: 'qualified', ownerId: hunter },
    });
  });

  it('takes a lead from proposal to won, and the customer appears in the farmer’s base', async () => {
    await put(lead('a', { stage: 'meetingScheduled', ownerId: closer }));
    const closerCtx = { ...ctx, agentId: closer };
    expect(
      await sendProposal(closerCtx, {
        leadId: 'a' as LeadId,
        productId: 'p',
        amount: 1890,
        currency: 'SAR',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await closeWon(closerCtx, {
        leadId: 'a' as LeadId,
        productId: 'p',
        amount: 0,
        currency: 'SAR',
        farmerId: farmer,
      }),
    ).toEqual({ ok: false, error: 'dealAmountInvalid' });
    expect(
      await closeWon(closerCtx, {
        leadId: 'a' as LeadId,
        productId: 'p',
        amount: 1890,
        currency: 'SAR',
        farmerId: farmer,
      }),
    ).toMatchObject({ ok: true });
    const base = await farmerCustomers(db, farmer);
    expect(base).toMatchObject([
      { id: 'a', stage: 'won', deal: { amount: 1890 }, nextCallKind: 'checkIn' },
    ]);
    const won = await db.activities
      .where('leadId')
      .equals('a')
      .filter((x) => x.stageTo === 'won')
      .toArray();
    expect(won).toMatchObject([{ agentId: closer, amount: 1890, currency: 'SAR' }]);
  });

  it('needs a reason from the list to lose a lead', async () => {
    await put(lead('a', { stage: 'proposalSent', ownerId: closer }));
    expect(await closeLost(ctx, { leadId: 'a' as LeadId, reason: '' })).toEqual({
      ok: false,
      error: 'lostReasonMissing',
    });
    expect(await closeLost(ctx, { leadId: 'a' as LeadId, reason: 'competitor' })).toMatchObject({
      ok: true,
      lead: { stage: 'lost', lostReason: 'competitor' },
    });
  });

  it('never offers a do-not-call lead again', async () => {
    await put(lead('a'), lead('b', { createdAt: NOW - 2 * HOUR }));
    expect((await nextLead(db, scope, NOW))?.id).toBe('a');
    await setDisposition(ctx, { leadId: 'a' as LeadId, disposition: 'doNotCall' });
    expect((await nextLead(db, scope, NOW))?.id).toBe('b');
    await setDisposition(ctx, { leadId: 'b' as LeadId, disposition: 'doNotCall' });
    expect(await nextLead(db, scope, NOW + 400 * 24 * HOUR)).toBeNull();
  });

  it('offers a due callback before fresh leads, and the team pool after the agent’s own queue', async () => {
    await put(
      lead('fresh'),
      lead('pool', { ownerId: null, teamId: 't1' as never, priority: 5 }),
      lead('cb', { touches: 2, nextCallAt: NOW + HOUR, nextCallKind: 'callback' }),
    );
    expect((await nextLead(db, scope, NOW))?.id).toBe('fresh');
    expect((await nextLead(db, scope, NOW + 2 * HOUR))?.id).toBe('cb');
    expect((await nextLead(db, scope, NOW, new Set(['fresh'])))?.id).toBe('pool');
  });

  it('refuses an impossible phone number and keeps the old one', async () => {
    await put(lead('a'));
    const base = {
      leadId: 'a' as LeadId,
      name: 'Ayşe Yılmaz',
      company: 'Kaya',
      email: '',
      timezone: null,
    };
    expect(await editContact(ctx, { ...base, phone: '+90 123' })).toEqual({
      ok: false,
      error: 'phoneInvalid',
    });
    expect((await db.leads.get('a' as LeadId))?.phoneE164).toBe('+905321234567');
    expect(
      await editContact(ctx, { ...base, phone: '0532 765 43 21', defaultCountry: 'TR' }),
    ).toMatchObject({ ok: true, lead: { phoneE164: '+905327654321' } });
    expect(await findByPhone(db, '+905327654321')).toHaveLength(1);
    expect(await editContact(ctx, { ...base, name: '  ', phone: '' })).toEqual({
      ok: false,
      error: 'nameRequired',
    });
  });

  it('takes a lead out of the dial queue when its new number is on the do-not-call list', async () => {
    await put(lead('a'));
    await db.dnc.put({
      phoneE164: '+905327654321',
      source: 'internal',
      addedAt: NOW,
      addedBy: null,
      note: '',
    });
    const r = await editContact(ctx, {
      leadId: 'a' as LeadId,
      name: 'Ayşe Yılmaz',
      company: 'Kaya',
      email: '',
      timezone: null,
      phone: '0532 765 43 21',
      defaultCountry: 'TR',
    });
    expect(r).toMatchObject({ ok: true, lead: { doNotCall: true, queueKey: null } });
    expect(await nextLead(db, scope, NOW)).toBeNull();
  });

  it('finds leads by name in any spelling through the index', async () => {
    await put(
      lead('a', { name: 'أحمد الشمري' }),
      lead('b', { name: 'İsmail Işık' }),
      lead('c', { name: 'José Núñez' }),
    );
    expect((await searchLeads(db, 'احمد')).map((l) => l.id)).toEqual(['a']);
    expect((await searchLeads(db, 'ismail isik')).map((l) => l.id)).toEqual(['b']);
    expect((await searchLeads(db, 'jose nunez')).map((l) => l.id)).toEqual(['c']);
  });

  it('keeps notes in the history', async () => {
    await put(lead('a'));
    expect(await addNote(ctx, { leadId: 'a' as LeadId, text: '   ' })).toEqual({
      ok: false,
      error: 'noteEmpty',
    });
    await addNote(ctx, { leadId: 'a' as LeadId, text: 'Prefers WhatsApp' });
    expect((await db.leads.get('a' as LeadId))?.notes).toBe('Prefers WhatsApp');
  });
});

describe('team pool', () => {
  it('makes a pool lead the agent’s own once they work it', async () => {
    await put(lead('p', { ownerId: null, teamId: 't1' as never }));
    const r = await setDisposition(ctx, {
      leadId: 'p' as LeadId,
      disposition: 'callBack',
      callbackAt: NOW + HOUR,
    });
    expect(r).toMatchObject({ ok: true, lead: { ownerId: hunter, queueOwner: hunter } });
  });
});
