// Whether the lead on screen is on an inbound call — ringing through, talking, or hung up and
// waiting for its outcome key — and the product of the advert whose number the caller dialled.
// The call screens open the inbound script of that product with it.
import { useEffect, useMemo } from 'react';
import type { InboundContext } from '../../../shared/domain/script-choice';
import type { EndedCall, LiveCall } from '../../store/phone-slice';
import { useAppStore } from '../../store/use-app-store';
import { productOfDid } from './did';
import { usePhone } from './phone-context';

type CalledNumber = { startedAt: number; did: string | null; handedOver: boolean };

/**
 * The ended call's record does not carry the number the caller dialled: the desk remembers it
 * for the last inbound call, by the call's start, so the wrap-up keeps the caller's script (also
 * when the agent leaves the screen and comes back). A reload forgets it: then only "inbound" is
 * known.
 */
let lastCalled: CalledNumber | null = null;

/**
 * The inbound call on this lead: live on it, or ended on it and not logged yet. The called
 * number comes from the live call, else from what was remembered of it (by its start). A
 * customer a colleague handed over is not a caller of an advert: the agent carries on the
 * colleague's conversation with their own ordinary script.
 */
export function inboundCallOn(
  leadId: string | null,
  live: Pick<LiveCall, 'leadId' | 'direction' | 'did' | 'startedAt' | 'handedOver'> | null,
  ended: Pick<EndedCall, 'leadId' | 'logged' | 'record'> | null,
  remembered: CalledNumber | null,
): { did: string | null } | null {
  if (leadId === null) return null;
  if (live && live.leadId === leadId)
    return live.direction === 'inbound' && !live.handedOver ? { did: live.did } : null;
  if (!ended || ended.leadId !== leadId || ended.logged || ended.record.direction !== 'inbound')
    return null;
  const same = remembered?.startedAt === ended.record.startedAt ? remembered : null;
  if (same?.handedOver) return null;
  return { did: same?.did ?? null };
}

const NO_DIDS: never[] = [];

/** The lead's inbound call as the script choice needs it; null when the work is outbound. */
export function useInboundCall(leadId: string | null): InboundContext | null {
  const dids = usePhone()?.phone.dids ?? NO_DIDS;
  const live = useAppStore((s) => s.liveCall);
  const ended = useAppStore((s) => s.endedCall);

  const inboundStart = live?.direction === 'inbound' ? live.startedAt : null;
  const liveDid = live?.did ?? null;
  const handedOver = live?.handedOver === true;
  useEffect(() => {
    if (inboundStart !== null) lastCalled = { startedAt: inboundStart, did: liveDid, handedOver };
  }, [inboundStart, liveDid, handedOver]);

  const call = inboundCallOn(leadId, live, ended, lastCalled);
  const did = call?.did ?? null;
  const productId = call ? productOfDid(dids, did) : null;
  const inbound = call !== null;
  return useMemo(() => (inbound ? { productId } : null), [inbound, productId]);
}
