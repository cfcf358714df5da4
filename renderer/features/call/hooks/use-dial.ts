// Dials the lead on screen: with the desk's own phone when it is registered (the call is placed,
// timed and logged here), else by handing the organisation's click-to-call address (`tel:`,
// `sip:`, `callto:` from the dial template) to the computer's softphone, as before.
import { useState } from 'react';
import { isWithinCallingWindow } from '../../../../shared/domain/calling-window';
import { buildDialUri } from '../../../../shared/domain/dial-uri';
import { leadTimezone } from '../../../../shared/domain/phone-timezone';
import type { StoredLead } from '../../../db/schema';
import { useAppStore } from '../../../store/use-app-store';
import { useDialTemplate } from '../../../ui/desk/use-dial-template';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { usePhone } from '../../phone/phone-context';
import { openDialUri } from '../open-dial-uri';

export type DialProblem = 'doNotCall' | 'outsideWindow' | 'busyLine' | 'noPhone';

export type Dial = {
  dial: () => void;
  /** Whether `dial` uses the desk's own phone. */
  inApp: boolean;
  problem: DialProblem | null;
  clearProblem: () => void;
};

export function useDial(lead: StoredLead): Dial {
  const template = useDialTemplate();
  const organisation = useOrganisation();
  const handle = usePhone();
  const registered = useAppStore((s) => s.phoneStatus.kind === 'registered');
  const startCall = useAppStore((s) => s.startCall);
  const [problem, setProblem] = useState<DialProblem | null>(null);
  const inApp = registered && handle !== null;

  const dial = () => {
    const e164 = lead.phoneE164;
    if (!e164) return setProblem('noPhone');
    const built = buildDialUri(template, e164);
    if (!inApp) {
      if (!built.ok) return setProblem('noPhone');
      startCall(Date.now());
      openDialUri(built.uri);
      return;
    }
    // Checked again at the moment of dialling: the list or the clock may have moved since the
    // lead was picked (a power dialler's wrap-up, a lead left open over lunch).
    if (lead.doNotCall) return setProblem('doNotCall');
    if (
      organisation &&
      !isWithinCallingWindow(
        leadTimezone(lead, organisation.timezone),
        Date.now(),
        organisation.callingWindow,
      )
    )
      return setProblem('outsideWindow');
    // A sip: template names the PBX's own form; otherwise the number at the account's domain.
    const domain = handle.phone.uri.slice(handle.phone.uri.indexOf('@') + 1);
    const target = built.ok && built.uri.startsWith('sip:') ? built.uri : `sip:${e164}@${domain}`;
    if (!handle.softphone.call(target, e164, lead.id)) return setProblem('busyLine');
    setProblem(null);
    startCall(Date.now());
  };

  return { dial, inApp, problem, clearProblem: () => setProblem(null) };
}
