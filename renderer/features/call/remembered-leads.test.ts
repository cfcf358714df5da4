import { describe, expect, it } from 'vitest';
import type { TeamId, UserId } from '../../../shared/domain/ids';
import { isStillTheirs, loadOpenLeads, saveOpenLeads } from './remembered-leads';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

const ME = { id: 'u-1' as UserId, teamId: 't-1' as TeamId };

describe('open leads across a reload', () => {
  it('gives back what each area had open, per person, without closed areas', () => {
    const storage = memoryStorage();
    saveOpenLeads(storage, 'u-1', { hunter: 'lead-7', closer: null, farmer: 'lead-9' });
    saveOpenLeads(storage, 'u-2', { hunter: 'lead-8' });
    expect(loadOpenLeads(storage, 'u-1')).toEqual({ hunter: 'lead-7', farmer: 'lead-9' });
    expect(loadOpenLeads(storage, 'u-2')).toEqual({ hunter: 'lead-8' });
    expect(loadOpenLeads(storage, 'u-3')).toEqual({});
  });

  it('reads a damaged entry as nothing open', () => {
    const storage = memoryStorage();
    storage.data.set('salesdesk.openLeads.u-1', '{not json');
    expect(loadOpenLeads(storage, 'u-1')).toEqual({});
    storage.data.set('salesdesk.openLeads.u-1', '{"hunter":7,"nowhere":"x","farmer":"lead-1"}');
    expect(loadOpenLeads(storage, 'u-1')).toEqual({ farmer: 'lead-1' });
  });

  it('keeps working when storage refuses to write', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveOpenLeads(full, 'u-1', { hunter: 'lead-7' })).not.toThrow();
  });
});

describe('isStillTheirs', () => {
  it('reopens the agent’s own lead or one waiting in their team’s queue', () => {
    expect(isStillTheirs({ ownerId: ME.id, teamId: null }, ME)).toBe(true);
    expect(isStillTheirs({ ownerId: null, teamId: ME.teamId }, ME)).toBe(true);
  });

  it('does not reopen a lead that went to someone else, another team’s, or a deleted one', () => {
    expect(isStillTheirs({ ownerId: 'u-2' as UserId, teamId: ME.teamId }, ME)).toBe(false);
    expect(isStillTheirs({ ownerId: null, teamId: 't-2' as TeamId }, ME)).toBe(false);
    expect(isStillTheirs({ ownerId: null, teamId: null }, { ...ME, teamId: null })).toBe(false);
    expect(isStillTheirs(undefined, ME)).toBe(false);
  });
});
