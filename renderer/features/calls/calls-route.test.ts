import { describe, expect, it } from 'vitest';
import { callsHash, callsRouteFromHash } from './calls-route';

describe('calls route', () => {
  it('opens the list, one call or the scorecard from the hash, and back', () => {
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(callsRouteFromHash('#/supervisor/calls')).toEqual({ kind: 'list' });
    expect(callsRouteFromHash(`#/supervisor/calls/${id}`)).toEqual({ kind: 'call', id });
    expect(callsRouteFromHash('#/supervisor/calls/scorecard')).toEqual({ kind: 'scorecard' });
    expect(callsRouteFromHash('#/supervisor/calls/nope')).toEqual({ kind: 'list' });
    for (const r of [{ kind: 'list' }, { kind: 'call', id }, { kind: 'scorecard' }] as const)
      expect(callsRouteFromHash(callsHash(r))).toEqual(r);
  });
});
