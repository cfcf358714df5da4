// What travels with an attended transfer: the agent's call to a colleague carries which lead it
// hands over and a few words about the customer (SIP headers, percent-encoded so any script
// passes any PBX), and why such a call ended without the hand-over, in the agent's terms.
import type { ConsultEnd, Handover } from '../../store/phone-slice';

export const HANDOVER_LEAD = 'X-Transfer-Lead';
export const HANDOVER_SUMMARY = 'X-Transfer-Summary';
const SUMMARY_MAX = 200;

export function handoverHeaders(h: { leadId: string; summary: string }): string[] {
  return [
    `${HANDOVER_LEAD}: ${h.leadId}`,
    `${HANDOVER_SUMMARY}: ${encodeURIComponent(h.summary.slice(0, SUMMARY_MAX))}`,
  ];
}

/** The hand-over a call announces, or null for an ordinary call (no lead header). */
export function parseHandover(
  header: (name: string) => string | undefined,
  from: string | undefined,
): Handover | null {
  const leadId = header(HANDOVER_LEAD)?.trim();
  if (!leadId) return null;
  const raw = header(HANDOVER_SUMMARY) ?? '';
  let summary: string;
  try {
    summary = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded as our desks send it: shown as it came.
    summary = raw;
  }
  return {
    // Only an id of ours is used to open a lead; anything else is ignored.
    leadId: /^[\w-]{1,100}$/.test(leadId) ? leadId : null,
    from: from ?? '',
    summary: summary.slice(0, SUMMARY_MAX),
  };
}

/** Why a call to a colleague failed, from its SIP status or JsSIP's cause. */
export function consultEndOf(status: number | null, cause: string): ConsultEnd {
  if (status === 486 || status === 600) return 'busy';
  if (status === 603 || cause === 'Rejected') return 'declined';
  if (status === 408 || status === 480 || status === 487 || cause === 'No Answer')
    return 'noAnswer';
  return 'failed';
}
