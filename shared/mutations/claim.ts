// What the sync server checks of the effects a desk sends with a mutation. The server stores what
// the verb yields on its own rows; the desk's effects must agree with that on everything a verb
// decides and may only reach what the verb can reach. A mutation that claims more — a note that
// creates a lead, a call that hands the lead to someone else, a stage the verb cannot set — is
// refused whole.
import type { LeadId, UserId } from '../domain/ids';
import type { LeadField } from '../domain/lead';
import { patchFields, type Effects } from './effects';
import type { MutationState } from './state';
import { outsideReach, type Verb } from './verb';

export type ClaimRefusal = {
  reason: 'forbidden' | 'stageChanged' | 'ownerChanged';
  detail: string;
};

/**
 * Fields whose claimed value must be the verb's own result (they decide who and where); a claim
 * outside what the verb can set at all is caught earlier, by its reach.
 */
export const GUARDED_FIELDS: readonly LeadField[] = ['stage', 'ownerId', 'teamId'];

/** The conditions the desk relied on (stage, owner), against the server's rows before the verb. */
export function unmetExpectation(claimed: Effects, state: MutationState): ClaimRefusal | null {
  for (const e of claimed.leads ?? []) {
    const lead = state.lead(e.id);
    if (!lead || !e.expect) continue;
    if (e.expect.stage !== undefined && e.expect.stage !== lead.stage)
      return {
        reason: 'stageChanged',
        detail: `Lead ${e.id} is now in stage ${lead.stage}, not ${e.expect.stage}.`,
      };
    if (e.expect.ownerId !== undefined && e.expect.ownerId !== lead.ownerId)
      return { reason: 'ownerChanged', detail: `Lead ${e.id} has another owner now.` };
  }
  return null;
}

/**
 * Whether the desk's claimed effects stay within what the verb yielded on the server (`result`),
 * read against the leads as they are after it (`after`). Values the verb computes from counters and clocks may
 * differ (another desk changed the lead in between): the server's own values are stored.
 */
export function refusedClaim(
  verb: Pick<Verb, 'name' | 'reach'>,
  claimed: Effects,
  result: Effects,
  after: Pick<MutationState, 'lead'>,
  actorId: UserId,
): ClaimRefusal | null {
  const forbidden = (what: string): ClaimRefusal => ({
    reason: 'forbidden',
    detail: `${verb.name} cannot ${what}.`,
  });
  const outside = outsideReach(verb, claimed, actorId);
  if (outside) return forbidden(`produce ${outside}`);

  const yielded = new Map((result.leads ?? []).map((e) => [e.id, e]));
  for (const e of claimed.leads ?? []) {
    const own = yielded.get(e.id);
    if (!own) return forbidden(`change lead ${e.id} here`);
    if (e.create && !own.create) return forbidden(`create lead ${e.id}, which exists`);
    const final = after.lead(e.id);
    if (e.create) {
      // A new lead comes from the arguments alone: anything else about it is made up.
      for (const f of ['organisationId', ...GUARDED_FIELDS] as const)
        if (e.create[f] !== final?.[f]) return forbidden(`create lead ${e.id} with that ${f}`);
    }
    const claimedFields = new Set<LeadField>(patchFields(e.patch));
    // Within reach but not what the verb yields on the server's rows: the lead moved meanwhile
    // (another desk changed what the verb decides on). A conflict, refused like a condition.
    for (const f of GUARDED_FIELDS) {
      if (!claimedFields.has(f) || !final) continue;
      const value = e.patch?.[f];
      if (value !== final[f])
        return {
          reason: f === 'stage' ? 'stageChanged' : 'ownerChanged',
          detail: `Lead ${e.id} would be ${f} ${String(final[f])} here, not ${String(value)}.`,
        };
    }
  }

  const leadsTouched = new Set<LeadId>([
    ...yielded.keys(),
    ...(result.activities ?? []).map((a) => a.leadId),
  ]);
  for (const a of claimed.activities ?? []) {
    if (a.agentId !== actorId) return forbidden(`log activity ${a.id} for someone else`);
    if (!leadsTouched.has(a.leadId)) return forbidden(`log activity ${a.id} on lead ${a.leadId}`);
  }

  const keys = <T>(list: readonly T[] | undefined, key: (t: T) => string) =>
    new Set((list ?? []).map(key));
  const subset = (what: string, mine: Set<string>, theirs: Set<string>) => {
    for (const k of mine) if (!theirs.has(k)) return forbidden(`change ${what} ${k}`);
    return null;
  };
  return (
    subset(
      'do-not-call number',
      new Set([
        ...(claimed.dnc?.put ?? []).map((d) => d.phoneE164),
        ...(claimed.dnc?.remove ?? []),
      ]),
      new Set([...(result.dnc?.put ?? []).map((d) => d.phoneE164), ...(result.dnc?.remove ?? [])]),
    ) ??
    subset(
      'content',
      new Set([
        ...(claimed.content?.put ?? []).map((c) => c.id),
        ...(claimed.content?.remove ?? []),
      ]),
      new Set([...(result.content?.put ?? []).map((c) => c.id), ...(result.content?.remove ?? [])]),
    ) ??
    subset(
      'the targets of',
      keys(claimed.targets, (t) => t.userId),
      keys(result.targets, (t) => t.userId),
    ) ??
    subset(
      'sales target',
      keys(claimed.salesTargets, (t) => t.id),
      keys(result.salesTargets, (t) => t.id),
    ) ??
    subset(
      'person',
      keys(claimed.users, (u) => u.id),
      keys(result.users, (u) => u.id),
    ) ??
    subset(
      'team',
      keys(claimed.teams, (t) => t.id),
      keys(result.teams, (t) => t.id),
    ) ??
    subset(
      'setting',
      keys(claimed.settings, (s) => s.key),
      keys(result.settings, (s) => s.key),
    )
  );
}
