import { describe, expect, it } from 'vitest';
import { areaFromHash, hashForArea } from './areas';

describe('areas in the URL hash', () => {
  it('round-trips every area', () => {
    for (const area of ['hunter', 'closer', 'farmer', 'supervisor'] as const) {
      expect(areaFromHash(hashForArea(area))).toBe(area);
    }
  });
  it('rejects unknown areas', () => {
    expect(areaFromHash('#/admin')).toBeNull();
    expect(areaFromHash('')).toBeNull();
    expect(areaFromHash('#/hunter/lead/1')).toBe('hunter');
  });
});

describe('areas a person may open', () => {
  it('follows their roles; supervisors see all', async () => {
    const { areasFor } = await import('./areas');
    expect(areasFor(['hunter'])).toEqual(['hunter']);
    expect(areasFor(['hunter', 'closer', 'farmer'])).toEqual(['hunter', 'closer', 'farmer']);
    expect(areasFor(['supervisor'])).toEqual(['hunter', 'closer', 'farmer', 'supervisor']);
  });
});

describe('where a person lands', () => {
  it('puts supervisors and administrators on their own area, agents on their first role', async () => {
    const { homeArea } = await import('./areas');
    expect(homeArea(['supervisor'])).toBe('supervisor');
    expect(homeArea(['admin'])).toBe('supervisor');
    expect(homeArea(['hunter', 'supervisor'])).toBe('supervisor');
    expect(homeArea(['closer'])).toBe('closer');
    expect(homeArea(['farmer'])).toBe('farmer');
    expect(homeArea(['hunter', 'closer', 'farmer'])).toBe('hunter');
  });
});
