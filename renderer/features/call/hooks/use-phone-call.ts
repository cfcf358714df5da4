// The call screen's side of the desk's phone: whether this lead is on the line, what the last
// call on it ended as, advancing when the phone has logged an unanswered attempt itself, and the
// power dialler's wrap-up before it dials this lead.
import { useEffect, useLayoutEffect } from 'react';
import type { Disposition } from '../../../../shared/domain/dispositions';
import type { StoredLead } from '../../../db/schema';
import type { EndedCall } from '../../../store/phone-slice';
import { useAppStore } from '../../../store/use-app-store';
import { usePhone } from '../../phone/phone-context';

export type PhoneCallView = {
  /** This lead is on the line now (dialling, ringing or talking). */
  onLine: boolean;
  /** The call on this lead that ended and is not logged yet (answered: waits for a key), or failed. */
  ended: EndedCall | null;
};

export function usePhoneCall(
  lead: StoredLead,
  dial: () => unknown,
  onDone: (disposition: Disposition) => void,
): PhoneCallView {
  const handle = usePhone();
  const live = useAppStore((s) => s.liveCall);
  const ended = useAppStore((s) => s.endedCall);
  const setEndedCall = useAppStore((s) => s.setEndedCall);
  const registered = useAppStore((s) => s.phoneStatus.kind === 'registered');
  const dialMode = useAppStore((s) => s.dialMode);
  const paused = useAppStore((s) => s.powerPaused);
  const wrapUpUntil = useAppStore((s) => s.wrapUpUntil);
  const setWrapUpUntil = useAppStore((s) => s.setWrapUpUntil);
  const setPowerPaused = useAppStore((s) => s.setPowerPaused);
  const mine = ended?.leadId === lead.id ? ended : null;

  // The phone logged an unanswered attempt that moved the lead: on to the next one.
  useEffect(() => {
    if (!mine?.logged) return;
    if (mine.disposition) {
      setEndedCall(null);
      onDone(mine.disposition);
    }
  }, [mine, onDone, setEndedCall]);

  // Power dialling: a wrap-up pause, then this lead is dialled (unless paused or on a call).
  const wrapUpMs = (handle?.phone.wrapUpSec ?? 0) * 1000;
  const power = dialMode === 'power' && registered && !paused;
  const lineFree = live === null;
  const settled = mine === null;
  useLayoutEffect(() => {
    if (!power || !lineFree || !settled) return;
    setWrapUpUntil(Date.now() + wrapUpMs);
    return () => setWrapUpUntil(null);
    // Once per lead and per (re)start of power mode.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lead.id, power]);
  useEffect(() => {
    if (wrapUpUntil === null || !power || !lineFree) return;
    const timer = window.setTimeout(
      () => {
        setWrapUpUntil(null);
        // A lead the phone may not dial now (do-not-call, outside its hours) is never dialled:
        // the dialler pauses on it with the reason on screen.
        if (dial() !== null) setPowerPaused(true);
      },
      Math.max(0, wrapUpUntil - Date.now()),
    );
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wrapUpUntil, power, lineFree]);

  return { onLine: live?.leadId === lead.id, ended: mine };
}
