// A refused mutation as the push response (and the push_rejections table) records it.
import type { RejectionReason } from '../../../shared/sync/protocol';
import type { VerbError } from '../../../shared/mutations/verb';

export type Refusal = { seq: number; reason: RejectionReason; detail: string };

export function isRefusal(x: object): x is Refusal {
  return 'reason' in x;
}

/** The wire reason for a verb's refusal; its code stays in the detail for the desk's log. */
export function refusalOf(seq: number, name: string, error: VerbError): Refusal {
  const reason: RejectionReason =
    error.code === 'forbidden' ||
    error.code === 'outOfScope' ||
    error.code === 'leadNotFound' ||
    error.code === 'stageChanged' ||
    error.code === 'ownerChanged'
      ? error.code
      : error.code === 'notAllowedInStage'
        ? 'stageChanged'
        : 'invalid';
  const what = [
    error.detail,
    ...(error.issues ?? []).map((i) => i.code),
    ...(error.userIssues ?? []),
  ]
    .filter(Boolean)
    .join('; ');
  return { seq, reason, detail: `${name}: ${error.code}${what ? ` (${what})` : ''}` };
}
