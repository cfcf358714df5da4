// Whether the desk's phone may dial a lead now: checked at the moment of dialling (a power
// dialler's wrap-up or a lead left open over lunch can outlive the queue's own checks).
import { isWithinCallingWindow, type CallingPolicy } from './calling-window';
import { callingPolicyFor, type CallingRules } from './calling-rules';
import type { Lead } from './lead';
import { leadTimezone } from './phone-timezone';

export type DialRefusal = 'noPhone' | 'doNotCall' | 'outsideWindow';

export function dialRefusal(
  lead: Pick<Lead, 'phoneE164' | 'doNotCall' | 'timezone'> & Partial<Pick<Lead, 'country'>>,
  organisation: { timezone: string; callingWindow?: CallingPolicy } | null,
  now: number,
  /** The organisation's calling rules (the lead's country picks its override). */
  rules?: CallingRules | null,
): DialRefusal | null {
  if (!lead.phoneE164) return 'noPhone';
  if (lead.doNotCall) return 'doNotCall';
  if (
    organisation &&
    !isWithinCallingWindow(
      leadTimezone(lead, organisation.timezone),
      now,
      rules
        ? callingPolicyFor(organisation.callingWindow, rules, lead.country)
        : organisation.callingWindow,
    )
  )
    return 'outsideWindow';
  return null;
}
