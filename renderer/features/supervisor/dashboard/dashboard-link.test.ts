import { describe, expect, it } from 'vitest';
import { parseDashboardHash } from './dashboard-link';

describe('dashboard links', () => {
  it('reads the period, team and rep an alert links to', () => {
    expect(parseDashboardHash('#/supervisor/dashboard?period=today&agent=u1')).toEqual({
      period: 'today',
      agent: 'u1',
    });
    expect(parseDashboardHash('#/supervisor/dashboard?period=week&team=t1')).toEqual({
      period: 'week',
      team: 't1',
    });
  });

  it('ignores other sections, unknown periods and a bare dashboard', () => {
    expect(parseDashboardHash('#/supervisor/leads?view=dnc&agent=u1')).toEqual({});
    expect(parseDashboardHash('#/supervisor/dashboard?period=decade')).toEqual({});
    expect(parseDashboardHash('#/supervisor/dashboard?period=custom')).toEqual({});
    expect(parseDashboardHash('#/supervisor/dashboard')).toEqual({});
    expect(parseDashboardHash('#/hunter?agent=u1')).toEqual({});
  });
});
