// The supervisor area's sections, addressed by the URL hash (#/supervisor/import …).
import type { UserRole } from '../../../shared/domain/content';

export const SUPERVISOR_SECTIONS = [
  'dashboard',
  'insight',
  'wallboard',
  'import',
  'leads',
  'followUp',
  'content',
  'calling',
  'people',
  'calls',
] as const;
export type SupervisorSection = (typeof SUPERVISOR_SECTIONS)[number];

export function sectionFromHash(hash: string): SupervisorSection {
  const [area, section] = hash.replace(/^#\/?/, '').split(/[/?]/);
  if (area !== 'supervisor') return 'dashboard';
  return (SUPERVISOR_SECTIONS as readonly string[]).includes(section ?? '')
    ? (section as SupervisorSection)
    : 'dashboard';
}

export function hashForSection(section: SupervisorSection): string {
  return section === 'dashboard' ? '#/supervisor' : `#/supervisor/${section}`;
}

/** Sections a person may open: the wallboard and editors need the supervisor or admin role. */
export function sectionsFor(roles: readonly UserRole[]): readonly SupervisorSection[] {
  const editor = roles.includes('supervisor') || roles.includes('admin');
  return SUPERVISOR_SECTIONS.filter((s) => editor || s === 'dashboard');
}
