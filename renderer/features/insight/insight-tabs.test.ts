import { describe, expect, it } from 'vitest';
import { INSIGHT_TABS, hashForInsightTab, insightTabFromHash } from './insight-tabs';

describe('insight tabs', () => {
  it('round-trips every tab through the hash', () => {
    for (const tab of INSIGHT_TABS) expect(insightTabFromHash(hashForInsightTab(tab))).toBe(tab);
  });
  it('falls back to losses for other hashes', () => {
    expect(insightTabFromHash('#/supervisor/insight/nope')).toBe('losses');
    expect(insightTabFromHash('#/supervisor/dashboard')).toBe('losses');
    expect(insightTabFromHash('#/supervisor/insight?x=1')).toBe('losses');
    expect(insightTabFromHash('#/supervisor/insight/forecast?team=1')).toBe('forecast');
  });
});
