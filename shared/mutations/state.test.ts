// Proves MemoryState answers the same whatever order a loader put the rows in, and that mergeReads loads each row once for a batch.
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../demo/index';
import type { LeadId } from '../domain/ids';
import { MemoryState, mergeReads } from './state';
import { lead } from './testing/world';

const N = '+966501112233';

describe('MemoryState', () => {
  it('lists people and the leads on a number in id order, not load order', () => {
    const forwards = new MemoryState();
    const backwards = new MemoryState();
    forwards.addUsers(DEMO_USERS);
    backwards.addUsers([...DEMO_USERS].reverse());
    const ids = DEMO_USERS.map((u) => u.id).sort();
    expect(forwards.users().map((u) => u.id)).toEqual(ids);
    expect(backwards.users().map((u) => u.id)).toEqual(ids);

    const leads = [
      lead('c', { phoneE164: N }),
      lead('a', { phoneE164: '+966501234567', phones: [N] }),
      lead('b', { phoneE164: '+966509998877' }),
    ];
    for (const order of [leads, [...leads].reverse()]) {
      const state = new MemoryState();
      for (const l of order) state.leads.set(l.id, l);
      expect(state.leadsWithNumbers([N]).map((l) => l.id)).toEqual(['a', 'c']);
    }
  });
});

describe('mergeReads', () => {
  it('loads every row a batch reads once, e-mails lower-cased', () => {
    expect(
      mergeReads([
        { leads: ['a' as LeadId], dnc: [N], emails: [' Lina@Rawaa.example '] },
        { leads: ['a' as LeadId, 'b' as LeadId], leadsByPhone: [N], people: true },
        { content: true, foreignIds: ['x'], emails: ['lina@rawaa.example'] },
      ]),
    ).toEqual({
      leads: ['a', 'b'],
      leadsByPhone: [N],
      dnc: [N],
      people: true,
      emails: ['lina@rawaa.example'],
      foreignIds: ['x'],
      content: true,
    });
    expect(mergeReads([{}])).toEqual({
      leads: [],
      leadsByPhone: [],
      dnc: [],
      people: false,
      emails: [],
      foreignIds: [],
      content: false,
    });
  });
});
