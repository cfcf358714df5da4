// Bulk reassignment: which leads a supervisor's filter selects, which index answers it, how a
// selection is split between several targets (round-robin) and what each lead's change is.
import type { CountryCode } from 'libphonenumber-js';
import { queueOwner } from './dial-queue';
import type { User } from './content';
import type { TeamId, UserId } from './ids';
import { LEAD_STAGES, type Lead, type LeadStage } from './lead';
import { CLOSED_STAGES } from './pipeline';
import { matchesQuery } from './search-key';

/** Whose leads: anyone's, one agent's, a team's unassigned pool, or a whole team (agents + pool). */
export type OwnerFilter =
  | { kind: 'any' }
  | { kind: 'agent'; userId: UserId }
  | { kind: 'teamQueue'; teamId: TeamId }
  | { kind: 'team'; teamId: TeamId };

export type LeadFilter = {
  /** Exactly this list (leads.listName); null for every list. */
  listName: string | null;
  /** One stage; null for every open stage (and the closed ones too with includeClosed). */
  stage: LeadStage | null;
  owner: OwnerFilter;
  /** Name, company or e-mail words, matched in any spelling (search-key.ts), or a phone number. */
  query: string;
  /** The country of a phone number typed without its code (the organisation's). */
  defaultCountry?: CountryCode | undefined;
  /** Won and lost leads stay with their owner unless the supervisor asks for them. */
  includeClosed: boolean;
};

export const ANY_LEAD: LeadFilter = {
  listName: null,
  stage: null,
  owner: { kind: 'any' },
  query: '',
  includeClosed: false,
};

/** Where leads go: to an agent (and their team), or back into a team's unassigned pool. */
export type AssignTarget =
  { kind: 'agent'; userId: UserId; teamId: TeamId | null } | { kind: 'teamQueue'; teamId: TeamId };

/** Most leads one outbox entry may carry (shared/sync/protocol.ts effects.leads). */
export const LEADS_PER_ENTRY = 1000;

/**
 * The stages a filter covers. A closed stage picked on purpose counts as asking for closed
 * leads; otherwise won and lost leads are left out unless `includeClosed` is set.
 */
export function filterStages(f: Pick<LeadFilter, 'stage' | 'includeClosed'>): LeadStage[] {
  if (f.stage) return [f.stage];
  return LEAD_STAGES.filter((s) => f.includeClosed || !CLOSED_STAGES.includes(s));
}

type FilterFields = Pick<Lead, 'listName' | 'stage' | 'ownerId' | 'teamId' | 'searchKeys'>;

/** Whether one lead is selected by the filter (the check after an index read). */
export function matchesFilter(lead: FilterFields, f: LeadFilter): boolean {
  if (f.listName !== null && lead.listName !== f.listName) return false;
  if (!filterStages(f).includes(lead.stage)) return false;
  const o = f.owner;
  if (o.kind === 'agent' && lead.ownerId !== o.userId) return false;
  if (o.kind === 'teamQueue' && (lead.ownerId !== null || lead.teamId !== o.teamId)) return false;
  if (o.kind === 'team' && lead.teamId !== o.teamId) return false;
  if (f.query.trim() && !matchesQuery(lead.searchKeys, f.query)) return false;
  return true;
}

export type LeadIndex = '[listName+stage]' | '[ownerId+stage]' | '[teamId+stage]' | 'stage';

/**
 * One way to read the filter's leads from an index: equality keys (one per stage), and whether
 * the keys alone select exactly the filter's leads (then counts need no records at all).
 */
export type IndexPlan = {
  index: LeadIndex;
  keys: (string | [string, string])[];
  exact: boolean;
};

/**
 * The indexes that can answer a filter (text search aside): the desk counts each natively and
 * reads the smallest, checking the rest of the filter on the few records it loads.
 */
export function indexPlans(f: LeadFilter): IndexPlan[] {
  const stages = filterStages(f);
  const o = f.owner;
  const plans: IndexPlan[] = [];
  if (f.listName !== null) {
    const list = f.listName;
    plans.push({
      index: '[listName+stage]',
      keys: stages.map((s) => [list, s]),
      exact: o.kind === 'any',
    });
  }
  if (o.kind === 'agent') {
    plans.push({
      index: '[ownerId+stage]',
      keys: stages.map((s) => [o.userId, s]),
      exact: f.listName === null,
    });
  }
  if (o.kind === 'team' || o.kind === 'teamQueue') {
    plans.push({
      index: '[teamId+stage]',
      keys: stages.map((s) => [o.teamId, s]),
      exact: f.listName === null && o.kind === 'team',
    });
  }
  if (plans.length === 0) plans.push({ index: 'stage', keys: [...stages], exact: true });
  return plans;
}

/** Splits items between `n` targets in turn: the first to target 0, the second to 1, … */
export function splitRoundRobin<T>(items: readonly T[], n: number): T[][] {
  if (n < 1) return [];
  const out: T[][] = Array.from({ length: n }, () => []);
  items.forEach((item, i) => out[i % n]?.push(item));
  return out;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The queue a lead is in for "from whom" counts: its owner, `team:<id>`, or "none". */
export function ownerKey(lead: Pick<Lead, 'ownerId' | 'teamId'>): string {
  return queueOwner(lead) ?? 'none';
}

export function targetKey(target: AssignTarget): string {
  return target.kind === 'agent' ? target.userId : `team:${target.teamId}`;
}

/** How many leads each owner key holds. */
export function countByOwner(
  leads: Iterable<Pick<Lead, 'ownerId' | 'teamId'>>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of leads) out.set(ownerKey(l), (out.get(ownerKey(l)) ?? 0) + 1);
  return out;
}

export type AssignmentChange = Pick<Lead, 'ownerId' | 'teamId'> & Partial<Pick<Lead, 'meeting'>>;

/**
 * What reassigning one lead changes, or null when it already sits with the target. A booked
 * meeting moves with the lead to the new closer.
 */
export function assignmentChange(
  lead: Pick<Lead, 'ownerId' | 'teamId' | 'stage' | 'meeting'>,
  target: AssignTarget,
): AssignmentChange | null {
  const ownerId = target.kind === 'agent' ? target.userId : null;
  const teamId = target.kind === 'agent' ? (target.teamId ?? lead.teamId) : target.teamId;
  if (lead.ownerId === ownerId && lead.teamId === teamId) return null;
  const change: AssignmentChange = { ownerId, teamId };
  if (ownerId && lead.stage === 'meetingScheduled' && lead.meeting) {
    change.meeting = { ...lead.meeting, closerId: ownerId };
  }
  return change;
}

/**
 * The farmer who looks after a new customer: one of the lead's team first, else any farmer of
 * the organisation; never someone who can no longer sign in. Null when there is none (the
 * customer stays with whoever won it).
 */
export function pickFarmer(
  users: readonly Pick<User, 'id' | 'roles' | 'teamId' | 'disabled'>[],
  teamId: TeamId | null,
): UserId | null {
  const farmers = users.filter((u) => u.roles.includes('farmer') && !u.disabled);
  return (farmers.find((u) => u.teamId === teamId) ?? farmers[0])?.id ?? null;
}
