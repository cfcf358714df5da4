// Dials the lead on screen: with the desk's own phone when it is registered (the call is placed,
// timed and logged here), else by handing the organisation's click-to-call address (`tel:`,
// `sip:`, `callto:` from the dial template) to the computer's softphone, as before.
import { useState } from 'react';
import { dialRefusal, type DialRefusal } from '../../../../shared/domain/dial-check';
import { useCallingRules } from '../../calling-rules/use-calling-rules';
import type { StoredLead } from '../../../db/schema';
import { useAppStore } from '../../../store/use-app-store';
import { useDialTemplate } from '../../../ui/desk/use-dial-template';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { usePhone } from '../../phone/phone-context';
import { dialUriFor } from '../dial-uri-for';
import { openDialUri } from '../open-dial-uri';

export type DialProblem = DialRefusal | 'busyLine';

export type Dial = {
  /** Dials; returns why not when it cannot (also shown as `problem`). */
  dial: () => DialProblem | null;
  /** Whether `dial` uses the desk's own phone. */
  inApp: boolean;
  problem: DialProblem | null;
  clearProblem: () => void;
  /** The address last handed to the computer's softphone (no phone on the desk). */
  handedTo: string | null;
};

export function useDial(lead: StoredLead): Dial {
  const template = useDialTemplate();
  const organisation = useOrganisation();
  const rules = useCallingRules();
  const handle = usePhone();
  const registered = useAppStore((s) => s.phoneStatus.kind === 'registered');
  const startCall = useAppStore((s) => s.startCall);
  const [problem, setProblem] = useState<DialProblem | null>(null);
  const [handedTo, setHandedTo] = useState<string | null>(null);
  const inApp = registered && handle !== null;

  const refuse = (p: DialProblem): DialProblem => {
    setProblem(p);
    return p;
  };
  const dial = (): DialProblem | null => {
    const e164 = lead.phoneE164;
    if (!e164) return refuse('noPhone');
    const built = dialUriFor(template, e164);
    if (!inApp) {
      if (!built.ok) return refuse('noPhone');
      setProblem(null);
      startCall(Date.now());
      setHandedTo(built.uri);
      openDialUri(built.uri);
      return null;
    }
    // Checked again at the moment of dialling: the list or the clock may have moved since the
    // lead was picked (a power dialler's wrap-up, a lead left open over lunch).
    const refusal = dialRefusal(lead, organisation, Date.now(), rules);
    if (refusal) return refuse(refusal);
    // A sip: template names the PBX's own form; otherwise the number at the account's domain.
    const domain = handle.phone.uri.slice(handle.phone.uri.indexOf('@') + 1);
    const target = built.ok && built.uri.startsWith('sip:') ? built.uri : `sip:${e164}@${domain}`;
    if (!handle.softphone.call(target, e164, lead.id)) return refuse('busyLine');
    setProblem(null);
    startCall(Date.now());
    return null;
  };

  return { dial, inApp, problem, clearProblem: () => setProblem(null), handedTo };
}
