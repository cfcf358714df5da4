import { describe, expect, it } from 'vitest';
import { hashWithLead, leadFromHash } from './lead-route';

describe('lead route', () => {
  it('adds the lead beside what the hash already says and takes it away again', () => {
    const opened = hashWithLead('#/supervisor/leads?view=assign&list=Expo', 'L-1');
    expect(opened).toBe('#/supervisor/leads?view=assign&list=Expo&lead=L-1');
    expect(leadFromHash(opened)).toBe('L-1');
    expect(hashWithLead(opened, null)).toBe('#/supervisor/leads?view=assign&list=Expo');
    expect(hashWithLead('#/hunter', 'a b')).toBe('#/hunter?lead=a+b');
    expect(leadFromHash('#/hunter?lead=a+b')).toBe('a b');
    expect(hashWithLead('', 'x')).toBe('#/?lead=x');
  });

  it('reads no lead from a hash without one or with an empty one', () => {
    expect(leadFromHash('#/hunter')).toBeNull();
    expect(leadFromHash('#/supervisor/leads?view=lists')).toBeNull();
    expect(leadFromHash('#/closer?lead=')).toBeNull();
  });
});
