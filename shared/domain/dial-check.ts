// Whether the desk's phone may dial a lead now: checked at the moment of dialling (a power
// dialler's wrap-up or a lead left open over lunch can outlive the queue's own checks).
import { isWithinCallingWindow, type CallingPolicy } from './calling-window';
import type { Lead } from './lead';
import { leadTimezone } from './phone-timezone';

export type DialRefusal = 'noPhone' | 'doNotCall' | 'outsideWindow';

export function dialRefusal(
  lead: Pick<Lead, 'phoneE164' | 'doNotCall' | 'timezone'>,
  organisation: { timezone: string; callingWindow?: CallingPolicy } | null,
  now: number,
): DialRefusal | null {
  if (!lead.phoneE164) return 'noPhone';
  if (lead.doNotCall) return 'doNotCall';
  if (
    organisation &&
    !isWithinCallingWindow(
      leadTimezone(lead, organisation.timezone),
      now,
      organisation.callingWindow,
    )
  )
    return 'outsideWindow';
  return null;
}
