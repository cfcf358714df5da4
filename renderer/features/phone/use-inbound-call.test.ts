import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../shared/domain/call-attempt';
import { inboundCallOn } from './use-inbound-call';

const LEAD = 'lead-1';
const STARTED = 1_000;
const DID = '+966112345678';

const live = (over: Partial<Parameters<typeof inboundCallOn>[1] & object> = {}) => ({
  leadId: LEAD,
  direction: 'inbound' as const,
  did: DID,
  startedAt: STARTED,
  ...over,
});

const record = (direction: CallRecord['direction']): CallRecord => ({
  direction,
  result: 'answered',
  sipStatus: 200,
  ringMs: 2_000,
  talkMs: 30_000,
  hangupBy: 'customer',
  startedAt: STARTED,
  answeredAt: STARTED + 2_000,
  endedAt: STARTED + 32_000,
});

const ended = (over: { leadId?: string | null; logged?: boolean; inbound?: boolean } = {}) => ({
  leadId: over.leadId === undefined ? LEAD : over.leadId,
  logged: over.logged ?? false,
  record: record(over.inbound === false ? 'outbound' : 'inbound'),
});

const remembered = { startedAt: STARTED, did: DID, handedOver: false };

describe('inboundCallOn', () => {
  it('is the live inbound call on this lead, with the number the caller dialled', () => {
    expect(inboundCallOn(LEAD, live(), null, null)).toEqual({ did: DID });
    expect(inboundCallOn(LEAD, live({ did: null }), null, null)).toEqual({ did: null });
  });

  it('is nothing for an outbound call, a call on another lead, or no lead on screen', () => {
    expect(inboundCallOn(LEAD, live({ direction: 'outbound' }), null, null)).toBeNull();
    expect(inboundCallOn(LEAD, live({ leadId: 'other' }), null, null)).toBeNull();
    expect(inboundCallOn(LEAD, live({ leadId: null }), null, null)).toBeNull();
    expect(inboundCallOn(null, live({ leadId: null }), null, null)).toBeNull();
    expect(inboundCallOn(LEAD, null, null, null)).toBeNull();
  });

  it('lasts through the wrap-up until the outcome is logged, with the remembered number', () => {
    expect(inboundCallOn(LEAD, null, ended(), remembered)).toEqual({ did: DID });
    expect(inboundCallOn(LEAD, null, ended({ logged: true }), remembered)).toBeNull();
    expect(inboundCallOn(LEAD, null, ended({ leadId: 'other' }), remembered)).toBeNull();
    expect(inboundCallOn(LEAD, null, ended({ inbound: false }), remembered)).toBeNull();
  });

  it('is still inbound in the wrap-up when the number was not remembered for that call', () => {
    expect(inboundCallOn(LEAD, null, ended(), null)).toEqual({ did: null });
    expect(
      inboundCallOn(LEAD, null, ended(), { startedAt: 5, did: DID, handedOver: false }),
    ).toEqual({ did: null });
  });

  it('follows a new call on the lead over the last one’s wrap-up', () => {
    expect(inboundCallOn(LEAD, live({ direction: 'outbound' }), ended(), remembered)).toBeNull();
  });

  it('is nothing for a customer a colleague handed over, live or in the wrap-up', () => {
    expect(inboundCallOn(LEAD, live({ handedOver: true }), null, null)).toBeNull();
    expect(inboundCallOn(LEAD, live({ handedOver: false }), null, null)).toEqual({ did: DID });
    const handed = { ...remembered, handedOver: true };
    expect(inboundCallOn(LEAD, null, ended(), handed)).toBeNull();
    // Only the call it was remembered for: a later call on the lead is a caller again.
    expect(inboundCallOn(LEAD, null, ended(), { ...handed, startedAt: 5 })).toEqual({ did: null });
  });
});
