// What a do-not-call change does to leads: every lead reachable on a listed number leaves the
// dial queues (doNotCall), and one whose numbers all left the list may be called again — unless
// it asked itself not to be called.
import { z } from 'zod';
import { askedNotToBeCalled, leadNumbers } from '../domain/dnc';
import { e164Schema } from '../domain/lead';
import type { LeadEffect } from './effects';
import type { MutationState, Reads } from './state';
import { atSchema } from './verb';

/** Most numbers one do-not-call mutation carries. */
export const NUMBERS_PER_DNC_MUTATION = 10_000;

/** A chunk of the national registry file's numbers (putDnc / removeDnc with source national). */
export const nationalNumbersSchema = z.object({
  source: z.literal('national'),
  numbers: z.array(e164Schema).min(1).max(NUMBERS_PER_DNC_MUTATION),
  at: atSchema,
});

/** What a do-not-call verb reads: the entries and the leads of its numbers. */
export function dncReads(args: { phoneE164: string } | { numbers: readonly string[] }): Reads {
  const numbers = 'numbers' in args ? args.numbers : [args.phoneE164];
  return { dnc: numbers, leadsByPhone: numbers };
}

/** Blocks the leads on these numbers that are not blocked yet. */
export function flagLeads(
  state: MutationState,
  numbers: readonly string[],
  at: number,
): LeadEffect[] {
  return state
    .leadsWithNumbers(numbers)
    .filter((l) => !l.doNotCall)
    .map((l) => ({ id: l.id, patch: { doNotCall: true, updatedAt: at } }));
}

/**
 * Frees the blocked leads on numbers that left the list (`removed`), unless another of their
 * numbers is still listed or the lead itself asked not to be called.
 */
export function clearLeads(
  state: MutationState,
  removed: ReadonlySet<string>,
  at: number,
): LeadEffect[] {
  return state
    .leadsWithNumbers([...removed])
    .filter(
      (l) =>
        l.doNotCall &&
        !leadNumbers(l).some((n) => !removed.has(n) && state.dnc(n) !== undefined) &&
        !askedNotToBeCalled(l, state.askedOnACall(l.id)),
    )
    .map((l) => ({ id: l.id, patch: { doNotCall: false, updatedAt: at } }));
}
