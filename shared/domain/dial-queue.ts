// Dial-queue order: callbacks due now first (oldest due first), then fresh leads by priority and
// age, then due retries and follow-ups; never a do-not-call lead, a closed one, one without a
// phone number, or one whose local time is outside the calling window.
//
// The desk answers "next lead" from an index, not a scan: every lead stores `queueKey` (below),
// a string that sorts in queue order, and the compound index [queueOwner+queueKey] lists one
// agent's (or team queue's) leads in that order. A lead that must never be offered has no
// queueKey at all, so it is not in the index. Reading is: the first keys of bucket 0 up to "now",
// then bucket 1, then bucket 2 up to "now"; each candidate is then checked against its calling
// window in memory, and skipped (not re-keyed) when it is night where the lead is. With the zone
// index [queueOwner+queueZone+queueKey] the desk reads only the zones that are inside calling
// hours now, so night-time leads cost nothing (leads-repo nextLead).
import {
  DEFAULT_CALLING_WINDOW,
  isValidTimeZone,
  isWithinCallingWindow,
  type CallingPolicy,
} from './calling-window';
import type { CallingPolicyOf } from './calling-rules';
import type { Lead } from './lead';
import { inferTimezone } from './phone-timezone';
import { CLOSED_STAGES } from './pipeline';

export type QueueBucket = 'callbackDue' | 'fresh' | 'retry';

/** Stages a hunter dials from the queue; later stages live in the closer's and farmer's lists. */
export const DIALABLE_STAGES = ['lead', 'qualified'] as const;

const RANK: Record<QueueBucket, string> = { callbackDue: '0', fresh: '1', retry: '2' };
const pad = (n: number, width: number) => String(Math.max(0, Math.floor(n))).padStart(width, '0');
const TIME_WIDTH = 15;

type QueueFields = Pick<
  Lead,
  | 'stage'
  | 'doNotCall'
  | 'touches'
  | 'nextCallAt'
  | 'nextCallKind'
  | 'priority'
  | 'createdAt'
  | 'ownerId'
  | 'teamId'
  | 'phoneE164'
>;

/**
 * The Dexie index the desk answers "next lead" from (renderer/db/schema.ts): leads by queue owner,
 * then by `queueKey`, read range by range with `queueRanges`.
 */
export const DIAL_QUEUE_INDEX = '[queueOwner+queueKey]';

/**
 * The index that also groups a queue by the lead's timezone, so leads where it is night are never
 * read (needs `queueZone` on the stored lead; the desk checks the index exists before using it).
 */
export const DIAL_QUEUE_ZONE_INDEX = '[queueOwner+queueZone+queueKey]';

/**
 * The timezone the lead's calling hours follow, as stored for the zone index: its own valid
 * override, else the zone of its phone number, else '' (= the organisation's zone, which the
 * desk knows only when it reads the queue).
 */
export function queueZone(lead: Pick<Lead, 'timezone' | 'phoneE164'>): string {
  if (lead.timezone && isValidTimeZone(lead.timezone)) return lead.timezone;
  return inferTimezone(lead.phoneE164) ?? '';
}

/** Priority as the key orders it: a whole number 0–999 (the key has three digits for it). */
export function queuePriority(priority: number): number {
  return Number.isFinite(priority) ? Math.min(999, Math.max(0, Math.round(priority))) : 0;
}

/** Whether the lead belongs in anyone's dial queue at all (time aside). */
export function isQueueable(lead: QueueFields): boolean {
  if (lead.doNotCall) return false;
  // Reachable only by e-mail (imported so): nothing to dial until someone adds a number, and
  // then the stored lead gets its key like any other.
  if (!lead.phoneE164) return false;
  if (CLOSED_STAGES.includes(lead.stage)) return false;
  return (DIALABLE_STAGES as readonly string[]).includes(lead.stage);
}

/** The bucket a lead is in at `now`, or null when it should not be offered now. */
export function queueBucket(lead: QueueFields, now: number): QueueBucket | null {
  if (!isQueueable(lead)) return null;
  if (lead.nextCallAt !== null) {
    if (lead.nextCallAt > now) return null;
    return lead.nextCallKind === 'callback' ? 'callbackDue' : 'retry';
  }
  return lead.touches === 0 ? 'fresh' : 'retry';
}

/**
 * The sortable key stored on the lead: time-independent, so it only changes when the lead does.
 * Callbacks sort by due time in bucket 0, fresh leads by priority (high first) then age in
 * bucket 1, retries and follow-ups by due time in bucket 2. Null when never queueable.
 */
export function queueKey(lead: QueueFields): string | null {
  if (!isQueueable(lead)) return null;
  if (lead.nextCallAt !== null) {
    return `${lead.nextCallKind === 'callback' ? RANK.callbackDue : RANK.retry}|${pad(lead.nextCallAt, TIME_WIDTH)}`;
  }
  if (lead.touches === 0)
    return `${RANK.fresh}|${pad(999 - queuePriority(lead.priority), 3)}|${pad(lead.createdAt, TIME_WIDTH)}`;
  // Called before but nothing planned: due at once, ahead of the planned retries.
  return `${RANK.retry}|${pad(0, TIME_WIDTH)}|${pad(lead.createdAt, TIME_WIDTH)}`;
}

/** Whose queue a lead is in: its owner's, or its team's pool while unassigned. */
export function queueOwner(lead: Pick<Lead, 'ownerId' | 'teamId'>): string | null {
  if (lead.ownerId) return lead.ownerId;
  return lead.teamId ? `team:${lead.teamId}` : null;
}

/** Key ranges to read, in order, for the leads due at `now`. */
export function queueRanges(now: number): readonly (readonly [string, string])[] {
  const upTo = pad(now, TIME_WIDTH);
  return [
    [`${RANK.callbackDue}|`, `${RANK.callbackDue}|${upTo}`],
    [`${RANK.fresh}|`, `${RANK.fresh}|~`],
    [`${RANK.retry}|`, `${RANK.retry}|${upTo}`],
  ];
}

export type QueueCandidate = QueueFields & { timeZone: string; country?: string | null };

/** Orders two leads as the queue would offer them at `now` (bucket, then key). */
export function compareQueue(a: QueueFields, b: QueueFields, now: number): number {
  const ba = queueBucket(a, now);
  const bb = queueBucket(b, now);
  if (ba === null || bb === null) return ba === bb ? 0 : ba === null ? 1 : -1;
  const ka = queueKey(a) ?? '';
  const kb = queueKey(b) ?? '';
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The lead to dial next from candidates already in key order (as the index returns them):
 * the first that is due and inside its calling window. `calling` is one policy for every lead, or
 * the policy by the lead's country (calling rules with per-country overrides).
 */
export function pickNext<T extends QueueCandidate>(
  candidates: Iterable<T>,
  now: number,
  calling: CallingPolicy | CallingPolicyOf = DEFAULT_CALLING_WINDOW,
): T | null {
  for (const lead of candidates) {
    if (queueBucket(lead, now) === null) continue;
    const policy = typeof calling === 'function' ? calling(lead.country) : calling;
    if (!isWithinCallingWindow(lead.timeZone, now, policy)) continue;
    return lead;
  }
  return null;
}
