import { describe, expect, it } from 'vitest';
import { applyDisposition, DISPOSITION_KEYS, type DispositionContext } from './dispositions';
import type { LeadId, OrganisationId, ProductId, UserId } from './ids';
import type { Lead } from './lead';

const NOW = Date.UTC(2026, 10, 23, 9); // Monday 12:00 Istanbul
const DAY = 86_400_000;
const hunter = 'hunter-1' as UserId;
const closer = 'closer-1' as UserId;

function lead(over: Partial<Lead> = {}): Lead {
  return {
    id: 'l1' as LeadId,
    organisationId: 'o' as OrganisationId,
    ownerId: hunter,
    teamId: null,
    stage: 'lead',
    name: 'Ayşe Yılmaz',
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
    searchKeys: [],
    notes: '',
    custom: {},
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
    stageChangedAt: NOW - DAY,
    nextCallKind: null,
    followUpList: 'none',
    refusals: 0,
    attempts: 0,
    bant: null,
    meeting: null,
    proposal: null,
    deal: null,
    lostReason: null,
    ...over,
  };
}

const ctx: DispositionContext = { now: NOW, agentId: hunter, timeZone: 'Europe/Istanbul' };

describe('dispositions', () => {
  it('gives the hunter nine dispositions on the number keys', () => {
    expect(DISPOSITION_KEYS.hunter).toHaveLength(9);
  });

  it('retries a no-answer in two hours without counting a touch', () => {
    const r = applyDisposition(lead(), 'noAnswer', ctx);
    expect(r).toMatchObject({
      ok: true,
      patch: { nextCallAt: NOW + 2 * 3_600_000, nextCallKind: 'retry', touches: 0, attempts: 1 },
    });
  });

  it('moves a lead nobody answers after six attempts to the month-end list', () => {
    const r = applyDisposition(lead({ attempts: 5 }), 'busy', ctx);
    expect(r).toMatchObject({
      ok: true,
      patch: { followUpList: 'month', nextCallKind: 'followUp', attempts: 0 },
    });
  });

  it('counts a conversation as a touch and follows the refusal ladder', () => {
    const first = applyDisposition(lead(), 'notInterested', ctx);
    expect(first).toMatchObject({
      ok: true,
      patch: { touches: 1, refusals: 1, followUpList: 'recall', nextCallAt: NOW + 4 * DAY },
    });
    const fourth = applyDisposition(lead({ refusals: 3 }), 'notInterested', ctx);
    expect(fourth).toMatchObject({
      ok: true,
      stageTo: 'lost',
      patch: { stage: 'lost', lostReason: 'noNeed', nextCallAt: null },
    });
  });

  it('schedules a callback, refusing one without a time or in the past', () => {
    expect(applyDisposition(lead(), 'callBack', ctx)).toEqual({
      ok: false,
      error: 'callbackTimeMissing',
    });
    expect(applyDisposition(lead(), 'callBack', { ...ctx, callbackAt: NOW - 1 })).toEqual({
      ok: false,
      error: 'callbackInPast',
    });
    // An unparsable date field arrives as NaN: no time, not a callback at NaN.
    expect(applyDisposition(lead(), 'callBack', { ...ctx, callbackAt: Number.NaN })).toEqual({
      ok: false,
      error: 'callbackTimeMissing',
    });
    expect(applyDisposition(lead(), 'callBack', { ...ctx, callbackAt: NOW + DAY })).toMatchObject({
      ok: true,
      patch: { nextCallAt: NOW + DAY, nextCallKind: 'callback' },
    });
  });

  it('books a meeting: the lead goes to the closer as meeting scheduled', () => {
    const r = applyDisposition(lead({ stage: 'qualified' }), 'meetingBooked', {
      ...ctx,
      meeting: { closerId: closer, at: NOW + DAY, note: 'Wants a demo' },
    });
    expect(r).toMatchObject({
      ok: true,
      stageTo: 'meetingScheduled',
      patch: {
        stage: 'meetingScheduled',
        ownerId: closer,
        meeting: { closerId: closer, bookedBy: hunter, at: NOW + DAY, note: 'Wants a demo' },
        nextCallAt: null,
      },
    });
    expect(
      applyDisposition(lead(), 'meetingBooked', {
        ...ctx,
        meeting: { closerId: closer, at: NOW - 1 },
      }),
    ).toEqual({ ok: false, error: 'meetingInPast' });
    expect(
      applyDisposition(lead(), 'meetingBooked', {
        ...ctx,
        meeting: { closerId: closer, at: Number.NaN },
      }),
    ).toEqual({ ok: false, error: 'meetingMissing' });
  });

  it('marks do-not-call for good', () => {
    expect(applyDisposition(lead(), 'doNotCall', ctx)).toMatchObject({
      ok: true,
      patch: { doNotCall: true, stage: 'lost', lostReason: 'doNotCall', nextCallAt: null },
    });
  });

  it('records a sale and plans the first check-in for the farmer', () => {
    const farmer = 'farmer-1' as UserId;
    expect(applyDisposition(lead(), 'sale', ctx)).toEqual({ ok: false, error: 'dealMissing' });
    expect(
      applyDisposition(lead(), 'sale', {
        ...ctx,
        deal: { productId: 'p' as ProductId, amount: -5, currency: 'SAR' },
      }),
    ).toEqual({ ok: false, error: 'dealAmountInvalid' });
    const r = applyDisposition(lead(), 'sale', {
      ...ctx,
      farmerId: farmer,
      deal: { productId: 'p' as ProductId, amount: 189, currency: 'SAR' },
    });
    expect(r).toMatchObject({
      ok: true,
      stageTo: 'won',
      patch: { stage: 'won', ownerId: farmer, nextCallKind: 'checkIn', nextCallAt: NOW + 14 * DAY },
    });
  });

  it('moves a satisfied customer into retention with the next periodic check-in; churn needs a customer', () => {
    expect(applyDisposition(lead({ stage: 'won' }), 'retained', ctx)).toMatchObject({
      ok: true,
      stageTo: 'retention',
      patch: { nextCallAt: NOW + 90 * DAY },
    });
    expect(applyDisposition(lead(), 'churned', ctx)).toEqual({
      ok: false,
      error: 'notAllowedInStage',
    });
    expect(
      applyDisposition(lead({ stage: 'retention' }), 'churned', { ...ctx, lostReason: 'price' }),
    ).toMatchObject({ ok: true, patch: { stage: 'lost', lostReason: 'price' } });
  });
});
