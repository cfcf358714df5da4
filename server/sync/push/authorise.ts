// Push, step 2 — authorise: who the caller is as a verb sees them, and whether their roles may run
// each verb at all (scope and per-record rights are the verb's own, checked when it runs).
import { organisationIdSchema, teamIdSchema, userIdSchema } from '../../../shared/domain/ids';
import { mayRun, type Actor } from '../../../shared/mutations/verb';
import type { Caller } from '../scope';
import type { Decoded } from './decode';
import type { Refusal } from './refusal';

export function actorOf(caller: Caller): Actor {
  return {
    id: userIdSchema.parse(caller.userId),
    organisationId: organisationIdSchema.parse(caller.organisationId),
    roles: caller.roles,
    teamId: caller.teamId === null ? null : teamIdSchema.parse(caller.teamId),
  };
}

export function authorise(decoded: Decoded, actor: Actor): Refusal | null {
  if (mayRun(decoded.verb, actor)) return null;
  return {
    seq: decoded.mutation.seq,
    reason: 'forbidden',
    detail: `${decoded.mutation.name} needs one of the roles ${decoded.verb.roles.join(', ')}.`,
  };
}
