// Whether the lead on screen is on an inbound call — ringing through, talking, or hung up and
// waiting for its outcome key — and the product of the advert whose number the caller dialled.
// The call screens open the inbound script of that product with it.
import { useEffect, useMemo } from 'react';
import type { InboundContext } from '../../../shared/domain/script-choice';
import type { EndedCall, LiveCall } from '../../store/phone-slice';
import { useAppStore } from '../../store/use-app-store';
import { productOfDid } from './did';
import { usePhone } from './phone-context';

type CalledNumber = { startedAt: number; did: string | null };

/**
 * The ended call's record does not carry the number the caller dialled: the desk remembers it
 * for the last inbound call, by the call's start, so the wrap-up keeps the caller's script (also
 * when the agent leaves the screen and comes back). A reload forgets it: then only "inbound" is
 * known.
 */
let lastCalled: CalledNumber | null = null;

/**
 * The inbound call on this lead: live on it, or ended on it and not logged yet. The called
 * number comes from the live call, else from what was remembered of it (by its start).
 */
export function inboundCallOn(
  leadId: string | null,
  live: Pick<LiveCall, 'leadId' | 'direction' | 'did' | 'startedAt'> | null,
  ended: Pick<EndedCall, 'leadId' | 'logged' | 'record'> | null,
  remembered: CalledNumber | null,
): { did: string | null } | null {
  if (leadId === null) return null;
  if (live && live.leadId === leadId)
    return live.direction === 'inbound' ? { did: live.did } : null;
  if (!ended || ended.leadId !== leadId || ended.logged || ended.record.direction !== 'inbound')
    return null;
  return { did: remembered?.startedAt === ended.record.startedAt ? remembered.did : null };
}

const NO_DIDS: never[] = [];

/** The lead's inbound call as the script choice needs it; null when the work is outbound. */
export function useInboundCall(leadId: string | null): InboundContext | null {
  const dids = usePhone()?.phone.dids ?? NO_DIDS;
  const live = useAppStore((s) => s.liveCall);
  const ended = useAppStore((s) => s.endedCall);

  const inboundStart = live?.direction === 'inbound' ? live.startedAt : null;
  const liveDid = live?.did ?? null;
  useEffect(() => {
    if (inboundStart !== null) lastCalled = { startedAt: inboundStart, did: liveDid };
  }, [inboundStart, liveDid]);

  const call = inboundCallOn(leadId, live, ended, lastCalled);
  const did = call?.did ?? null;
  const productId = call ? productOfDid(dids, did) : null;
  const inbound = call !== null;
  return useMemo(() => (inbound ? { productId } : null), [inbound, productId]);
}
