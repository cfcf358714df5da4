import { describe, expect, it } from 'vitest';
import { hashForSection, sectionFromHash, sectionsFor } from './sections';

describe('supervisor sections', () => {
  it('reads the section from the hash and falls back to the dashboard', () => {
    expect(sectionFromHash('#/supervisor/import')).toBe('import');
    expect(sectionFromHash('#/supervisor/leads?list=x')).toBe('leads');
    expect(sectionFromHash('#/supervisor')).toBe('dashboard');
    expect(sectionFromHash('#/supervisor/nope')).toBe('dashboard');
    expect(sectionFromHash('#/hunter/import')).toBe('dashboard');
  });

  it('round-trips every section through its hash', () => {
    for (const s of sectionsFor(['supervisor'])) expect(sectionFromHash(hashForSection(s))).toBe(s);
  });

  it('keeps import, lists and editors to supervisors and admins', () => {
    expect(sectionsFor(['hunter'])).toEqual(['dashboard']);
    expect(sectionsFor(['admin'])).toContain('content');
  });
});
