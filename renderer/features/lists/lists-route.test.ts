import { describe, expect, it } from 'vitest';
import { sectionFromHash } from '../supervisor/sections';
import { listsHash, parseListsHash } from './lists-route';

describe('lists route', () => {
  it('round-trips a view and a list name in any script through the hash', () => {
    const route = { view: 'assign', list: 'شركات الرياض — قائمة باردة & co' } as const;
    const hash = listsHash(route);
    expect(parseListsHash(hash)).toEqual(route);
    // The supervisor screen still opens this section for it.
    expect(sectionFromHash(hash)).toBe('leads');
  });

  it('falls back to the lists view', () => {
    expect(parseListsHash('#/supervisor/leads')).toEqual({ view: 'lists', list: null });
    expect(parseListsHash('#/supervisor/leads?view=nope')).toEqual({ view: 'lists', list: null });
  });
});
