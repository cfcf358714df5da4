// Push, step 1 — decode: each mutation's name to its verb and its arguments through the verb's
// own schema. A mutation that does not decode is refused as invalid; the batch goes on.
import type { Mutation } from '../../../shared/sync/protocol';
import { verbOf } from '../../../shared/mutations/registry';
import type { Verb } from '../../../shared/mutations/verb';
import type { Refusal } from './refusal';

export type Decoded = { mutation: Mutation; verb: Verb; args: unknown };

export function decode(mutation: Mutation): Decoded | Refusal {
  const verb = verbOf(mutation.name);
  const parsed = verb.args.safeParse(mutation.args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'args';
    return {
      seq: mutation.seq,
      reason: 'invalid',
      detail: `${mutation.name} ${where}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { mutation, verb, args: parsed.data };
}
