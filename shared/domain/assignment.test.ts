import { describe, expect, it } from 'vitest';
import {
  ANY_LEAD,
  assignmentChange,
  chunk,
  countByOwner,
  filterStages,
  indexPlans,
  matchesFilter,
  splitRoundRobin,
  type LeadFilter,
} from './assignment';
import type { TeamId, UserId } from './ids';
import type { Lead, Meeting } from './lead';
import { searchTokens } from './search-key';

const faisal = 'faisal' as UserId;
const mona = 'mona' as UserId;
const gulf = 'gulf' as TeamId;
const istanbul = 'istanbul' as TeamId;

type Fields = Pick<Lead, 'listName' | 'stage' | 'ownerId' | 'teamId' | 'searchKeys' | 'meeting'>;
const lead = (over: Partial<Fields> = {}): Fields => ({
  listName: 'Riyadh cold',
  stage: 'lead',
  ownerId: faisal,
  teamId: gulf,
  searchKeys: searchTokens('Ahmed Al-Harbi', 'Nakheel Trading'),
  meeting: null,
  ...over,
});
const filter = (over: Partial<LeadFilter> = {}): LeadFilter => ({ ...ANY_LEAD, ...over });

describe('lead filter', () => {
  it('leaves won and lost leads with their owner unless asked for', () => {
    expect(filterStages(filter())).not.toContain('won');
    expect(filterStages(filter())).not.toContain('lost');
    expect(filterStages(filter())).toContain('retention');
    expect(filterStages(filter({ includeClosed: true }))).toContain('won');
    expect(matchesFilter(lead({ stage: 'lost' }), filter())).toBe(false);
    expect(matchesFilter(lead({ stage: 'lost' }), filter({ includeClosed: true }))).toBe(true);
    // Picking the stage "won" is asking for it.
    expect(matchesFilter(lead({ stage: 'won' }), filter({ stage: 'won' }))).toBe(true);
  });

  it('selects by list, stage, owner, team pool and words in any spelling', () => {
    const l = lead();
    expect(matchesFilter(l, filter({ listName: 'Riyadh cold' }))).toBe(true);
    expect(matchesFilter(l, filter({ listName: 'Jeddah cold' }))).toBe(false);
    expect(matchesFilter(l, filter({ stage: 'qualified' }))).toBe(false);
    expect(matchesFilter(l, filter({ owner: { kind: 'agent', userId: faisal } }))).toBe(true);
    expect(matchesFilter(l, filter({ owner: { kind: 'agent', userId: mona } }))).toBe(false);
    expect(matchesFilter(l, filter({ owner: { kind: 'team', teamId: gulf } }))).toBe(true);
    expect(matchesFilter(l, filter({ owner: { kind: 'teamQueue', teamId: gulf } }))).toBe(false);
    const pooled = lead({ ownerId: null });
    expect(matchesFilter(pooled, filter({ owner: { kind: 'teamQueue', teamId: gulf } }))).toBe(
      true,
    );
    expect(matchesFilter(pooled, filter({ owner: { kind: 'teamQueue', teamId: istanbul } }))).toBe(
      false,
    );
    expect(matchesFilter(l, filter({ query: 'nakheel' }))).toBe(true);
    expect(matchesFilter(l, filter({ query: 'NAKHEEL ahmed' }))).toBe(true);
    expect(matchesFilter(l, filter({ query: 'Kaya' }))).toBe(false);
  });

  it('offers every index that narrows the filter and says which ones need no record check', () => {
    expect(indexPlans(filter())).toEqual([
      {
        index: 'stage',
        keys: ['lead', 'qualified', 'meetingScheduled', 'proposalSent', 'retention'],
        exact: true,
      },
    ]);
    const both = indexPlans(
      filter({ listName: 'L', stage: 'lead', owner: { kind: 'agent', userId: faisal } }),
    );
    expect(both).toEqual([
      { index: '[listName+stage]', keys: [['L', 'lead']], exact: false },
      { index: '[ownerId+stage]', keys: [[faisal, 'lead']], exact: false },
    ]);
    expect(indexPlans(filter({ owner: { kind: 'team', teamId: gulf }, stage: 'lead' }))).toEqual([
      { index: '[teamId+stage]', keys: [[gulf, 'lead']], exact: true },
    ]);
    // The pool is the team's leads without an owner: the index alone cannot tell.
    expect(indexPlans(filter({ owner: { kind: 'teamQueue', teamId: gulf } }))[0]?.exact).toBe(
      false,
    );
  });
});

describe('splitting and chunking', () => {
  it('deals leads out in turn so every target gets an equal share, give or take one', () => {
    const parts = splitRoundRobin([1, 2, 3, 4, 5, 6, 7], 3);
    expect(parts).toEqual([
      [1, 4, 7],
      [2, 5],
      [3, 6],
    ]);
    expect(splitRoundRobin([1], 0)).toEqual([]);
  });

  it('cuts a selection into outbox-sized pieces without losing or repeating any', () => {
    const ids = Array.from({ length: 2501 }, (_, i) => i);
    const parts = chunk(ids, 1000);
    expect(parts.map((p) => p.length)).toEqual([1000, 1000, 501]);
    expect(parts.flat()).toEqual(ids);
  });

  it('counts leads per owner, team pool or nobody', () => {
    const counts = countByOwner([
      lead(),
      lead(),
      lead({ ownerId: null }),
      lead({ ownerId: null, teamId: null }),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ faisal: 2, 'team:gulf': 1, none: 1 });
  });
});

describe('assignment change', () => {
  it('moves a lead to an agent and their team, or back into a team pool', () => {
    expect(assignmentChange(lead(), { kind: 'agent', userId: mona, teamId: istanbul })).toEqual({
      ownerId: mona,
      teamId: istanbul,
    });
    expect(assignmentChange(lead(), { kind: 'teamQueue', teamId: gulf })).toEqual({
      ownerId: null,
      teamId: gulf,
    });
    // An agent without a team (an administrator) leaves the lead's team as it was.
    expect(assignmentChange(lead(), { kind: 'agent', userId: mona, teamId: null })).toEqual({
      ownerId: mona,
      teamId: gulf,
    });
  });

  it('is nothing when the lead already sits with the target', () => {
    expect(assignmentChange(lead(), { kind: 'agent', userId: faisal, teamId: gulf })).toBeNull();
  });

  it('hands a booked meeting to the new closer', () => {
    const meeting: Meeting = { at: 5, closerId: faisal, bookedBy: mona, bookedAt: 1, note: 'x' };
    const change = assignmentChange(lead({ stage: 'meetingScheduled', meeting }), {
      kind: 'agent',
      userId: mona,
      teamId: gulf,
    });
    expect(change?.meeting).toEqual({ ...meeting, closerId: mona });
  });
});
